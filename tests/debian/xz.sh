#!/usr/bin/env bash
# xz (liblzma): presets, filters, formats, listing, testing, corrupt input,
# and a pipeline through gzip, bzip2 and xz (multithreaded xz: threads.sh).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"
# The translated libraries (liblzma, libbz2) stay under test here: ferry
# would run the host's copies by default (the thunk-* workloads test those).
export FERRY_NO_THUNK=1

lcg_words 6000 41 >words.txt                          # ~220 KB of text
{ for i in $(seq 1 3000); do printf '%08x\n' $((i * i * 2654435761 & 0xffffffff)); done; } >hex.txt
head -c 100000 /dev/zero >zeros
cat words.txt hex.txt zeros >mix

step xz
for opt in -0 -6 -9e --format=lzma '--lzma2=preset=3,lc=4,pb=0' '--x86 --lzma2'; do
    # shellcheck disable=SC2086
    printf 'xz %s: ' "$opt"; run xz -T1 $opt -c mix | run sha256sum
done
run xz -T1 -k words.txt
run xz -l words.txt.xz
run xz -lvv words.txt.xz | run grep -E 'Check|Ratio|Streams|Blocks|Memory|CheckVal'
run xz -t words.txt.xz; status
run xz -dc words.txt.xz | run cmp - words.txt; status
run xz -T1 --check=sha256 -c hex.txt | run xz -dc | run md5sum
printf 'not xz' >bad.xz
run xz -dc bad.xz 2>&1; status
step cross
run gzip -c mix | run bzip2 -c | run xz -T1 -c | run xz -dc | run bzip2 -dc | run gzip -dc | run cmp - mix; status
