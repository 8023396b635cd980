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
thunk_api_build zlib-api libz.so.1 -O2
thunk_api_run zlib zlib-api
thunk_api_check zlib libz.so.1 gzvprintf inflateBack
