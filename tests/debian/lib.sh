# shellcheck shell=bash
# tests/debian/lib.sh - sourced by every workload in tests/debian/*.sh.
#
# A workload is a bash script run on the host; each program it tests runs
# through `run PROG ARGS...`, which starts the arm64 Debian program under the
# emulator or, for the native comparison, the host's own amd64 program:
#
#   DEBIAN_RUNNER=ferry|qemu  "$DEBIAN_EMU" -L "$DEBIAN_SYSROOT" \
#                               -0 /usr/bin/PROG "$DEBIAN_SYSROOT/usr/bin/PROG" ARGS...
#   DEBIAN_RUNNER=native      /usr/bin/PROG ARGS...  (argv[0] /usr/bin/PROG too)
#
# so argv[0] is the same everywhere and error messages compare equal.  Only
# the programs run through `run` are under test; the script's own plumbing
# (pipes, redirections, printf, mkdir) is the host's bash.  Each workload
# works in a fresh folder below $TMPDIR (the three runs of one workload run
# in parallel) and prints only deterministic text: no times, pids or paths.
#
# Programs run this way may start others (spawn.sh, shells.sh): an arm64
# child found in the sysroot runs under the emulator again.
#
# A header comment read by tests/lib/debian.tcl:
#   # debian-test: arch-independent   output must also equal the native run
# (the native run needs every program named by a `run PROG` in the script
# in the host's /usr/bin; tests/lib/debian.tcl finds them by that pattern).

set -u
export LC_ALL=C LANG=C TZ=UTC
# Reproducible python and perl: no hash randomisation, and no .pyc files
# written (the sysroot's are precompiled; others would land on the host).
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0

runner=${DEBIAN_RUNNER:?DEBIAN_RUNNER must be ferry, qemu or native}
sysroot=${DEBIAN_SYSROOT:-}
read -r -a emu <<<"${DEBIAN_EMU:-}"
case $runner in
native) ;;
*)
    [ ${#emu[@]} -gt 0 ] || { echo "DEBIAN_EMU is not set" >&2; exit 2; }
    [ -d "$sysroot/usr/bin" ] || { echo "DEBIAN_SYSROOT '$sysroot' has no usr/bin" >&2; exit 2; }
    # The workload changes directory: make relative paths absolute.
    sysroot=$(cd "$sysroot" && pwd)
    [[ ${emu[0]} == */* && ${emu[0]} != /* ]] && emu[0]=$PWD/${emu[0]}
    ;;
esac

run() {
    local prog=$1
    shift
    if [ "$runner" = native ]; then
        (exec -a "/usr/bin/$prog" "/usr/bin/$prog" "$@")
    else
        "${emu[@]}" -L "$sysroot" -0 "/usr/bin/$prog" "$sysroot/usr/bin/$prog" "$@"
    fi
}

# Print a section header, so that a diff names the step.
step() { echo "== $*"; }

# Print the exit status of the previous command (for steps that may fail).
status() { echo "exit $?"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/debian-$(basename "$0" .sh).XXXXXX") || exit 2
trap 'cd / && rm -rf "$work"' EXIT
cd "$work" || exit 2

# Deterministic pseudo-random text: N lines of words from a small LCG
# (bash arithmetic, so it does not depend on any program under test).
lcg_words() {
    local n=$1 seed=${2:-12345} i j w line
    local words=(alpha bravo charlie delta echo foxtrot golf hotel india juliet
        kilo lima mike november oscar papa quebec romeo sierra tango uniform
        victor whiskey xray yankee zulu)
    for ((i = 0; i < n; i++)); do
        line=""
        for ((j = 0; j < 4; j++)); do
            seed=$(((seed * 1103515245 + 12345) & 0x7fffffff))
            w=${words[(seed >> 16) % 26]}
            line+="$w$(((seed >> 4) % 1000)) "
        done
        echo "${line% }"
    done
}
