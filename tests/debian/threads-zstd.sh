#!/usr/bin/env bash
# zstd -T4: compression jobs on worker threads (and the CLI's I/O thread
# pool).  zstd's output does not depend on the number of workers, so -T4,
# -T2 and -T1 write the same bytes; the input is cut into several jobs
# (-B) so that the workers really run in parallel.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 16000 93 >a.txt
lcg_words 4000 94 >b.txt
cat a.txt b.txt a.txt >big.txt                     # ~1.3 MB: 3 jobs of 512 KiB

step zstd -T4
for lvl in 1 3 9; do
    run zstd -q -T4 -$lvl -B524288 -c big.txt >t4.zst
    printf 'zstd -T4 -%s: ' $lvl; run sha256sum <t4.zst
    for t in 1 2; do
        printf '  -T%s: ' $t; run zstd -q -T$t -$lvl -B524288 -c big.txt | run cmp - t4.zst; status
    done
done
printf 'zstd -T4 --long: '; run zstd -q -T4 -3 --long=22 -B524288 -c big.txt | run sha256sum
printf 'zstd -T4 --rsyncable: '; run zstd -q -T4 --rsyncable -B524288 -c big.txt | run sha256sum
printf 'zstd -T4 from a pipe: '; run zstd -q -T4 -B524288 <big.txt | run sha256sum

step round trips
run zstd -q -T4 -5 -B524288 -c big.txt | run zstd -q -dc | run cmp - big.txt; status
run zstd -q -T4 -c big.txt | run zstd -q -T4 -dc | run cmp - big.txt; status
cp a.txt f1; cp b.txt f2
run zstd -q -T4 -k f1 f2; status
run zstd -l f1.zst f2.zst 2>&1
run zstd -q -T4 -t f1.zst f2.zst; status
rm f1 f2
run zstd -q -T4 -d f1.zst f2.zst; status
cat f1 f2 | run sha256sum
