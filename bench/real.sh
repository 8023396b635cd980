#!/usr/bin/env bash
# Real Debian bookworm arm64 programs (lua, python3, perl, sqlite3, gzip,
# xz, sort, ...) on fixed workloads: natively (the host's amd64 programs of
# the same Debian release), under qemu-aarch64 -L SYSROOT and under
# ferry -L SYSROOT.  Prints the same table as bench/run.sh, then, from one
# more ferry run per row with `-d stats`, where ferry's time goes.
#
# usage: bench/real.sh DEBIAN_DIR DATADIR NAME...
#   DEBIAN_DIR  the cache of tools/debian-sysroot.sh (build/debian): the
#               sysroot is made there on first use (apt-get download,
#               dpkg-deb -x), and the host's own amd64 packages of the same
#               programs are installed when missing (as root)
#   DATADIR     where the input files are generated once (build/bench/real)
#   NAME        rows, see row() below
# environment: FERRY, QEMU, BENCH_RUNS, BENCH_TIMEOUT, BENCH_VERBOSE as
# for bench/run.sh, and
#   BENCH_STATS   0 skips the -d stats breakdown (default 1)
# exit status: 0 if every run succeeded with the native output, else 1;
# 0 with a message when the packages cannot be downloaded (no network).
set -u
export LC_ALL=C LANG=C TZ=UTC
# Reproducible interpreters; the sysroot's .pyc files are precompiled.
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PERL_HASH_SEED=0

if [ $# -lt 3 ]; then
    echo "usage: $0 DEBIAN_DIR DATADIR NAME..." >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
builder=$here/../tools/debian-sysroot.sh
datadir=$2
sysroot=$(bash "$builder" --dir "$1" --print)
case $? in
0) ;;
3)
    echo "bench: real-program rows skipped: no Debian arm64 sysroot (see above)"
    exit 0 ;;
*)
    echo "bench: tools/debian-sysroot.sh failed" >&2
    exit 1 ;;
esac
# The same programs natively (installs the missing ones when root; a row
# whose native program is still missing shows FAIL).
bash "$builder" --host-packages --quiet || true
shift 2
runs=${BENCH_RUNS:-5}
ferry=${FERRY:-build/ferry}
qemu=${QEMU:-qemu-aarch64}
verbose=${BENCH_VERBOSE:-0}
stats=${BENCH_STATS:-1}
case $runs in '' | *[!0-9]* | 0)
    echo "bench: BENCH_RUNS must be a positive integer, not '$runs'" >&2
    exit 2 ;;
esac
# shellcheck source=bench/lib.sh
source "$here/lib.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ferry-bench-real.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
find_runner "$qemu" || echo "bench: QEMU '$qemu' not found or not executable" >&2
find_runner "$ferry" || echo "bench: FERRY '$ferry' not found or not executable" >&2

# --- input data, generated once (bench/lib.sh) ------------------------------------
datadir=$(real_data "$datadir") || exit 2

# A package tree for dpkg-deb (the dpkg-zstd rows): 8 MB of text.
mkdir -p "$tmp/pkg/DEBIAN" "$tmp/pkg/usr/share/bench"
printf 'Package: bench\nVersion: 1\nArchitecture: all\nMaintainer: ferry <ferry@example.org>\nDescription: bench\n' \
    >"$tmp/pkg/DEBIAN/control"
cp "$datadir/text-8M.txt" "$tmp/pkg/usr/share/bench/"
touch -d @0 "$tmp/pkg/usr/share/bench/text-8M.txt"
export SOURCE_DATE_EPOCH=0

