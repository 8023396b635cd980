#!/usr/bin/env bash
# Host-library thunks (docs/thunks.md): python3's zlib module with ferry's
# --thunk zlib (FERRY_THUNKS=zlib), so every zlib call runs the host's
# x86-64 libz, and python's allocator callbacks (zalloc/zfree in z_stream)
# run as guest code from inside it.  One-shot and streaming compression
# and decompression at several levels, window sizes, memory levels and
# strategies, preset dictionaries, sync and full flushes, copies of
# streams, checksums, gzip and raw deflate, and errors.  The output must be
# what qemu and the native python print; under ferry the thunk log must
# also say that libz.so.1 was thunked (the other runners have no thunks:
# they print the expected line as it is).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

cat >zlib-work.py <<'EOF'
import zlib, gzip, hashlib
def h(b): return hashlib.sha256(b).hexdigest()[:16]
data = b"".join(("%d,%s;" % (i, "x" * (i % 13))).encode() for i in range(60000))
print("version matches:", zlib.ZLIB_RUNTIME_VERSION == zlib.ZLIB_VERSION)
for level in (0, 1, 6, 9):
    c = zlib.compress(data, level)
    print("level", level, len(c), h(c), zlib.decompress(c) == data)
for wbits in (9, 15, -15, 31):
    for mem, strat in ((1, zlib.Z_DEFAULT_STRATEGY), (9, zlib.Z_FILTERED), (8, zlib.Z_HUFFMAN_ONLY), (8, zlib.Z_RLE), (8, zlib.Z_FIXED)):
        co = zlib.compressobj(5, zlib.DEFLATED, wbits, mem, strat)
        out = b"".join(co.compress(data[i:i + 7777]) for i in range(0, len(data), 7777)) + co.flush()
        do = zlib.decompressobj(wbits)
        back = b"".join(do.decompress(out[i:i + 999]) for i in range(0, len(out), 999)) + do.flush()
        print("stream", wbits, mem, strat, len(out), h(out), back == data, do.eof)
zd = b"x" * 40 + b"12345,"
co = zlib.compressobj(zdict=zd); c = co.compress(data[:5000]) + co.flush()
do = zlib.decompressobj(zdict=zd)
print("dictionary", len(c), do.decompress(c) == data[:5000])
try:
    zlib.decompress(c)
except zlib.error as e:
    print("without the dictionary:", e)
co = zlib.compressobj()
a = co.compress(data[:10000]) + co.flush(zlib.Z_SYNC_FLUSH)
cp = co.copy()
b1 = co.compress(b"one") + co.flush(); b2 = cp.compress(b"two") + cp.flush()
print("copies", zlib.decompress(a + b1)[-3:], zlib.decompress(a + b2)[-3:])
co = zlib.compressobj(); f = co.compress(data[:3000]) + co.flush(zlib.Z_FULL_FLUSH) + co.compress(data[3000:6000]) + co.flush()
d = zlib.decompressobj(); first = d.decompress(f[:len(f) // 2]); dc = d.copy()
print("full flush", zlib.decompress(f) == data[:6000], first + dc.decompress(f[len(f) // 2:]) == data[:6000])
d = zlib.decompressobj(); x = d.decompress(zlib.compress(b"abc") + b"TAIL")
print("unused data", x, d.unused_data, d.eof)
print("checksums", zlib.crc32(data), zlib.adler32(data), zlib.crc32(data[100:], zlib.crc32(data[:100])))
g = gzip.compress(data, compresslevel=6, mtime=0)
print("gzip", len(g), h(g), gzip.decompress(g) == data)
for bad in (b"", b"garbage!", zlib.compress(data)[:-10]):
    try:
        zlib.decompress(bad); print("no error")
    except zlib.error as e:
        print("error:", e)
EOF

step python3 zlib through thunks
if [ "$runner" = ferry ]; then
    FERRY_THUNKS=zlib QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk.log run python3.11 zlib-work.py; status
    if grep -q 'libz.so.1): thunked' thunk.log && grep -q '^thunk: deflate(' thunk.log; then
        echo "zlib thunked: yes"
    else
        echo "zlib thunked: no"; head -n 3 thunk.log
    fi
else
    run python3.11 zlib-work.py; status
    echo "zlib thunked: yes"
fi
