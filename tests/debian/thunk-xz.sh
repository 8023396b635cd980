#!/usr/bin/env bash
# Host-library thunks (docs/thunks.md) for liblzma: Debian's arm64 xz and
# python3's lzma module with ferry's FERRY_THUNKS=lzma, so every liblzma
# call runs the host's x86-64 copy (xz's worker threads of -T2 are then
# host threads; python's allocator callbacks run as guest code).  xz:
# presets, -T2 with blocks, .lzma, checks, decompression (-T2 too), -l
# and -lvv, -t, corrupt and truncated input.  python: FORMAT_XZ with
# checks and presets, FORMAT_ALONE, FORMAT_RAW with filter chains, the
# streaming compressor and decompressor (max_length), concatenated
# streams, memory limits, errors, lzma.open, zipfile's LZMA entries and
# filter properties.  Output is compared by sha256; it must be what qemu and the native programs print.
# Under ferry each program writes its own thunk log, and every one must
# say liblzma.so.5 was thunked (the other runners print those lines as
# they are).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 5000 43 >words.txt                          # ~190 KB of text
{ for i in $(seq 1 2000); do printf '%08x\n' $((i * i * 2654435761 & 0xffffffff)); done; } >hex.txt
head -c 30000 /dev/zero >zeros
cat words.txt hex.txt zeros >mix

# t CMD...: CMD with ferry's thunk log in a file of its own (the log file
# is truncated when a program starts): numbered by a counter of this
# shell, and by $BASHPID for the subshells of a pipeline.
logs=0
t() {
    logs=$((logs + 1))
    if [ "$runner" = ferry ]; then
        FERRY_THUNKS=lzma QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk.$BASHPID.$logs.log "$@"
    else
        "$@"
    fi
}

step xz compress
t run xz -k -6 mix; status
t run xz -T2 --block-size=65536 -c mix >mt.xz; status
t run xz --format=lzma -3 -c words.txt >words.lzma; status
t run xz -T1 --check=sha256 --delta=dist=4 --lzma2=preset=1 -c hex.txt >hex.xz; status
run sha256sum mix.xz mt.xz words.lzma hex.xz

step xz decompress
t run xz -dc mix.xz hex.xz | run sha256sum
t run xz -d -T2 -c mt.xz | run cmp - mix; status
t run xz -dc words.lzma | run cmp - words.txt; status
step xz list and test
t run xz -l mix.xz mt.xz hex.xz; status
t run xz -lvv mt.xz; status
t run xz -t mix.xz mt.xz; status
step xz errors
cp mt.xz bad.xz
printf '\125' | dd of=bad.xz bs=1 seek=20000 conv=notrunc 2>/dev/null
t run xz -t bad.xz 2>&1; status
# (the messages to the output, the decompressed bytes away)
# shellcheck disable=SC2069
t run xz -d -T2 -c bad.xz 2>&1 >/dev/null; status
head -c 5000 mix.xz >trunc.xz
printf 'not xz at all' >plain.xz
# shellcheck disable=SC2069
t run xz -dc trunc.xz plain.xz 2>&1 >/dev/null; status

cat >lzma-work.py <<'PY'
import hashlib, io, lzma, zipfile
def h(b): return hashlib.sha256(b).hexdigest()[:16]
data = open("mix", "rb").read()[:120000]
print("input", len(data), h(data))
print("checks", [lzma.is_check_supported(c) for c in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256, lzma.CHECK_ID_MAX)])
for preset, check in ((0, lzma.CHECK_NONE), (0, lzma.CHECK_CRC32), (1 | lzma.PRESET_EXTREME, lzma.CHECK_CRC64), (4, lzma.CHECK_SHA256)):
    c = lzma.compress(data, format=lzma.FORMAT_XZ, check=check, preset=preset)
    print("xz", preset, check, len(c), h(c), lzma.decompress(c) == data)
c = lzma.compress(data, format=lzma.FORMAT_ALONE, preset=2)
print("alone", len(c), h(c), lzma.decompress(c, format=lzma.FORMAT_ALONE) == data, lzma.decompress(c) == data)
chain = [{"id": lzma.FILTER_DELTA, "dist": 4},
         {"id": lzma.FILTER_X86, "start_offset": 16},
         {"id": lzma.FILTER_LZMA2, "preset": 3, "dict_size": 1 << 20, "lc": 2, "lp": 1, "pb": 1,
          "mf": lzma.MF_BT3, "mode": lzma.MODE_NORMAL, "nice_len": 100, "depth": 0}]
c = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
print("raw chain", len(c), h(c), lzma.decompress(c, format=lzma.FORMAT_RAW, filters=chain) == data)
lz1 = [{"id": lzma.FILTER_LZMA1, "preset": 4, "lc": 0, "lp": 0, "pb": 0}]
c = lzma.compress(data, format=lzma.FORMAT_RAW, filters=lz1)
print("raw lzma1", len(c), h(c), lzma.decompress(c, format=lzma.FORMAT_RAW, filters=lz1) == data)
c = lzma.compress(data, filters=[{"id": lzma.FILTER_SPARC}, {"id": lzma.FILTER_LZMA2, "preset": 0}])
print("xz with a chain", len(c), h(c), lzma.decompress(c) == data)
# Streaming: the compressor in pieces with a flush, the decompressor fed
# 4 KB at a time and asked for at most 1000 bytes per call.
co = lzma.LZMACompressor(preset=1)
s = b"".join(co.compress(data[i:i + 10000]) for i in range(0, len(data), 10000)) + co.flush()
print("streamed", len(s), h(s), s == lzma.compress(data, preset=1))
d = lzma.LZMADecompressor()
out, pos, calls = [], 0, 0
while not d.eof:
    chunk = b""
    if d.needs_input:
        chunk = s[pos:pos + 4096]
        pos += 4096
    out.append(d.decompress(chunk, max_length=1000))
    calls += 1
print("max_length 1000:", calls, "calls", max(len(x) for x in out), b"".join(out) == data, d.check, d.unused_data)
d = lzma.LZMADecompressor(format=lzma.FORMAT_RAW, filters=chain)
r = lzma.compress(data[:50000], format=lzma.FORMAT_RAW, filters=chain)
got = d.decompress(r[:3000], max_length=20000)
got += d.decompress(r[3000:])
print("raw streamed", got == data[:50000], d.eof)
# Concatenated streams, trailing data, errors.
one = lzma.compress(data[:20000], preset=0)
print("two streams", lzma.decompress(one + one) == data[:20000] * 2)
d = lzma.LZMADecompressor()
print("unused data", d.decompress(one + b"TAIL") == data[:20000], d.unused_data, d.eof)
bad = bytearray(one); bad[len(bad) // 2] ^= 0x40
for name, blob in (("garbage", b"this is not lzma"), ("corrupt", bytes(bad)), ("truncated", one[:-30]), ("empty", b"")):
    try:
        lzma.decompress(blob); print(name, "no error")
    except lzma.LZMAError as e:
        print(name, "LZMAError:", e)
try:
    lzma.LZMADecompressor(memlimit=1000).decompress(one)
except lzma.LZMAError as e:
    print("memlimit:", e)
for kw in ({"preset": 10}, {"format": lzma.FORMAT_RAW}, {"check": 3}, {"filters": [{"id": lzma.FILTER_LZMA2, "lc": 5}]}):
    try:
        lzma.LZMACompressor(**kw); print(kw, "accepted")
    except (lzma.LZMAError, ValueError) as e:
        print(kw, type(e).__name__, e)
# Files.
with lzma.open("t.xz", "wt", preset=1) as f:
    for i in range(3000):
        f.write("line %d %s\n" % (i, "y" * (i % 17)))
with lzma.open("t.xz", "rt") as f:
    lines = f.readlines()
    f.seek(1000); tail = f.read(20)
print("lzma.open", len(lines), lines[2999].strip(), repr(tail), h(open("t.xz", "rb").read()))
PY

step python3 lzma
t run python3.11 lzma-work.py; status

# zipfile's LZMA entries carry LZMA1 filter properties, which python's
# _lzma decodes with lzma_properties_decode and a NULL allocator, then
# frees with free(), as liblzma documents: under thunks that is memory
# from the host's malloc given to the guest's free.
cat >lzma-props.py <<'PY'
import hashlib, io, lzma, zipfile
def h(b): return hashlib.sha256(b).hexdigest()[:16]
data = open("mix", "rb").read()[:60000]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for k in range(4):
        info = zipfile.ZipInfo("part%d" % k, date_time=(2020, 1, 2, 3, 4, 6))
        z.writestr(info, data[k * 15000:(k + 1) * 15000], compress_type=zipfile.ZIP_LZMA)
print("zip", len(buf.getvalue()), h(buf.getvalue()))
with zipfile.ZipFile(buf) as z:
    print("zip back", b"".join(z.read("part%d" % k) for k in range(4)) == data, z.testzip())
props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 6, "lc": 1})
print("properties", props.hex())
for i in range(100):
    dec = lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)
print("decoded", sorted(dec.items()))
print("delta", sorted(lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x03").items()))
PY
step python3 zipfile LZMA entries
t run python3.11 lzma-props.py; status

step thunk logs
# (lzma_block_header_decode, lzma_str_from_filters and lzma_properties_decode
# run as the guest's own code: libs/lzma.def says why.)
fns="lzma_stream_encoder_mt lzma_stream_decoder_mt lzma_raw_decoder lzma_alone_decoder lzma_code"
if [ "$runner" = ferry ]; then
    bad=0
    for f in thunk.*.log; do
        grep -q 'liblzma.so.5): thunked' "$f" || { bad=$((bad + 1)); head -n 3 "$f"; }
    done
    if [ "$bad" -eq 0 ]; then echo "liblzma thunked in every program: yes"; else echo "liblzma thunked in every program: no ($bad not)"; fi
    for fn in $fns; do
        if cat thunk.*.log | grep -q "^thunk: $fn("; then echo "$fn: called"; else echo "$fn: not called"; fi
    done
else
    echo "liblzma thunked in every program: yes"
    for fn in $fns; do echo "$fn: called"; done
fi
