#!/usr/bin/env bash
# zstd: round trips at several levels, long mode, dictionaries, listing,
# testing.  The zstd program starts an I/O thread pool even for -T1, so it
# needs threads (clone) in the emulator.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 6000 41 >words.txt
{ for i in $(seq 1 3000); do printf '%08x\n' $((i * i * 2654435761 & 0xffffffff)); done; } >hex.txt
head -c 100000 /dev/zero >zeros
cat words.txt hex.txt zeros >mix
printf 'not zstd' >bad.zst

step zstd
for lvl in 1 3 19; do
    printf 'zstd -%s: ' $lvl; run zstd -q -T1 -$lvl -c mix | run sha256sum
done
printf 'zstd --ultra -22: '; run zstd -q -T1 --ultra -22 -c words.txt | run sha256sum
printf 'zstd --long: '; run zstd -q -T1 --long=24 -c mix | run sha256sum
run zstd -q -k words.txt
run zstd -l words.txt.zst 2>&1
run zstd -q -t words.txt.zst; status
run zstd -q -dc words.txt.zst | run cmp - words.txt; status
run zstd -q --train -o dict -B4096 hex.txt words.txt 2>&1; status
run zstd -q -D dict -c hex.txt | run zstd -q -D dict -dc | run md5sum
run zstd -q -dc bad.zst 2>&1; status
run zstd -q -T2 -5 -c mix | run sha256sum
run gzip -n -c mix | run zstd -q -dc --format=gzip 2>&1 | run md5sum
run zstd -q -c mix | run zstd -dc | run cmp - mix; status
