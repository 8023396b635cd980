#!/usr/bin/env bash
# Multi-threaded benchmarks: the same work with 1, 2 and 4 threads,
# natively, under qemu-aarch64 and under ferry, and how each scales.
#
# usage: bench/threads.sh BINDIR DEBIAN_DIR DATADIR NAME...
#   BINDIR      holds x86-64/mt and arm64/mt (bench/mt.c, built by make)
#   DEBIAN_DIR  the cache of tools/debian-sysroot.sh (build/debian), for
#               the xz-mt row (skipped with a message when there is no
#               sysroot: no network)
#   DATADIR     the real-program rows' input files (build/bench/real;
#               made here when missing)
#   NAME        rows: mt (bench/mt.c, static), xz-mt (Debian's xz -T N)
# environment: FERRY, QEMU, BENCH_RUNS, BENCH_TIMEOUT, BENCH_VERBOSE,
# BENCH_ARGS (mt's work scale) as for bench/run.sh, and
#   BENCH_NTHREADS  thread counts (default "1 2 4"); the first is the base
#                   of the speed-up columns
# Every run's output must equal the native output with the same number of
# threads (mt prints the same checksum for every N; xz -T1 writes the
# single-threaded format, -T2 and up the multithreaded one).
# exit status: 0 if every run succeeded with the native output, else 1.
set -u
export LC_ALL=C LANG=C TZ=UTC

if [ $# -lt 4 ]; then
    echo "usage: $0 BINDIR DEBIAN_DIR DATADIR NAME..." >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
bindir=$1 debian_dir=$2 datadir=$3
shift 3
runs=${BENCH_RUNS:-5}
ferry=${FERRY:-build/ferry}
qemu=${QEMU:-qemu-aarch64}
verbose=${BENCH_VERBOSE:-0}
read -r -a counts <<<"${BENCH_NTHREADS:-1 2 4}"
read -r -a extra <<<"${BENCH_ARGS:-}"
case $runs in '' | *[!0-9]* | 0)
    echo "bench: BENCH_RUNS must be a positive integer, not '$runs'" >&2
    exit 2 ;;
esac
for n in "${counts[@]}"; do
    case $n in '' | *[!0-9]* | 0)
        echo "bench: BENCH_NTHREADS must be positive integers, not '${counts[*]}'" >&2
        exit 2 ;;
    esac
done
[ ${#counts[@]} -gt 0 ] || { echo "bench: BENCH_NTHREADS is empty" >&2; exit 2; }
# shellcheck source=bench/lib.sh
source "$here/lib.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ferry-bench-threads.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
find_runner "$qemu" || echo "bench: QEMU '$qemu' not found or not executable" >&2
find_runner "$ferry" || echo "bench: FERRY '$ferry' not found or not executable" >&2

# The xz row needs the Debian sysroot and the input text.
sysroot=
need_debian=0
for name in "$@"; do [ "$name" = xz-mt ] && need_debian=1; done
if [ $need_debian = 1 ]; then
    sysroot=$(bash "$here/../tools/debian-sysroot.sh" --dir "$debian_dir" --print)
    case $? in
    0) bash "$here/../tools/debian-sysroot.sh" --host-packages --quiet || true
       datadir=$(real_data "$datadir") || exit 2 ;;
    3) sysroot= ;;
    *) echo "bench: tools/debian-sysroot.sh failed" >&2; exit 1 ;;
    esac
fi

# cmd NAME N RUNNER: the command line (array c) and stdin (RUN_STDIN).
cmd() {
    local name=$1 n=$2 who=$3 mtscale=${extra[0]:-0}
    RUN_STDIN=
    case $name in
    mt)
        case $who in
        native) c=("$bindir/x86-64/mt" "$mtscale" "$n") ;;
        qemu) c=("$qemu" "$bindir/arm64/mt" "$mtscale" "$n") ;;
        ferry) c=("$ferry" "$bindir/arm64/mt" "$mtscale" "$n") ;;
        esac ;;
    xz-mt)
        # 8 blocks of 128 KiB: work for up to 8 threads.  The dictionary
        # is the block size: a larger one (-6: 8 MiB) costs each thread
        # the initialisation of its large match finder for every block,
        # which then dominates.
        local args=(-T"$n" '--lzma2=preset=6,dict=128KiB' --block-size=131072 -c)
        RUN_STDIN=$datadir/text-1M.txt
        case $who in
        # (-no-thunk: the translated liblzma on threads, not the host's)
        native) c=(/usr/bin/xz "${args[@]}") ;;
        qemu) c=("$qemu" -L "$sysroot" -0 /usr/bin/xz "$sysroot/usr/bin/xz" "${args[@]}") ;;
        ferry) c=("$ferry" -no-thunk -L "$sysroot" -0 /usr/bin/xz "$sysroot/usr/bin/xz" "${args[@]}") ;;
        esac ;;
    esac
}

tfmt='%-10s %7s %9s %7s %9s %7s %9s %7s %11s %13s\n'
trule() {
    printf "$tfmt" ---------- ------- --------- ------- --------- ------- --------- ------- ----------- -------------
}
# speedup BASE T: BASE/T, or "-"
speedup() { ratio "$1" "$2"; }

