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
thunk_api_build lzma-api liblzma.so.5 -std=c17 -O2 -Wall -Wextra -Werror
thunk_api_run lzma lzma-api
thunk_api_check liblzma liblzma.so.5 lzma_stream_encoder_mt lzma_index_encoder lzma_file_info_decoder
if [ "$runner" = ferry ]; then
    echo "functions called through thunks: $(sed -n 's/^thunk: \(lzma_[a-z0-9_]*\)(.*/\1/p' thunk.log | sort -u | wc -l)"
else
    echo "functions called through thunks: 99"
fi
