#!/usr/bin/env bash
# Host-library thunks: a C program calling every function of libbz2.so.1.0
# a program can call (bz2-api/bz2-api.c: streams with custom allocators,
# one-shot buffers, the BZFILE functions, which run as guest code and call
# the stream functions on the host, Huffman helpers, error paths), built
# with Debian's arm64 gcc and libbz2-dev from the sysroot (the host's gcc
# for the native run), then run; under ferry with FERRY_THUNKS=bz2, and
# the thunk log must show libbz2 thunked, a stream call from the guest's
# BZ2_bzRead, and the allocator callbacks (the other runners print that
# line as it is).
# debian-test: arch-independent
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cp "$here/bz2-api/bz2-api.c" .
step build
# -l:libbz2.so.1.0, not -lbz2: libbz2-dev's libbz2.so is an absolute symlink
# (/lib/aarch64-linux-gnu/...), which the host resolves outside the
# sysroot, so the linker would fall back to libbz2.a.
if [ "$runner" = qemu ]; then
    # qemu-aarch64 cannot run the sysroot's gcc (its execve of cc1 goes to
    # the host's paths): the cross compiler builds the same program.
    aarch64-linux-gnu-gcc -O2 -I"$sysroot/usr/include" -o bz2-api bz2-api.c \
        "$sysroot/usr/lib/aarch64-linux-gnu/libbz2.so.1.0"; status
else
    run gcc -O2 -o bz2-api bz2-api.c -l:libbz2.so.1.0; status
fi
step run
case $runner in
native) ./bz2-api "$PWD"; status; echo "translated library: same output" ;;
qemu) "${emu[@]}" -L "$sysroot" ./bz2-api "$PWD"; status; echo "translated library: same output" ;;
ferry)
    FERRY_THUNKS=bz2 QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk.log "${emu[@]}" -L "$sysroot" ./bz2-api "$PWD" >on.txt
    echo "exit $?" >>on.txt
    cat on.txt
    # The same program with the guest's own library, translated: the
    # same output (the other runners print that line as it is).
    FERRY_NO_THUNK=1 "${emu[@]}" -L "$sysroot" ./bz2-api "$PWD" >off.txt
    echo "exit $?" >>off.txt
    if cmp -s on.txt off.txt; then echo "translated library: same output"; else
        echo "translated library: different output"; diff on.txt off.txt | head -n 5; fi ;;
esac
if [ "$runner" = ferry ]; then
    if grep -q 'libbz2.so.1.0): thunked' thunk.log && grep -q '^thunk: BZ2_bzDecompress(' thunk.log &&
        grep -q '^thunk: BZ2_hbCreateDecodeTables(' thunk.log; then
        echo "bz2 thunked: yes"
    else
        echo "bz2 thunked: no"; head -n 3 thunk.log
    fi
else
    echo "bz2 thunked: yes"
fi