problems=()
failed=0
printf 'threads: the same work split over N threads, %d run(s) each, median wall time in seconds;\n' "$runs"
printf '  xN = time with %s thread(s) / time with N (this machine has %s CPUs)\n' "${counts[0]}" "$(nproc 2>/dev/null || echo ?)"
printf '  native: %s/x86-64/mt, /usr/bin/xz   qemu: %s   ferry: %s\n' "$bindir" "$qemu" "$ferry"
echo
printf "$tfmt" benchmark threads "native s" xN "qemu s" xN "ferry s" xN ferry/qemu ferry/native
trule

for name in "$@"; do
    case $name in
    mt) ;;
    xz-mt)
        if [ -z "$sysroot" ]; then
            echo "(xz-mt skipped: no Debian arm64 sysroot, see above)"
            continue
        fi
        if [ ! -x /usr/bin/xz ]; then
            problems+=("FAIL: xz-mt natively: /usr/bin/xz is not installed")
        fi ;;
    *)
        echo "bench: no threads row '$name'" >&2
        failed=1
        continue ;;
    esac
    base_n='' base_q='' base_f=''
    for n in "${counts[@]}"; do
        tn=() tq=() tf=()
        sn=ok sq=ok sf=ok
        [ "$name" = xz-mt ] && [ ! -x /usr/bin/xz ] && sn=FAIL
        tmo=${BENCH_TIMEOUT:-}
        for ((r = 1; r <= runs; r++)); do
            if [ $sn = ok ]; then
                cmd "$name" "$n" native
                run_one "$tmp/n" "${BENCH_TIMEOUT:-600}" "${c[@]}"
                if [ $RUN_RC -ne 0 ]; then
                    sn=FAIL
                    problems+=("FAIL: $name with $n thread(s) natively: $(why $RUN_RC "$tmp/n.err")")
                elif [ $r -eq 1 ]; then
                    mv "$tmp/n" "$tmp/ref"
                    tn+=("$RUN_T")
                    [ -n "$tmo" ] || tmo=$(awk -v t="$RUN_T" 'BEGIN { t = int(t * 100) + 1; print (t < 30) ? 30 : t }')
                elif ! cmp -s "$tmp/n" "$tmp/ref"; then
                    sn=MISMATCH
                    problems+=("MISMATCH: $name with $n thread(s) natively prints different output on run $r (not deterministic)")
                else
                    tn+=("$RUN_T")
                fi
            fi
            [ $sn = ok ] || break
            for who in qemu ferry; do
                if [ $who = qemu ]; then st=$sq runner=$qemu; else st=$sf runner=$ferry; fi
                [ $st = ok ] || continue
                cmd "$name" "$n" $who
                run_one "$tmp/$who" "$tmo" "${c[@]}"
                if [ $RUN_RC -ne 0 ]; then
                    st=FAIL
                    [ $RUN_RC -eq 124 ] || [ $RUN_RC -eq 137 ] && st=TIMEOUT
                    problems+=("$st: $name with $n thread(s) under $who ($runner): $(why $RUN_RC "$tmp/$who.err")")
                elif ! cmp -s "$tmp/$who" "$tmp/ref"; then
                    st=MISMATCH
                    problems+=("MISMATCH: $name with $n thread(s) under $who ($runner) prints different output from native (run $r):
$(cmp "$tmp/ref" "$tmp/$who" 2>&1 | head -1)")
                    echo "*** MISMATCH: $name -T$n under $who: output differs from native ***" >&2
                elif [ $who = qemu ]; then
                    tq+=("$RUN_T")
                else
                    tf+=("$RUN_T")
                fi
                if [ $who = qemu ]; then sq=$st; else sf=$st; fi
            done
        done
        RUN_STDIN=
        if [ "$verbose" = 1 ]; then
            echo "  $name N=$n runs: native ${tn[*]:-} | qemu ${tq[*]:-} | ferry ${tf[*]:-}" >&2
        fi
        mn=$(median "${tn[@]}") mq=$(median "${tq[@]}") mf=$(median "${tf[@]}")
        [ $sn = ok ] || mn=$sn
        [ $sq = ok ] || mq=$sq
        [ $sf = ok ] || mf=$sf
        [ $sn$sq$sf = okokok ] || failed=1
        if [ -z "$base_n" ]; then base_n=$mn base_q=$mq base_f=$mf; fi
        printf "$tfmt" "$name" "$n" "$mn" "$(speedup "$base_n" "$mn")" "$mq" "$(speedup "$base_q" "$mq")" \
            "$mf" "$(speedup "$base_f" "$mf")" "$(ratio "$mf" "$mq")" "$(ratio "$mf" "$mn")"
    done
done
trule

if [ ${#problems[@]} -gt 0 ]; then
    echo
    echo "!!! ${#problems[@]} problem(s):"
    for p in "${problems[@]}"; do
        echo "!!! $p"
    done
fi
if [ $failed -ne 0 ]; then
    echo
    echo "bench: threads FAILED (see problems above)"
    exit 1
fi
exit 0