# --- the rows ---------------------------------------------------------------------
# row NAME sets prog (a program in /usr/bin), args and input (stdin).  Each
# takes roughly 0.3-0.6 s natively on a current x86-64 core.  Compressors
# write their compressed stream, which must be the same bytes everywhere.
row() {
    local d=$datadir
    input=/dev/null
    thunk=
    case $1 in
    lua) prog=lua5.4 args=("$here/real/bench.lua") ;;
    python3) prog=python3.11 args=("$here/real/bench.py") ;;
    perl) prog=perl args=("$here/real/bench.pl") input=$d/text-8M.txt ;;
    sqlite3) prog=sqlite3 args=(:memory:) input=$here/real/bench.sql ;;
    gawk) prog=gawk args=(-f "$here/real/bench.awk" "$d/text-4M.txt") ;;
    grep) prog=grep args=(-c -E '([a-z])[a-z]*[0-9]+ \1' "$d/text-4M.txt") ;;
    sort) prog=sort args=(--parallel=1 -S 256M -T "$tmp" "$d/text.txt") ;;
    sha256sum) prog=sha256sum args=("$d/text.txt" "$d/text.txt" "$d/text.txt" "$d/text.txt" "$d/text.txt" "$d/text.txt") ;;
    gzip) prog=gzip args=(-6 -n -c) input=$d/text-8M.txt ;;
    bzip2) prog=bzip2 args=(-9 -c) input=$d/text-6M.txt thunk=off ;;
    xz) prog=xz args=(-T1 -6 -c) input=$d/text-1M.txt thunk=off ;;
    zstd) prog=zstd args=(-q -T1 -9 -c) input=$d/text-8M.txt ;;
    # Debian's zstd program links libzstd statically; dpkg-deb compresses
    # in-process through libzstd.so.1 (output: the .deb, to stdout).
    dpkg-zstd) prog=dpkg-deb args=(--root-owner-group -Zzstd -z9 -Snone --build "$tmp/pkg" /dev/stdout) thunk=off ;;
    py-zlib) prog=python3.11 args=("$here/real/zlib.py" "$d/text-8M.txt") thunk=off ;;
    # The rows above marked thunk=off translate the library (-no-thunk);
    # NAME-T: the same work with ferry calling the host's copy of the
    # library (docs/thunks.md); qemu and native as in NAME.  The other
    # rows run with ferry's defaults.
    py-zlib-T) prog=python3.11 args=("$here/real/zlib.py" "$d/text-8M.txt") thunk=zlib ;;
    bzip2-T) row bzip2; thunk=bz2 ;;
    xz-T) row xz; thunk=lzma ;;
    dpkg-zstd-T) row dpkg-zstd; thunk=zstd ;;
    *) return 1 ;;
    esac
}

# cmd RUNNER: the command line of the current row for native|qemu|ferry.
# Under the emulators argv[0] is the guest's /usr/bin/PROG, as natively.
cmd() {
    case $1 in
    native) c=("/usr/bin/$prog" "${args[@]}") ;;
    qemu) c=("$qemu" -L "$sysroot" -0 "/usr/bin/$prog" "$sysroot/usr/bin/$prog" "${args[@]}") ;;
    ferry)
        local t=()
        case $thunk in '') ;; off) t=(-no-thunk) ;; *) t=(-thunk "$thunk") ;; esac
        c=("$ferry" "${t[@]}" -L "$sysroot" -0 "/usr/bin/$prog" "$sysroot/usr/bin/$prog" "${args[@]}") ;;
    esac
}

problems=()
failed=0
rows=()      # "kind native qemu ferry" for the geomean rows
measured=()  # rows that ran under ferry successfully, for the stats

printf 'real programs: Debian bookworm arm64 packages, %d run(s) each, median wall time in seconds\n' "$runs"
printf '  native: the host'"'"'s /usr/bin programs   qemu: %s -L %s   ferry: %s -L %s\n' \
    "$qemu" "$sysroot" "$ferry" "$sysroot"
echo
bench_header

