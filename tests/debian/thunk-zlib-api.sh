#!/usr/bin/env bash
# Host-library thunks: a C program calling every function libz.so.1
# exports (zlib-api/zlib-api.c: streams with custom allocators, headers,
# dictionaries, inflateBack's callbacks, the gz* file functions, gzprintf
# and gzvprintf), built with Debian's arm64 gcc and zlib1g-dev from the
# sysroot (the host's gcc for the native run), then run; under ferry with
# FERRY_THUNKS=zlib, so every call goes to the host's libz, and the thunk
# log must show libz.so.1 thunked (the other runners print that line as
# it is).
# debian-test: arch-independent
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cp "$here/zlib-api/zlib-api.c" .
step build
# -l:libz.so.1, not -lz: zlib1g-dev's libz.so is an absolute symlink
# (/lib/aarch64-linux-gnu/...), which the host resolves outside the
# sysroot, so the linker would fall back to libz.a.
if [ "$runner" = qemu ]; then
    # qemu-aarch64 cannot run the sysroot's gcc (its execve of cc1 goes to
    # the host's paths): the cross compiler builds the same program.
    aarch64-linux-gnu-gcc -O2 -I"$sysroot/usr/include" -o zlib-api zlib-api.c \
        "$sysroot/usr/lib/aarch64-linux-gnu/libz.so.1"; status
else
    run gcc -O2 -o zlib-api zlib-api.c -l:libz.so.1; status
fi
step run
case $runner in
native) ./zlib-api; status; echo "translated library: same output" ;;
qemu) "${emu[@]}" -L "$sysroot" ./zlib-api; status; echo "translated library: same output" ;;
ferry)
    FERRY_THUNKS=zlib QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk.log "${emu[@]}" -L "$sysroot" ./zlib-api >on.txt
    echo "exit $?" >>on.txt
    cat on.txt
    # The same program with the guest's own library, translated: the
    # same output (the other runners print that line as it is).
    FERRY_NO_THUNK=1 "${emu[@]}" -L "$sysroot" ./zlib-api >off.txt
    echo "exit $?" >>off.txt
    if cmp -s on.txt off.txt; then echo "translated library: same output"; else
        echo "translated library: different output"; diff on.txt off.txt | head -n 5; fi ;;
esac
if [ "$runner" = ferry ]; then
    if grep -q 'libz.so.1): thunked' thunk.log && grep -q '^thunk: gzvprintf(' thunk.log &&
        grep -q '^thunk: inflateBack(' thunk.log; then
        echo "zlib thunked: yes"
    else
        echo "zlib thunked: no"; head -n 3 thunk.log
    fi
else
    echo "zlib thunked: yes"
fi
