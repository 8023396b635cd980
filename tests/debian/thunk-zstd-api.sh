#!/usr/bin/env bash
# Host-library thunks: a C program calling every function libzstd.so.1
# exports (zstd-api/zstd-api.c: one-shot, context and streaming coding,
# dictionaries and their training, custom allocators, parameter sets,
# static workspaces, buffer-less and block coding, sequences and a
# sequence producer callback, skippable and magicless frames, worker
# threads, errors; structs passed and returned by value), built with
# Debian's arm64 gcc and libzstd-dev from the sysroot (the host's gcc for
# the native run), then run; under ferry with FERRY_THUNKS=zstd, so every
# call goes to the host's libzstd, and the thunk log must show
# libzstd.so.1 thunked (the other runners print that line as it is).
# debian-test: arch-independent
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cp "$here/zstd-api/zstd-api.c" .
step build
# -l:libzstd.so.1, not -lzstd: libzstd-dev's libzstd.so is an absolute
# symlink, which the host resolves outside the sysroot.
if [ "$runner" = qemu ]; then
    # qemu-aarch64 cannot run the sysroot's gcc (its execve of cc1 goes to
    # the host's paths): the cross compiler builds the same program.
    aarch64-linux-gnu-gcc -std=c17 -O2 -I"$sysroot/usr/include" -o zstd-api zstd-api.c \
        "$sysroot/usr/lib/aarch64-linux-gnu/libzstd.so.1"; status
else
    run gcc -std=c17 -O2 -o zstd-api zstd-api.c -l:libzstd.so.1; status
fi
step run
case $runner in
native) ./zstd-api; status; echo "translated library: same output" ;;
qemu) "${emu[@]}" -L "$sysroot" ./zstd-api; status; echo "translated library: same output" ;;
ferry)
    FERRY_THUNKS=zstd QEMU_LOG=thunk QEMU_LOG_FILENAME=$PWD/thunk.log "${emu[@]}" -L "$sysroot" ./zstd-api >on.txt
    echo "exit $?" >>on.txt
    cat on.txt
    # The same program with the guest's own library, translated: the
    # same output (the other runners print that line as it is).
    FERRY_NO_THUNK=1 "${emu[@]}" -L "$sysroot" ./zstd-api >off.txt
    echo "exit $?" >>off.txt
    if cmp -s on.txt off.txt; then echo "translated library: same output"; else
        echo "translated library: different output"; diff on.txt off.txt | head -n 5; fi ;;
esac
# The calls looked for: a struct returned by value (ZSTD_cParam_getBounds,
# ZSTD_getFrameProgression), structs passed by value (ZSTD_customMem with
# its callbacks, ZDICT_cover_params_t with a double, ZDICT_params_t after
# seven integer arguments), and the nine-argument sequence producer.
if [ "$runner" = ferry ]; then
    missing=
    for f in ZSTD_cParam_getBounds ZSTD_getFrameProgression ZSTD_createCCtx_advanced \
        ZDICT_trainFromBuffer_cover ZDICT_finalizeDictionary ZSTD_registerSequenceProducer \
        ZSTD_compressStream2; do
        grep -q "^thunk: $f(" thunk.log || missing+=" $f"
    done
    if grep -q 'libzstd.so.1): thunked' thunk.log && [ -z "$missing" ]; then
        echo "zstd thunked: yes"
    else
        echo "zstd thunked: no${missing:+ (no call of$missing)}"; head -n 3 thunk.log
    fi
else
    echo "zstd thunked: yes"
fi
