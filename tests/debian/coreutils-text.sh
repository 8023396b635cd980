#!/usr/bin/env bash
# coreutils, text: sort, uniq, wc, encodings, tr/cut/paste/join/split,
# numbers (seq, factor, numfmt, expr, printf).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

# A fixed tree with pinned times and modes.
mkdir -p tree/a/b tree/c tree/empty
lcg_words 300 1 >tree/a/words.txt
lcg_words 40 2 >tree/a/b/more.txt
printf 'short\n' >tree/c/s.txt
printf '\x00\x01\x02\xfe\xffbinary\n' >tree/c/bin.dat
: >tree/c/zero
ln -s ../a/words.txt tree/c/link
chmod 640 tree/a/words.txt
chmod 755 tree/a/b
find tree -exec touch -h -d @1000000000 {} +

step sort uniq wc
run sort tree/a/words.txt | run head -5
run sort -t' ' -k2,2 -k1,1r tree/a/words.txt | run tail -3
run sort -u -k1,1 tree/a/words.txt | run wc -l
run cut -d' ' -f1 tree/a/words.txt | run sed 's/[0-9]*$//' | run sort | run uniq -c | run sort -k1,1nr -k2 | run head -6
run seq 1 2000 | run sort -R --random-source=tree/a/words.txt | run md5sum
run seq 1 5000 | run shuf --random-source=tree/a/words.txt | run sort -n | run sha1sum
run sort -n -r -k1.2 tree/a/b/more.txt | run head -3
run wc tree/a/words.txt tree/a/b/more.txt tree/c/bin.dat

step encodings
run base64 tree/c/bin.dat
run head -c 600 tree/a/words.txt | run base64 -w 60 | run base64 -d | run md5sum
run base32 tree/a/b/more.txt | run tail -2
run basenc --base16 tree/c/bin.dat
run od -A x -t x1z -v tree/c/bin.dat
run od -t d2 -N 32 tree/a/words.txt
run od -c -N 48 tree/a/words.txt

step text
run tr 'a-z' 'A-Z' <tree/a/b/more.txt | run head -3
run tr -s ' ' '\n' <tree/a/b/more.txt | run tr -d '0-9' | run sort | run uniq | run paste -sd, -
run cut -c 3-12 tree/a/b/more.txt | run head -4
run head -n 5 tree/a/words.txt | run nl -ba -w3
run tail -n 4 tree/a/words.txt | run tac
run fold -w 17 tree/a/b/more.txt | run head -5
run fmt -w 40 tree/a/b/more.txt | run head -4
run head -3 tree/a/words.txt | run expand -t 3
printf 'a\tb\tc\n        x\n' | run unexpand -a | run od -c
run paste tree/a/b/more.txt tree/a/b/more.txt | run head -2
run cut -d' ' -f1 tree/a/words.txt | run sort -u >k1
run cut -d' ' -f1 tree/a/b/more.txt | run sort -u >k2
run comm -3 k1 k2 | run head -5
run join <(run sort -k1,1 tree/a/b/more.txt) <(run sort -k1,1 tree/a/words.txt) | run head -4
run split -l 100 -d tree/a/words.txt part.
run ls part.*
run csplit -s -f cs. tree/a/b/more.txt 10 '/lima/'
run wc -l cs.00 cs.01 cs.02

step numbers
run seq -f '%05.1f' 0 0.7 4
run seq -s, 10 -3 -20
run factor 1 97 1000000007 600851475143 18446744073709551615 2>&1
run numfmt --to=iec-i --suffix=B 1000 1048576 123456789012
run numfmt --from=si 1.5K 2M
run expr 12345 \* 6789 % 1000
run expr length abcdef : 'a\(.*\)e'
run printf '%5.2f|%-6s|%x|%o|%e|%q\n' 3.14159 ab 255 8 123456.789 "it's"
