#!/usr/bin/env bash
# gawk: fields, associative arrays, printf, regex functions, user functions,
# srand/rand, strftime, arbitrary precision (-M, GMP/MPFR).
# Transcendental functions are printed with 10 significant digits: libm's
# last bit may differ between architectures.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 2000 21 >words.txt
printf 'name,qty,price\nwidget,3,2.50\ngadget,10,0.99\ngizmo,1,100\nwidget,7,2.25\n' >items.csv

step fields and arrays
run gawk '{ for (i = 1; i <= NF; i++) { sub(/[0-9]+$/, "", $i); n[$i]++ } }
    END { PROCINFO["sorted_in"] = "@val_num_desc"; c = 0
          for (w in n) { if (c++ < 5) printf "%-10s %d\n", w, n[w] } }' words.txt
run gawk -F, 'NR > 1 { q[$1] += $2; v[$1] += $2 * $3 }
    END { PROCINFO["sorted_in"] = "@ind_str_asc"
          for (k in q) printf "%s %d %.2f\n", k, q[k], v[k] }' items.csv
run gawk '{ s += length($0) } NR % 500 == 0 { print NR, s } END { print "avg", s / NR }' words.txt
run gawk 'BEGIN { OFS = "|" } { $1 = $1; print; if (NR == 3) exit }' words.txt
run gawk 'BEGIN { FIELDWIDTHS = "3 4 5" } NR <= 2 { print $1 "/" $2 "/" $3 }' words.txt
run gawk 'BEGIN { FPAT = "([^,]*)|(\"[^\"]+\")" } { print NF ": " $2 }' <<<'a,"b,c",d'
step strings and regex
run gawk '{ print toupper(substr($1, 1, 3)), index($0, "o"), match($0, /[0-9]{3}/), RSTART, RLENGTH }' words.txt | run head -4
run gawk '{ n = gsub(/[aeiou]/, "#"); t += n } END { print t }' words.txt
run gawk '{ print gensub(/([a-z]+)([0-9]+)/, "\\2-\\1", "g") }' words.txt | run tail -2
run gawk '{ n = split($0, p, /[0-9]+ ?/, seps); print n, p[1], seps[1] }' words.txt | run head -3
run gawk 'BEGIN { s = sprintf("%5d|%-5s|%05.1f|%x|%o|%c|%e|%10.4s|", 42, "ab", 3.14159, 255, 8, 65, 12345.678, "abcdefgh"); print s }'
run gawk 'BEGIN { print length("héllo"), substr("abcdef", 3), sprintf("%c", 256) }' | run od -c
run gawk 'BEGIN { n = patsplit("a1b22c333", a, /[0-9]+/); print n, a[1], a[2], a[3] }'
step functions
run gawk 'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
    function qs(a, lo, hi,   i, last, t) { if (lo >= hi) return; last = lo
        for (i = lo + 1; i <= hi; i++) if (a[i] < a[lo]) { t = a[++last]; a[last] = a[i]; a[i] = t }
        t = a[lo]; a[lo] = a[last]; a[last] = t; qs(a, lo, last - 1); qs(a, last + 1, hi) }
    BEGIN { print fib(22); srand(7); for (i = 1; i <= 2000; i++) a[i] = int(rand() * 100000)
        qs(a, 1, 2000); print a[1], a[1000], a[2000] }'
run gawk 'BEGIN { n = asort(x); split("pear apple fig banana", x); n = asort(x, y)
    for (i = 1; i <= n; i++) printf "%s ", y[i]; print ""; n = asorti(ENVIRON, z); print (n > 0) }'
step numbers
run gawk 'BEGIN { printf "%.10g %.10g %.10g %.10g\n", sin(1), cos(2), atan2(1, 3), exp(1.5)
    printf "%.10g %.10g %d %d\n", log(10), sqrt(2), int(-3.7), 2^53 + 1
    printf "%d %d %d %s\n", and(0xff, 0x0f), or(1, 6), xor(5, 3), lshift(1, 40)
    print 1e300 * 1e10, -1e300 * 1e10, 0.1 + 0.2, 1/3, 100000 * 100000, strtonum("0x1F") }'
run gawk -M 'BEGIN { print 2^200; print 3^100 % 1000007; x = 1; for (i = 1; i <= 30; i++) x *= i; print x }'
run gawk -M -v PREC=200 'BEGIN { printf "%.50f\n", atan2(0, -1) }'
step time
run gawk 'BEGIN { print strftime("%Y-%m-%d %H:%M:%S %a %j", 1234567890, 1); print mktime("2020 02 29 12 00 00", 1) }'
step io
run gawk '{ print > ($1 ~ /^[a-m]/ ? "am.out" : "nz.out") } END { close("am.out"); close("nz.out")
    while ((getline l < "am.out") > 0) n++; print n }' words.txt
run wc -l am.out nz.out
run gawk 'BEGIN { RS = ""; FS = "\n" } { print NR ": " NF " lines" }' <<<$'a\nb\n\nc\n\n\nd\ne\nf'
run gawk 'BEGIN { RS = "[0-9]+" } NR <= 3 { printf "[%s|%s]", $0, RT } END { print "" }' words.txt
run gawk 'BEGINFILE { n = 0 } { n++ } ENDFILE { print FILENAME, n }' items.csv words.txt
run gawk 'BEGIN { printf "%s", "no newline" > "/dev/stderr"; exit 3 }' 2>&1; status
run gawk 'BEGIN { x = 1 / 0 }' 2>&1; status
run gawk '{ print $' 2>&1; status
