# shellcheck shell=bash
# bench/lib.sh - helpers shared by bench/run.sh (the static benchmarks) and
# bench/real.sh (real Debian programs); sourced, not run.

# The table: name, kind, three times, two ratios.
bench_fmt='%-10s %-4s %9s %9s %9s %11s %13s\n'

bench_header() {
    printf "$bench_fmt" benchmark kind "native s" "qemu s" "ferry s" "ferry/qemu" "ferry/native"
    bench_rule
}

bench_rule() {
    printf "$bench_fmt" ---------- ---- --------- --------- --------- ----------- -------------
}

# An emulator that cannot be found is reported once, then counted as FAIL.
find_runner() {
    local r=$1
    if [[ $r == */* ]]; then [ -x "$r" ]; else command -v "$r" >/dev/null; fi
}

# median of the arguments (seconds), "-" if none
median() {
    [ $# -eq 0 ] && { echo -; return; }
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
              printf "%.3f", m }'
}

ratio() { # a b -> a/b, or "-" when either is missing
    [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]] || { echo -; return; }
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
}

# run_one OUTFILE TIMEOUT CMD... ; sets RUN_RC and RUN_T (seconds).
# Standard input is /dev/null, or the file named by $RUN_STDIN if set.
# shellcheck disable=SC2034  # (RUN_RC and RUN_T are read by the callers)
run_one() {
    local out=$1 tmo=$2 t0 t1 us
    shift 2
    t0=$EPOCHREALTIME
    timeout -k 5 "$tmo" "$@" >"$out" 2>"$out.err" <"${RUN_STDIN:-/dev/null}"
    RUN_RC=$?
    t1=$EPOCHREALTIME
    us=$(( 10#${t1/./} - 10#${t0/./} ))
    RUN_T=$(printf '%d.%06d' $((us / 1000000)) $((us % 1000000)))
}

# describe a failed run for the problem list
why() { # rc errfile
    local rc=$1 err=$2 msg
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        msg="timed out"
    elif [ "$rc" -gt 128 ]; then
        msg="killed by signal $((rc - 128))"
    else
        msg="exit status $rc"
    fi
    if [ -s "$err" ]; then
        msg="$msg; stderr: $(head -c 300 "$err" | tr '\n' ' ')"
    fi
    echo "$msg"
}

# Geometric means of the two ratios, per kind and over all, from lines
# "kind native qemu ferry" on stdin (rows where all three succeeded).
# $1: the kinds in the order printed.
bench_geomeans() {
    awk -v fmt="$bench_fmt" -v kinds="$1" '
    $2 ~ /^[0-9.]+$/ && $3 ~ /^[0-9.]+$/ && $4 ~ /^[0-9.]+$/ && $2 > 0 && $3 > 0 {
        k[$1]++; fq[$1] += log($4 / $3); fn[$1] += log($4 / $2)
        k["all"]++; fq["all"] += log($4 / $3); fn["all"] += log($4 / $2)
    }
    END {
        n = split(kinds " all", order, " ")
        for (i = 1; i <= n; i++) {
            c = order[i]
            if (!k[c]) continue
            printf fmt, "geomean", c, "", "", "", sprintf("%.2f", exp(fq[c] / k[c])),
                   sprintf("%.2f", exp(fn[c] / k[c]))
        }
    }'
}

# real_data DATADIR: make the input files of the real-program rows (once)
# and print DATADIR's absolute path.  text.txt: 400000 lines of six
# pseudo-random words with numbers (24 MB), and its first 1, 4, 6 and 8 MB
# (text-1M.txt ...).  perl-base is on every Debian system.
real_data() {
    local datadir=$1 data_version=1 mb
    mkdir -p "$datadir" || return 2
    datadir=$(cd "$datadir" && pwd)
    if [ "$(cat "$datadir/.version" 2>/dev/null)" != $data_version ]; then
        echo "bench: generating the input files in $datadir" >&2
        rm -f "$datadir"/text*.txt
        perl -e '
            my @w = qw(alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike
                       november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu);
            my $s = 12345;
            for (1 .. 400000) {
                my @l;
                for (1 .. 6) {
                    $s = ($s * 1103515245 + 12345) % 2147483648;
                    push @l, $w[($s >> 16) % 26] . (($s >> 4) % 10000);
                }
                print join(" ", @l), "\n";
            }' >"$datadir/text.txt" || return 2
        for mb in 1 4 6 8; do
            head -c $((mb * 1000000)) "$datadir/text.txt" >"$datadir/text-${mb}M.txt"
        done
        echo $data_version >"$datadir/.version"
    fi
    echo "$datadir"
}
