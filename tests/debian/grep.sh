#!/usr/bin/env bash
# grep: basic, extended, fixed and Perl (PCRE2, with its JIT) patterns,
# context, counting, recursion, binary files.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 3000 3 >words.txt
mkdir -p tree/a tree/b
lcg_words 50 4 >tree/a/one.txt
lcg_words 50 5 >tree/b/two.log
printf 'text\x00binary zulu\n' >tree/b/blob.bin
printf 'Hello World\nhello world\nHELLO\nfoo(bar) [baz]\ntab\there\n\xc3\xa9t\xc3\xa9\n' >misc.txt
printf 'alpha1\nzulu9\n^lima\n' >patterns

step basic
run grep -c zulu words.txt
run grep -n 'alpha1[0-9]* bravo' words.txt | run head -5
run grep -o 'x[a-z]*ay[0-9]\+' words.txt | run sort | run uniq -c | run sort -k1,1nr -k2 | run head -5
run grep -v -c 'a' words.txt
run grep -w -c 'echo1' words.txt
run grep -x 'hello world' misc.txt
run grep -i -n 'hello' misc.txt
run grep -m 3 -b kilo words.txt
run grep 'nonexistent-word' words.txt; status
run grep -q 'kilo' words.txt; status
run grep -s pattern missing-file; status
step extended
run grep -E -c '^(alpha|bravo)[0-9]+ .*(yankee|zulu)[0-9]{2}$' words.txt
run grep -E -o '\b[a-d][a-z]+[0-9]{3}\b' words.txt | run tail -3
run grep -E '(ab|cd)+|o{2,}' misc.txt
run grep -E 'foo\(bar\) \[baz\]' misc.txt
run grep -E -c '(.)\1' words.txt
step fixed
run grep -F -c -f patterns words.txt
run grep -F -o 'o(b' misc.txt; status
run head -400 words.txt | run cut -d' ' -f2 >fixed-list
run grep -F -c -f fixed-list words.txt
run grep -F -x -v -f fixed-list <(run cut -d' ' -f2 words.txt) | run wc -l
step perl
run grep -P -c '(?<=alpha)\d{3}(?= )' words.txt
run grep -P -o '\b(\w)\w*\1\d+' words.txt | run sort -u | run head -5
run grep -P -c '^(?:(?!zulu).)*$' words.txt
run grep -P -o '(?i)HELLO\s\w+' misc.txt
run grep -P -n '\t' misc.txt
run grep -P -o '\d+(?:\.\d+)?' <<<'pi 3.14159 and e 2.71828 and 42'
run grep -P -c '^(\w+\d+) (?:\w+\d+ ){2}\1$' words.txt
step context
run grep -A1 -B2 -n 'mike7[0-9][0-9] kilo' words.txt | run head -12
run grep -C1 --group-separator=---- 'zulu99' words.txt | run head -10
step recursive and binary
run grep -r -c zulu tree | run sort
run grep -rl --include='*.txt' kilo tree
run grep -r -L 'nothing-here' tree | run sort
run grep zulu tree/b/blob.bin 2>&1; status
run grep -a zulu tree/b/blob.bin | run od -c | run head -2
run grep -c '' tree/b/blob.bin
run grep -z -c binary tree/b/blob.bin
step locale-free bytes
run grep -c $'\xc3\xa9' misc.txt
run grep -o '[[:upper:]]\{2,\}' misc.txt
