#!/usr/bin/env bash
# sort --parallel=4 on an input large enough for GNU sort to use its
# threads (it gives a thread a part only when that part has at least 128Ki
# lines: 288k lines here, so 4 threads), sorting in memory and with
# temporary files (two sorted runs of ~144k lines, each sorted by two
# threads, then merged).
# The output must equal --parallel=1's.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 9000 95 >a.txt
# 36k words, each line prefixed 8 ways: 288k short lines (~3.2 MB).  The
# plumbing is the host's.
tr ' ' '\n' <a.txt >w.txt
for p in k q c x m a z f; do sed "s/^/$p/" w.txt; done >big.txt

step sort --parallel=4
run sort --parallel=1 -S 64M big.txt >one.txt; status
run sha256sum <one.txt
run sort --parallel=4 -S 64M big.txt | run cmp - one.txt; status
printf 'unique, reverse: '; run sort --parallel=4 -S 64M -u -r big.txt | run sha256sum

step temporary files
run sort --parallel=4 -S 24M -T "$work" big.txt | run cmp - one.txt; status
run sort --parallel=4 -S 64M -m <(run sort --parallel=2 a.txt) <(run sort --parallel=2 w.txt) | run sha256sum
