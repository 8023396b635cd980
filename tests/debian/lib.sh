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

# --- host-library thunk API programs (thunk-*-api.sh) --------------------------
# thunk_api_build PROG SONAME [CFLAGS...]: build PROG.c against the
# library's real soname file.  -l:SONAME, not -lNAME: the -dev packages'
# libNAME.so are absolute symlinks (/lib/aarch64-linux-gnu/...), which the
# host resolves outside the sysroot, so the linker would take the .a.
# qemu-aarch64 cannot run the sysroot's gcc (its execve of cc1 goes to the
# host's paths): for it the cross compiler builds the same program.
thunk_api_build() {
    local prog=$1 soname=$2
    shift 2
    step build
    if [ "$runner" = qemu ]; then
        aarch64-linux-gnu-gcc "$@" -I"$sysroot/usr/include" -o "$prog" "$prog.c" \
            "$sysroot/usr/lib/aarch64-linux-gnu/$soname"
    else
        run gcc "$@" -o "$prog" "$prog.c" -l:"$soname"
    fi
    status
}

# thunk_api_run LIB PROG [ARGS...]: run ./PROG; under ferry with
# FERRY_THUNKS=LIB and the thunk log in thunk.log, then again with the
# guest's own library translated (FERRY_NO_THUNK), which must print the
# same (the other runners print that line as it is).
thunk_api_run() {
    local lib=$1 prog=$2
    shift 2
    step run
    case $runner in
    native) "./$prog" "$@"; status ;;
    qemu) "${emu[@]}" -L "$sysroot" "./$prog" "$@"; status ;;
    ferry)
        FERRY_THUNKS=$lib QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk.log \
            "${emu[@]}" -L "$sysroot" "./$prog" "$@" >on.txt
        echo "exit $?" >>on.txt
        cat on.txt
        FERRY_NO_THUNK=1 "${emu[@]}" -L "$sysroot" "./$prog" "$@" >off.txt
        echo "exit $?" >>off.txt ;;
    esac
    if [ "$runner" != ferry ] || cmp -s on.txt off.txt; then
        echo "translated library: same output"
    else
        echo "translated library: different output"; diff on.txt off.txt | head -n 5
    fi
}

# thunk_api_check LABEL SONAME FUNCTION...: under ferry, the thunk log must
# show SONAME thunked and a call of each FUNCTION; prints "LABEL thunked:
# yes" (the other runners print it as it is).
thunk_api_check() {
    local label=$1 soname=$2 missing= f
    shift 2
    if [ "$runner" = ferry ]; then
        for f in "$@"; do
            grep -q "^thunk: $f(" thunk.log || missing+=" $f"
        done
        if grep -q "$soname): thunked" thunk.log && [ -z "$missing" ]; then
            echo "$label thunked: yes"
        else
            echo "$label thunked: no${missing:+ (no call of$missing)}"; head -n 3 thunk.log
        fi
    else
        echo "$label thunked: yes"
    fi
}
