#!/bin/sh
# Differential test of ferry against qemu-aarch64 on random FP/AdvSIMD
# loops (tools/gen-fp-fuzz.py).  Not part of `make test`: run it after
# changing dbt/vcache.c, dbt/region.c or the FP/SIMD translators.
#   tools/fp-fuzz.sh [FIRST_SEED [COUNT [NREGS]]]    (default 1 200 12)
# FERRY and QEMU may name other binaries.  Exits 1 if any output differs.
set -u
first=${1:-1} count=${2:-200} nregs=${3:-12}
ferry=${FERRY:-build/ferry} qemu=${QEMU:-qemu-aarch64}
dir=$(mktemp -d) || exit 2
trap 'rm -rf "$dir"' EXIT
fails=0
seed=$first
while [ "$seed" -lt $((first + count)) ]; do
    python3 tools/gen-fp-fuzz.py "$seed" "$nregs" > "$dir/t.S"
    aarch64-linux-gnu-gcc -nostdlib -static -Itests/asm -o "$dir/t" "$dir/t.S" tests/asm/harness.S ||
        exit 2
    "$qemu" "$dir/t" > "$dir/q.txt" 2>&1
    "$ferry" "$dir/t" > "$dir/f.txt" 2>&1
    if ! cmp -s "$dir/q.txt" "$dir/f.txt"; then
        echo "seed $seed differs (tools/gen-fp-fuzz.py $seed $nregs):"
        diff "$dir/q.txt" "$dir/f.txt" | head -6
        fails=$((fails + 1))
    fi
    seed=$((seed + 1))
done
echo "$count programs, $fails differ"
[ "$fails" -eq 0 ]
