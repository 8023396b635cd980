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
thunk_api_build bz2-api libbz2.so.1.0 -O2
thunk_api_run bz2 bz2-api "$PWD"
thunk_api_check bz2 libbz2.so.1.0 BZ2_bzDecompress BZ2_hbCreateDecodeTables
