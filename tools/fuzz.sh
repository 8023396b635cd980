#!/bin/sh
# Differential test of ferry against qemu-aarch64 on random loops:
# tools/gen-fp-fuzz.py (FP and AdvSIMD values kept in host registers) or
# tools/gen-int-fuzz.py (loop regions, register remapping, NZCV).  Not part
# of `make test`: run it after changing the translator's register or flag
# handling (dbt/vcache.c, dbt/region.c, dbt/exits.c, dbt/regs.c).
#   tools/fuzz.sh fp|fp-more|int [FIRST_SEED [COUNT [NREGS]]]   (default 1 200 12)
# NREGS: fp only, how many V registers the programs use; fp-more adds more
# instruction forms (see gen-fp-fuzz.py).  FERRY and QEMU
# may name other binaries.  Exits 1 if any output differs.
set -u
kind=${1:-fp} first=${2:-1} count=${3:-200} nregs=${4:-12}
case $kind in
fp) gen="tools/gen-fp-fuzz.py" ;;
fp-more) gen="tools/gen-fp-fuzz.py" nregs="$nregs more" ;;
int) gen="tools/gen-int-fuzz.py" nregs= ;;
*) echo "usage: tools/fuzz.sh fp|fp-more|int [FIRST [COUNT [NREGS]]]" >&2; exit 2 ;;
esac
ferry=${FERRY:-build/ferry} qemu=${QEMU:-qemu-aarch64}
dir=$(mktemp -d) || exit 2
trap 'rm -rf "$dir"' EXIT
fails=0
seed=$first
while [ "$seed" -lt $((first + count)) ]; do
    python3 $gen "$seed" $nregs > "$dir/t.S"
    aarch64-linux-gnu-gcc -nostdlib -static -Itests/asm -o "$dir/t" "$dir/t.S" tests/asm/harness.S ||
        exit 2
    timeout 20 "$qemu" "$dir/t" > "$dir/q.txt" 2>&1
    timeout 20 "$ferry" "$dir/t" > "$dir/f.txt" 2>&1
    if ! cmp -s "$dir/q.txt" "$dir/f.txt"; then
        echo "seed $seed differs ($gen $seed $nregs):"
        diff "$dir/q.txt" "$dir/f.txt" | head -6
        fails=$((fails + 1))
    fi
    seed=$((seed + 1))
done
echo "$count programs, $fails differ"
[ "$fails" -eq 0 ]
