#!/usr/bin/env bash
# Host-library thunks: a C program calling every function liblzma.so.5
# exports (lzma-api/lzma-api.c: .xz, .lzma, raw, lzip and MicroLZMA
# coders, one-shot and streaming, the multithreaded encoder and decoder,
# blocks, indexes, filter strings, lzma_file_info_decoder, counting
# allocators as lzma_stream.allocator and as arguments, error paths),
# built with Debian's arm64 gcc and liblzma-dev from the sysroot (the
# host's gcc for the native run), then run; under ferry with
# FERRY_THUNKS=lzma, so every call goes to the host's liblzma, and the
# thunk log must show liblzma.so.5 thunked and all 99 functions that are
# not GUEST lines of libs/lzma.def called
# (the other runners print those lines as they are).
# debian-test: arch-independent
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cp "$here/lzma-api/lzma-api.c" .
step build
# -l:liblzma.so.5, not -llzma: liblzma-dev's liblzma.so is an absolute
# symlink (/lib/aarch64-linux-gnu/...), which the host resolves outside
# the sysroot, so the linker would fall back to liblzma.a.
flags=(-std=c17 -O2 -Wall -Wextra -Werror)
if [ "$runner" = qemu ]; then
    # qemu-aarch64 cannot run the sysroot's gcc (its execve of cc1 goes to
    # the host's paths): the cross compiler builds the same program.
    aarch64-linux-gnu-gcc "${flags[@]}" -I"$sysroot/usr/include" -o lzma-api lzma-api.c \
        "$sysroot/usr/lib/aarch64-linux-gnu/liblzma.so.5"; status
else
    run gcc "${flags[@]}" -o lzma-api lzma-api.c -l:liblzma.so.5; status
fi
step run
case $runner in
native) ./lzma-api; status; echo "translated library: same output" ;;
qemu) "${emu[@]}" -L "$sysroot" ./lzma-api; status; echo "translated library: same output" ;;
ferry)
    FERRY_THUNKS=lzma QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk.log "${emu[@]}" -L "$sysroot" ./lzma-api >on.txt
    echo "exit $?" >>on.txt
    cat on.txt
    # The same program with the guest's own library, translated: the
    # same output (the other runners print that line as it is).
    FERRY_NO_THUNK=1 "${emu[@]}" -L "$sysroot" ./lzma-api >off.txt
    echo "exit $?" >>off.txt
    if cmp -s on.txt off.txt; then echo "translated library: same output"; else
        echo "translated library: different output"; diff on.txt off.txt | head -n 5; fi ;;
esac
if [ "$runner" = ferry ]; then
    if grep -q 'liblzma.so.5): thunked' thunk.log && grep -q '^thunk: lzma_stream_encoder_mt(' thunk.log &&
        grep -q '^thunk: lzma_index_encoder(' thunk.log && grep -q '^thunk: lzma_file_info_decoder(' thunk.log; then
        echo "liblzma thunked: yes"
    else
        echo "liblzma thunked: no"; head -n 3 thunk.log
    fi
    echo "functions called through thunks: $(sed -n 's/^thunk: \(lzma_[a-z0-9_]*\)(.*/\1/p' thunk.log | sort -u | wc -l)"
else
    echo "liblzma thunked: yes"
    echo "functions called through thunks: 99"
fi