for name in "$@"; do
    if ! row "$name"; then
        echo "bench: no real-program row '$name'" >&2
        failed=1
        continue
    fi
    kind=real
    tn=() tq=() tf=()
    sn=ok sq=ok sf=ok
    tmo=${BENCH_TIMEOUT:-}
    RUN_STDIN=$input
    if [ ! -x "/usr/bin/$prog" ]; then
        sn=FAIL
        problems+=("FAIL: $name natively: /usr/bin/$prog is not installed (tools/debian-sysroot.sh --host-packages)")
    fi
    if [ ! -x "$sysroot/usr/bin/$prog" ]; then
        sq=FAIL sf=FAIL
        problems+=("FAIL: $name: $sysroot/usr/bin/$prog does not exist")
    fi
    for ((r = 1; r <= runs; r++)); do
        # native first: its first output is the reference
        if [ $sn = ok ]; then
            cmd native
            run_one "$tmp/n" "${BENCH_TIMEOUT:-600}" "${c[@]}"
            if [ $RUN_RC -ne 0 ]; then
                sn=FAIL
                problems+=("FAIL: $name natively: $(why $RUN_RC "$tmp/n.err")")
            elif [ $r -eq 1 ]; then
                mv "$tmp/n" "$tmp/ref"
                tn+=("$RUN_T")
                [ -n "$tmo" ] || tmo=$(awk -v t="$RUN_T" 'BEGIN { t = int(t * 100) + 1; print (t < 30) ? 30 : t }')
            elif ! cmp -s "$tmp/n" "$tmp/ref"; then
                sn=MISMATCH
                problems+=("MISMATCH: $name natively prints different output on run $r (the workload is not deterministic)")
            else
                tn+=("$RUN_T")
            fi
        fi
        [ $sn = ok ] || break   # no reference output: nothing to compare against
        for who in qemu ferry; do
            if [ $who = qemu ]; then st=$sq runner=$qemu; else st=$sf runner=$ferry; fi
            [ $st = ok ] || continue   # give up on a runner after its first failure
            cmd $who
            run_one "$tmp/$who" "$tmo" "${c[@]}"
            if [ $RUN_RC -ne 0 ]; then
                st=FAIL
                [ $RUN_RC -eq 124 ] || [ $RUN_RC -eq 137 ] && st=TIMEOUT
                problems+=("$st: $name under $who ($runner): $(why $RUN_RC "$tmp/$who.err")")
            elif ! cmp -s "$tmp/$who" "$tmp/ref"; then
                st=MISMATCH
                problems+=("MISMATCH: $name under $who ($runner) prints different output from native (run $r):
$(cmp "$tmp/ref" "$tmp/$who" 2>&1 | head -1)
$(diff -a "$tmp/ref" "$tmp/$who" 2>/dev/null | head -10 | cut -c1-200)")
                echo "*** MISMATCH: $name under $who: output differs from native ***" >&2
            elif [ $who = qemu ]; then
                tq+=("$RUN_T")
            else
                tf+=("$RUN_T")
            fi
            if [ $who = qemu ]; then sq=$st; else sf=$st; fi
        done
    done
    if [ "$verbose" = 1 ]; then
        echo "  $name runs: native ${tn[*]:-} | qemu ${tq[*]:-} | ferry ${tf[*]:-}" >&2
    fi
    mn=$(median "${tn[@]}") mq=$(median "${tq[@]}") mf=$(median "${tf[@]}")
    [ $sn = ok ] || mn=$sn
    [ $sq = ok ] || mq=$sq
    [ $sf = ok ] || mf=$sf
    [ $sn$sq$sf = okokok ] || failed=1
    [ $sf = ok ] && measured+=("$name")
    printf "$bench_fmt" "$name" "$kind" "$mn" "$mq" "$mf" "$(ratio "$mf" "$mq")" "$(ratio "$mf" "$mn")"
    rows+=("$kind $mn $mq $mf")
done
RUN_STDIN=
bench_rule
printf '%s\n' "${rows[@]}" | bench_geomeans real | grep -v ' all '
# The C benchmarks' table (run.sh, in the same `make bench`) and this one
# together: the geomean the performance issue's figures were taken over.
if [ -n "$BENCH_ROWS_FILE" ] && [ -s "$BENCH_ROWS_FILE" ]; then
    printf '%s\n' "${rows[@]}" >>"$BENCH_ROWS_FILE"
    awk '$2 ~ /^[0-9.]+$/ && $3 ~ /^[0-9.]+$/ && $4 ~ /^[0-9.]+$/ && $2 > 0 && $3 > 0 { n++; q += log($4 / $3); f += log($4 / $2) }
         END { if (n) printf "both tables, %d rows: geomean ferry/qemu %.2f, ferry/native %.2f\n", n, exp(q / n), exp(f / n) }' \
        "$BENCH_ROWS_FILE"
fi

# --- where ferry's time goes --------------------------------------------------------
# One more run of each row under `ferry -d stats`, which prints at exit
#   ferry-stats: wall W s, translate T s (U units, I insns), syscalls N (S s),
#   run R s, invalidated V, flushes F, code C KiB, helper calls H,
#   indirect branches B (P% in the table), dispatches D
# (read loosely: fields may be missing or added).  "helpers" are calls
# from translated code into C; "table" is the share of indirect branches
# (BR, BLR, RET) found in the indirect-branch table.  "run" is the time in
# translated code and the dispatcher, i.e. wall - translate - syscalls.
stat_field() { # TEXT REGEX -> the first captured number, or "-"
    if [[ $1 =~ $2 ]]; then echo "${BASH_REMATCH[1]}"; else echo -; fi
}
pct() { # part whole
    [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]] || { echo -; return; }
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'
}
if [ "$stats" != 0 ] && [ ${#measured[@]} -gt 0 ]; then
    echo
    if [[ $(basename "${ferry%% *}") == *qemu* ]]; then
        echo "where the time goes: not available (FERRY is qemu, which has no -d stats)"
    else
        echo "where ferry's time goes (one run with -d stats; translate + syscalls + run = wall):"
        sfmt='%-10s %7s %15s %15s %15s %9s %8s %10s %6s %7s %10s %11s %6s\n'
        printf "$sfmt" benchmark "wall s" "translate s" "run s" "syscalls s" syscalls units "insns" inval flushes \
            helpers indirect "table"
        printf "$sfmt" ---------- ------- --------------- --------------- --------------- --------- -------- ---------- ------ ------- \
            ---------- ----------- ------
        nostats=()
        for name in "${measured[@]}"; do
            row "$name"
            RUN_STDIN=$input
            cmd ferry
            c=("${c[0]}" -d stats -D "$tmp/stats.log" "${c[@]:1}")
            rm -f "$tmp/stats.log"
            run_one "$tmp/s" "${BENCH_TIMEOUT:-600}" "${c[@]}"
            line=$(grep -h 'ferry-stats:' "$tmp/stats.log" "$tmp/s.err" 2>/dev/null | tail -1)
            if [ -z "$line" ]; then
                nostats+=("$name")
                continue
            fi
            w=$(stat_field "$line" 'wall ([0-9.]+)')
            tr=$(stat_field "$line" 'translate ([0-9.]+)')
            ru=$(stat_field "$line" 'run ([0-9.]+)')
            ss=$(stat_field "$line" 'syscalls [0-9]+ \(([0-9.]+)')
            sn_=$(stat_field "$line" 'syscalls ([0-9]+)')
            un=$(stat_field "$line" '\(([0-9]+) units')
            in=$(stat_field "$line" '([0-9]+) insns')
            iv=$(stat_field "$line" 'invalidated ([0-9]+)')
            fl=$(stat_field "$line" 'flushes ([0-9]+)')
            hc=$(stat_field "$line" 'helper calls ([0-9]+)')
            ib=$(stat_field "$line" 'indirect branches ([0-9]+)')
            ih=$(stat_field "$line" '\(([0-9.]+)% in the table')
            printf "$sfmt" "$name" "$w" "$tr $(printf '%5s' "$(pct "$tr" "$w")")" \
                "$ru $(printf '%5s' "$(pct "$ru" "$w")")" "$ss $(printf '%5s' "$(pct "$ss" "$w")")" \
                "$sn_" "$un" "$in" "$iv" "$fl" "$hc" "$ib" "${ih}%"
        done
        RUN_STDIN=
        if [ ${#nostats[@]} -gt 0 ]; then
            echo "(no ferry-stats line from: ${nostats[*]}; does $ferry support -d stats?)"
        fi
    fi
fi

if [ ${#problems[@]} -gt 0 ]; then
    echo
    echo "!!! ${#problems[@]} problem(s):"
    for p in "${problems[@]}"; do
        echo "!!! $p"
    done
fi
if [ $failed -ne 0 ]; then
    echo
    echo "bench: real programs FAILED (see problems above)"
    exit 1
fi
exit 0
