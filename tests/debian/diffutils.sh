#!/usr/bin/env bash
# diffutils: diff (unified, context, side by side, recursive), cmp.
# (diff3 runs diff as a child process: see spawn.sh.)
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 400 7 >a.txt
# b.txt: a.txt with lines changed, removed and added
{
    sed -n '1,40p' a.txt
    echo "an inserted line"
    sed -n '41,120p' a.txt | sed 's/alpha/ALPHA/'
    sed -n '130,300p' a.txt
    lcg_words 5 8
    sed -n '301,400p' a.txt
} >b.txt
{
    sed -n '1,200p' a.txt
    echo "third version"
    sed -n '201,400p' a.txt | sed 's/zulu/Zulu/'
} >c.txt
mkdir -p d1/sub d2/sub d1/only1 d2/only2
cp a.txt d1/same.txt; cp a.txt d2/same.txt
cp a.txt d1/sub/x.txt; cp b.txt d2/sub/x.txt
printf 'one\n' >d1/only1/f; printf 'two\n' >d2/only2/g
head -c 3000 a.txt >bin1; { head -c 1500 a.txt; printf '\x00\x01'; tail -c +1503 a.txt | head -c 1498; } >bin2

step diff -u
run diff -u --label a --label b a.txt b.txt; status
step diff -c
run diff -c --label a --label b a.txt c.txt | run head -40; status
step diff normal and ed
run diff a.txt c.txt; status
run diff -e a.txt b.txt | run head -20
step diff options
run diff -q a.txt b.txt; status
run diff -s a.txt a.txt; status
run diff -i -w -B <(echo 'A  b'; echo) <(echo 'a b'); status
run diff -y -W 70 <(head -8 a.txt) <(head -8 b.txt | sed '3d'); status
run diff --suppress-common-lines -y -W 60 <(head -50 a.txt) <(head -50 b.txt); status
run diff --minimal -U1 --label a --label c a.txt c.txt | run wc -l
run diff -u --label x --label y <(seq 1 3) <(seq 1 4); status
step diff -r
run diff -r d1 d2; status
run diff -ruN d1 d2 | run grep -c '^[-+]'
step binary
run diff bin1 bin2; status
run diff --text bin1 bin2 | run wc -l
step cmp
run cmp a.txt a.txt; status
run cmp a.txt b.txt; status
run cmp -l bin1 bin2 | run head -5
run cmp -b -n 2000 bin1 bin2; status
run cmp -s bin1 bin2; status
run cmp -i 100:100 a.txt a.txt; status
