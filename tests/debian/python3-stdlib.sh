#!/usr/bin/env bash
# python3.11's standard library over C libraries: hashlib (OpenSSL), hmac,
# zlib/bz2/lzma/gzip, pickle, unicodedata, datetime with fixed times, csv,
# textwrap, difflib, html, xml, urllib, ipaddress, uuid.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 2000 71 >words.txt

step bytes, hashing and compression
run python3.11 - <<'PY'
import hashlib, hmac, zlib, bz2, lzma, base64, binascii, pickle, io, gzip
data = open("words.txt", "rb").read()
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"):
    print(name, hashlib.new(name, data).hexdigest()[:32])
print(hashlib.shake_128(data).hexdigest(16), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2000).hex(), hashlib.scrypt(b"pw", salt=b"s", n=64, r=8, p=1)[:8].hex())
print(hmac.new(b"key", data, "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"))
z = zlib.compress(data, 9); print(len(z), zlib.crc32(data), zlib.adler32(data), zlib.decompress(z) == data, hashlib.sha1(z).hexdigest())
co = zlib.compressobj(6, zlib.DEFLATED, -15); raw = co.compress(data) + co.flush(); print(len(raw), zlib.decompress(raw, -15) == data)
b = bz2.compress(data, 9); print(len(b), bz2.decompress(b) == data, hashlib.sha1(b).hexdigest())
x = lzma.compress(data, preset=6); print(len(x), lzma.decompress(x) == data, hashlib.sha1(x).hexdigest())
x = lzma.compress(data, format=lzma.FORMAT_ALONE); print(len(x), lzma.decompress(x) == data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f: f.write(data)
print(len(buf.getvalue()), hashlib.sha1(buf.getvalue()).hexdigest(), gzip.decompress(buf.getvalue()) == data)
print(base64.b64encode(data[:30]), base64.b32encode(b"abc"), base64.a85encode(b"hello"), binascii.crc_hqx(data, 0), binascii.hexlify(b"\x00\xff"))
obj = {"list": [1, 2.5, "three", None, (4, 5)], "set": frozenset([1]), "bytes": b"\x00", "big": 2 ** 100}
for proto in range(6):
    p = pickle.dumps(obj, protocol=proto); print(proto, len(p), hashlib.md5(p).hexdigest(), pickle.loads(p) == obj)
PY
step text, time and data formats
run python3.11 - <<'PY'
import unicodedata, datetime, time, calendar, csv, io, textwrap, difflib, html, xml.etree.ElementTree as ET, urllib.parse, ipaddress, uuid, email.utils, locale
for ch in "aÅé€😀ﬁ٣":
    print(hex(ord(ch)), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.numeric(ch, None), unicodedata.normalize("NFKD", ch).encode())
print(unicodedata.unidata_version, "straße".casefold(), "ǅ".title(), "ﬁ".upper(), len("👩‍👩‍👧"))
dt = datetime.datetime(2020, 2, 29, 12, 34, 56, 789, tzinfo=datetime.timezone.utc)
print(dt.isoformat(), dt.timestamp(), dt + datetime.timedelta(days=366, seconds=-1), dt.strftime("%A %j %U %a %b %p %I"), dt.weekday())
print(datetime.datetime.fromtimestamp(1234567890, datetime.timezone.utc), datetime.date(2024, 1, 31).toordinal(), datetime.datetime.strptime("03/15/21 14:05", "%m/%d/%y %H:%M"))
print(time.gmtime(0)[:6], time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1e9)), calendar.timegm((2038, 1, 19, 3, 14, 8, 0, 0, 0)), calendar.isleap(2100))
print(calendar.month(2024, 2))
out = io.StringIO(); w = csv.writer(out); w.writerows([["a", "b,c", 'q"q'], [1, 2.5, None]]); print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO("x,y\n1,2\n3,\"4,5\"\n"))))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
a = open("words.txt").read().splitlines()[:30]; b = a[:10] + ["changed"] + a[12:]
print("".join(difflib.unified_diff([l + "\n" for l in a], [l + "\n" for l in b], "a", "b", n=1)), end="")
print(difflib.SequenceMatcher(None, "abcdef", "abxdeg").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&eacute;&#8364;"), urllib.parse.quote("a b/é?"), urllib.parse.urlparse("https://u:p@h:8/p;q?x=1#f"))
root = ET.fromstring("<r><i n='1'>a</i><i n='2'>b<j/></i></r>"); print([(e.tag, e.get("n"), e.text) for e in root.iter()], ET.tostring(root))
print(ipaddress.ip_network("10.0.0.0/22").num_addresses, ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped, uuid.uuid5(uuid.NAMESPACE_DNS, "example.org"))
print(email.utils.formatdate(0, usegmt=True), locale.setlocale(locale.LC_ALL, None))
PY
