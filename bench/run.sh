#!/usr/bin/env bash
# Run ferry's benchmarks natively, under qemu and under ferry, check that
# all three print the same output, and print a table of median wall times.
#
# usage: bench/run.sh BINDIR KIND:NAME...
#   BINDIR holds x86-64/NAME (native build) and arm64/NAME (static guest).
#   KIND is "int" or "fp" (only used for labelling and the geomean rows).
# environment:
#   FERRY         emulator under test      (default build/ferry)
#   QEMU          reference emulator       (default qemu-aarch64)
#   BENCH_RUNS    runs per program per runner (default 5; median reported)
#   BENCH_TIMEOUT seconds before an emulated run is killed
#                 (default max(30, 100 x the first native run))
#   BENCH_ARGS    extra arguments for every benchmark (argv[1] = work scale)
#   BENCH_VERBOSE =1 prints every individual run time
# exit status: 0 if every run of every runner succeeded with matching
# output, 1 otherwise (the table is still printed in full).
set -u
export LC_ALL=C

if [ $# -lt 2 ]; then
    echo "usage: $0 BINDIR KIND:NAME..." >&2
    exit 2
fi
bindir=$1
shift
runs=${BENCH_RUNS:-5}
ferry=${FERRY:-build/ferry}
qemu=${QEMU:-qemu-aarch64}
verbose=${BENCH_VERBOSE:-0}
read -r -a extra <<<"${BENCH_ARGS:-}"
case $runs in '' | *[!0-9]* | 0)
    echo "bench: BENCH_RUNS must be a positive integer, not '$runs'" >&2
    exit 2 ;;
esac

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ferry-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

find_runner "$qemu" || echo "bench: QEMU '$qemu' not found or not executable" >&2
find_runner "$ferry" || echo "bench: FERRY '$ferry' not found or not executable" >&2

problems=()
failed=0
rows=()   # "kind native qemu ferry" for the geomean rows

fmt=$bench_fmt
printf 'ferry benchmarks: %d run(s) each, median wall time in seconds\n' "$runs"
printf '  native: %s/x86-64/*   qemu: %s   ferry: %s\n' "$bindir" "$qemu" "$ferry"
[ ${#extra[@]} -gt 0 ] && printf '  benchmark arguments: %s\n' "${extra[*]}"
echo
bench_header

for spec in "$@"; do
    kind=${spec%%:*}
    name=${spec#*:}
    nat=$bindir/x86-64/$name
    arm=$bindir/arm64/$name
    tn=() tq=() tf=()
    sn=ok sq=ok sf=ok
    tmo=${BENCH_TIMEOUT:-}
    for ((r = 1; r <= runs; r++)); do
        # native first: its first output is the reference
        if [ $sn = ok ]; then
            run_one "$tmp/n" "${BENCH_TIMEOUT:-600}" "$nat" "${extra[@]}"
            if [ $RUN_RC -ne 0 ]; then
                sn=FAIL
                problems+=("FAIL: $name natively: $(why $RUN_RC "$tmp/n.err")")
            elif [ $r -eq 1 ]; then
                cp "$tmp/n" "$tmp/ref"
                tn+=("$RUN_T")
                [ -n "$tmo" ] || tmo=$(awk -v t="$RUN_T" 'BEGIN { t = int(t * 100) + 1; print (t < 30) ? 30 : t }')
            elif ! cmp -s "$tmp/n" "$tmp/ref"; then
                sn=MISMATCH
                problems+=("MISMATCH: $name natively prints different output on run $r (benchmark is not deterministic):
$(diff "$tmp/ref" "$tmp/n" | head -20)")
            else
                tn+=("$RUN_T")
            fi
        fi
        [ $sn = ok ] || break   # no reference output: nothing to compare against
        for who in qemu ferry; do
            if [ $who = qemu ]; then st=$sq runner=$qemu; else st=$sf runner=$ferry; fi
            [ $st = ok ] || continue   # give up on a runner after its first failure
            run_one "$tmp/$who" "$tmo" "$runner" "$arm" "${extra[@]}"
            if [ $RUN_RC -ne 0 ]; then
                st=FAIL
                [ $RUN_RC -eq 124 ] || [ $RUN_RC -eq 137 ] && st=TIMEOUT
                problems+=("$st: $name under $who ($runner): $(why $RUN_RC "$tmp/$who.err")")
            elif ! cmp -s "$tmp/$who" "$tmp/ref"; then
                st=MISMATCH
                problems+=("MISMATCH: $name under $who ($runner) prints different output from native (run $r):
$(diff "$tmp/ref" "$tmp/$who" | head -20)")
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
    printf "$fmt" "$name" "$kind" "$mn" "$mq" "$mf" "$(ratio "$mf" "$mq")" "$(ratio "$mf" "$mn")"
    rows+=("$kind $mn $mq $mf")
done

# Geometric means of the ratios over benchmarks where all three succeeded.
bench_rule
printf '%s\n' "${rows[@]}" | bench_geomeans "int fp"
# For the line over both tables at the end of real.sh.
[ -n "$BENCH_ROWS_FILE" ] && printf '%s\n' "${rows[@]}" >>"$BENCH_ROWS_FILE"

if [ ${#problems[@]} -gt 0 ]; then
    echo
    echo "!!! ${#problems[@]} problem(s):"
    for p in "${problems[@]}"; do
        echo "!!! $p"
    done
fi
if [ $failed -ne 0 ]; then
    echo
    echo "bench: FAILED (see problems above)"
    exit 1
fi
exit 0
