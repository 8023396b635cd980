#!/usr/bin/env bash
# xz -T4 (liblzma's multithreaded encoder and, since xz 5.4, decoder):
# several blocks compressed by worker threads.  The multithreaded format
# does not depend on the number of threads (-T2, -T4 and -T+1, one thread
# in multithreaded mode, write the same bytes), decoding with threads
# gives the input back, and both decoders read both kinds of stream.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"
# The translated libraries (liblzma, libbz2) stay under test here: ferry
# would run the host's copies by default (the thunk-* workloads test those).
export FERRY_NO_THUNK=1

lcg_words 16000 91 >a.txt
lcg_words 4000 92 >b.txt
cat a.txt b.txt >big.txt                           # ~740 KB: 12 blocks of 64 KiB

step xz -T4 compress
run xz -T4 -3 --block-size=65536 -c big.txt >mt.xz; status
run sha256sum <mt.xz
for t in -T+1 -T2; do
    printf 'xz %s: ' $t; run xz $t -3 --block-size=65536 -c big.txt | run cmp - mt.xz; status
done
run xz -l mt.xz | run tail -2
run xz -T1 -3 -c big.txt >st.xz; status
printf 'single-threaded mode: '; run sha256sum <st.xz

step xz -T4 decompress
run xz -T4 -dc mt.xz | run cmp - big.txt; status
run xz -T1 -dc mt.xz | run cmp - big.txt; status
run xz -T4 -dc st.xz | run cmp - big.txt; status
run xz -T4 -t mt.xz st.xz; status

step pipes and files
run xz -T4 -1 --block-size=50000 <big.txt | run xz -T4 -dc | run sha256sum
cp a.txt f1; cp b.txt f2; cat b.txt a.txt >f3
run xz -T4 -1 -k --block-size=100000 f1 f2 f3; status
run sha256sum f1.xz f2.xz f3.xz
rm f1 f2 f3
run xz -T4 -d f1.xz f2.xz f3.xz; status
cat f1 f2 f3 | run sha256sum

step corrupt block
# A byte in the middle of the stream: a later block fails its check.
head -c 200000 mt.xz >bad.xz
printf '\377\377\377\377' >>bad.xz
tail -c +200005 mt.xz >>bad.xz
run xz -T4 -dc bad.xz >/dev/null 2>err; status
cat err
run xz -T1 -dc bad.xz >/dev/null 2>err; status
cat err
