#!/usr/bin/env bash
# Host-library thunks (docs/thunks.md) with FERRY_THUNKS=bz2: Debian's
# bzip2 program, whose file I/O goes through libbz2's BZFILE functions
# (run as guest code, on the guest's stdio) and whose compressing runs in
# the host's x86-64 libbz2; and python3's bz2 module, whose allocator
# callbacks (bzalloc/bzfree in bz_stream) run as guest code from inside the
# host library.  Round trips at several block sizes, concatenated streams,
# tests, small-memory decompression, corrupt and truncated files.  The
# output must be what qemu and the native programs print; under ferry the
# thunk log must also say that libbz2 was thunked (the other runners print
# that line as it is).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

step make input
awk 'BEGIN { for (i = 0; i < 120000; i++) printf "%d %s\n", i * 7919 % 100003, substr("abcdefghijklmnop", 1 + i % 16) }' >in.txt
head -c 400000 in.txt | od -An -tx1 >hex.txt

thunked() {
    if [ "$runner" = ferry ]; then
        FERRY_THUNKS=bz2 QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk-$1.log run "${@:2}"
    else
        run "${@:2}"
    fi
}

step bzip2 program
for lvl in 1 5 9; do
    printf 'bzip2 -%s: ' $lvl; thunked c$lvl bzip2 -$lvl -c in.txt | sha256sum
done
thunked k bzip2 -k -9 hex.txt; status
thunked t bzip2 -t hex.txt.bz2; status
thunked d bzip2 -dc hex.txt.bz2 | cmp - hex.txt && echo "round trip: same"
thunked s bzip2 -d -s -c hex.txt.bz2 | cmp - hex.txt && echo "small-memory round trip: same"
cat hex.txt.bz2 hex.txt.bz2 >two.bz2
printf 'two streams: '; thunked 2 bzip2 -dc two.bz2 | sha256sum
head -c 3000 hex.txt.bz2 >cut.bz2
thunked cut bzip2 -t cut.bz2 2>/dev/null; status
cp hex.txt.bz2 bad.bz2
printf 'X' | dd of=bad.bz2 bs=1 seek=2000 conv=notrunc 2>/dev/null
thunked bad bzip2 -dc bad.bz2 >/dev/null 2>&1; status

step python3 bz2
cat >bz2-work.py <<'EOF'
import bz2, hashlib
def h(b): return hashlib.sha256(b).hexdigest()[:16]
data = open("in.txt", "rb").read()
for level in (1, 6, 9):
    c = bz2.compress(data, level)
    print("level", level, len(c), h(c), bz2.decompress(c) == data)
co = bz2.BZ2Compressor(3)
out = b"".join(co.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)) + co.flush()
do = bz2.BZ2Decompressor()
back = b"".join(do.decompress(out[i:i + 777]) for i in range(0, len(out), 777))
print("stream", len(out), h(out), back == data, do.eof)
do = bz2.BZ2Decompressor()
part = do.decompress(out, max_length=1000)
print("max_length", len(part), do.needs_input)
do = bz2.BZ2Decompressor(); do.decompress(bz2.compress(b"abc") + b"TAIL")
print("unused", do.unused_data, do.eof)
print("two streams", bz2.decompress(bz2.compress(b"one") + bz2.compress(b"two")))
with bz2.open("py.bz2", "wt", compresslevel=2) as f:
    f.write(data.decode()[:50000])
with bz2.open("py.bz2", "rt") as f:
    print("file", f.read() == data.decode()[:50000])
for bad in (b"BZh9garbage", bz2.compress(data)[:-20]):
    try:
        bz2.decompress(bad); print("no error")
    except (OSError, ValueError, EOFError) as e:
        print("error:", type(e).__name__, e)
EOF
thunked py python3.11 bz2-work.py; status

if [ "$runner" = ferry ]; then
    if grep -q 'libbz2.so.1.0): thunked' thunk-c9.log && grep -q 'libbz2.so.1.0): thunked' thunk-py.log &&
        grep -q '^thunk: BZ2_bzDecompress(' thunk-d.log && grep -q '^thunk: BZ2_bzCompress(' thunk-py.log; then
        echo "bz2 thunked: yes"
    else
        echo "bz2 thunked: no"; head -n 3 thunk-c9.log thunk-py.log
    fi
else
    echo "bz2 thunked: yes"
fi
