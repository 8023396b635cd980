#!/usr/bin/env bash
# gzip and bzip2: round trips at several levels, listing, testing, corrupt
# input.  Compressed bytes are compared as checksums: the same library
# version writes the same stream on every architecture.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"
# The translated libraries (liblzma, libbz2) stay under test here: ferry
# would run the host's copies by default (the thunk-* workloads test those).
export FERRY_NO_THUNK=1

lcg_words 6000 41 >words.txt                          # ~220 KB of text
{ for i in $(seq 1 3000); do printf '%08x\n' $((i * i * 2654435761 & 0xffffffff)); done; } >hex.txt
head -c 100000 /dev/zero >zeros
cat words.txt hex.txt zeros >mix

step gzip
for lvl in 1 6 9; do
    printf 'gzip -%s: ' $lvl; run gzip -n -$lvl -c mix | run sha256sum
done
run gzip -n -k words.txt
run gzip -l words.txt.gz
run gzip -t words.txt.gz; status
run gzip -dc words.txt.gz | run cmp - words.txt; status
run gzip -n --rsyncable -c mix | run wc -c
run gzip -dc < <(run gzip -c hex.txt; run gzip -c zeros) | run md5sum
printf 'not gzip' >bad.gz
run gzip -t bad.gz 2>&1; status
step bzip2
for lvl in 1 9; do
    printf 'bzip2 -%s: ' $lvl; run bzip2 -$lvl -c mix | run sha256sum
done
run bzip2 -k hex.txt
run bzip2 -t hex.txt.bz2; status
run bzip2 -dc hex.txt.bz2 | run md5sum
run bzip2 -dc hex.txt.bz2 | run cmp - hex.txt; status
head -c 100 hex.txt.bz2 >trunc.bz2
run bzip2 -t trunc.bz2 2>&1 | run head -2; status
