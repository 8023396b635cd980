#!/usr/bin/env bash
# sed: substitutions, addresses, hold space, branching, in-place editing.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 500 11 >words.txt
printf 'key1 = value one\n# comment\nkey2=value two\n\n[section]\nkey3 =  three\n' >conf.ini

step substitute
run sed 's/alpha/ALPHA/g; s/[0-9]\+$/<&>/' words.txt | run head -5
run sed -E 's/([a-z]+)([0-9]+)/\2\1/2' words.txt | run tail -3
run sed -n 's/.*\(zulu[0-9]*\).*/\1/p' words.txt | run sort | run uniq | run wc -l
run sed 's/o/0/3g' words.txt | run sed -n '10,12p'
run sed -E 's/(\w+) (\w+)/\u\1 \U\2\E!/' words.txt | run head -3
run sed 'y/abcdefghij/ABCDEFGHIJ/' words.txt | run md5sum
step addresses
run sed -n '5p;$p' words.txt
run sed -n '/^kilo/,/^lima/p' words.txt | run head -8
run sed -n '0~100p' words.txt
run sed -n '3,+2p' words.txt
run sed '2,498d' words.txt
run sed -n '/zulu/!{/alpha/p}' words.txt | run wc -l
run sed '/^#/d; /^$/d; s/ *= */=/' conf.ini
step hold space and branching
run sed -n '1!G;h;$p' conf.ini
run sed -n '$=' words.txt
run sed ':a;N;$!ba;s/\n/,/g' conf.ini
run sed -e :a -e '$!N;s/\n\(key\)/ \1/;ta' -e 'P;D' conf.ini
run sed '=' conf.ini | run sed 'N;s/\n/\t/'
run head -20 words.txt | run sed -n 'h;s/ .*//;G;s/\n/ <- /p' | run head -4
step commands
run sed '2i\inserted before 2' conf.ini | run head -4
run sed '/section/a\appended' conf.ini
run sed '/^#/c\# changed' conf.ini
printf 'tab\there\x01\n' | run sed -n l
run sed -s -n '$p' conf.ini words.txt
run sed -z 's/\n/|/g' conf.ini; echo
run sed -n '/key/w keys.out' conf.ini; run cat keys.out
step in-place
cp words.txt edit.txt
run sed -i.bak -E '/^(a|b)/d; s/ +/_/g' edit.txt
run wc -l edit.txt edit.txt.bak
run md5sum edit.txt
step errors
run sed 's/unterminated' conf.ini 2>&1; status
run sed -n '/x/{p' conf.ini 2>&1; status
