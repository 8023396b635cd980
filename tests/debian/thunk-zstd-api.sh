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
thunk_api_build zstd-api libzstd.so.1 -std=c17 -O2
thunk_api_run zstd zstd-api
# The calls looked for: a struct returned by value (ZSTD_cParam_getBounds,
# ZSTD_getFrameProgression), structs passed by value (ZSTD_customMem with
# its callbacks, ZDICT_cover_params_t with a double, ZDICT_params_t after
# seven integer arguments), and the nine-argument sequence producer.
thunk_api_check zstd libzstd.so.1 ZSTD_cParam_getBounds ZSTD_getFrameProgression \
    ZSTD_createCCtx_advanced ZDICT_trainFromBuffer_cover ZDICT_finalizeDictionary \
    ZSTD_registerSequenceProducer ZSTD_compressStream2
