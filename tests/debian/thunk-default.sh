#!/usr/bin/env bash
# Host-library thunks are on by default (zlib, libbz2, liblzma, libzstd) where the
# host's copy is the guest's release (docs/thunks.md, "Default"), and off
# with -no-thunk or FERRY_NO_THUNK, for the program and for what it execs
# (the exec'd ferry is told).  A host copy of another release (here: the
# host's libz under a different file name, through FERRY_THUNK_PATH) is
# refused by default and used when asked for by name (FERRY_THUNKS).
# ferry-static thunks nothing unless asked.  Checked from ferry's -d thunk
# log; python3's zlib module is the guest.
# qemu and the native programs have no thunks: they print the expected
# answers as they are.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

prog='import zlib, subprocess, sys
print(zlib.crc32(b"ferry"))
if len(sys.argv) > 1:
    subprocess.run([sys.executable, "-c", "import zlib; print(zlib.adler32(b\"ferry\"))"])'

# count LOG: how many ferry runs thunked libz (parent, exec'd child).
count() { grep -c 'libz.so.1): thunked' "$1"; }

check() { # NAME EXPECTED LOG -- the guest's output goes to stdout as it is
    local name=$1 want=$2 log=$3
    if [ "$runner" = ferry ]; then
        local got; got=$(count "$log")
        [ "$got" = "$want" ] && echo "$name: yes" || { echo "$name: no ($got runs thunked, not $want)"; head -n 5 "$log"; }
    else
        echo "$name: yes"
    fi
}

# logged LOG PROG ARGS...: run with ferry's -d thunk log in LOG (qemu
# knows no such log item).
logged() {
    local log=$1
    shift
    if [ "$runner" = ferry ]; then
        QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/$log run "$@"
    else
        run "$@"
    fi
}

step by default, and through exec
logged a.log python3.11 -c "$prog" exec; status
check "thunked by default, in the program and the one it runs" 2 a.log
step -no-thunk
if [ "$runner" = ferry ]; then
    "${emu[@]}" -no-thunk -d thunk -D "$PWD/b.log" -L "$sysroot" -0 /usr/bin/python3.11 \
        "$sysroot/usr/bin/python3.11" -c "$prog" exec; status
else
    run python3.11 -c "$prog" exec; status
fi
check "-no-thunk, for both" 0 b.log
step FERRY_NO_THUNK
FERRY_NO_THUNK=1 logged c.log python3.11 -c "$prog"; status
check "FERRY_NO_THUNK" 0 c.log
step another release
mkdir other
for d in /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu; do
    [ -e $d/libz.so.1 ] && { cp "$(readlink -f $d/libz.so.1)" other/libz.so.1; break; }
done
FERRY_THUNK_PATH=$PWD/other logged d.log python3.11 -c "$prog"; status
check "another release: emulated by default" 0 d.log
if [ "$runner" = ferry ]; then
    grep -q 'the host libz.so.1: emulated' d.log && echo "and -d thunk says why: yes" ||
        { echo "and -d thunk says why: no"; head -n 5 d.log; }
else
    echo "and -d thunk says why: yes"
fi
FERRY_THUNKS=zlib FERRY_THUNK_PATH=$PWD/other logged e.log python3.11 -c "$prog"; status
check "another release: thunked when asked for" 1 e.log
step ferry-static
# A statically linked ferry's dlopen can load only its own glibc's
# libraries: it thunks nothing by default, and what is asked for still.
static=${emu[0]%/*}/ferry-static
static_run() { # LOG [VAR=VALUE...]: python through ferry-static, or as the others run it
    local log=$1
    shift
    if [ "$runner" = ferry ] && [ -x "$static" ]; then
        env "$@" QEMU_LOG=thunk QEMU_LOG_FILENAME="$PWD/$log" "$static" -L "$sysroot" \
            -0 /usr/bin/python3.11 "$sysroot/usr/bin/python3.11" -c "$prog"
    else
        run python3.11 -c "$prog"
    fi
}
static_run f.log; status
static_run g.log FERRY_THUNKS=zlib; status
if [ "$runner" = ferry ] && [ -x "$static" ]; then
    check "ferry-static: no library by default" 0 f.log
    check "ferry-static: zlib when asked for" 1 g.log
else
    echo "ferry-static: no library by default: yes"
    echo "ferry-static: zlib when asked for: yes"
fi
