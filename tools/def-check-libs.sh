#!/bin/bash
# def-check-libs.sh - tools/def-check.sh on every library of libs/ (or the
# NAMEs given), with the headers libs/headers.txt lists, as the guest sees
# them: aarch64-linux-gnu-gcc --sysroot=SYSROOT.
#
#   tools/def-check-libs.sh [--sysroot DIR] [NAME...]
#
# SYSROOT defaults to build/debian/sysroot (tools/debian-sysroot.sh makes
# it).  A library without a line in libs/headers.txt, or whose headers are
# not there, is a "SKIP NAME: why" line.  Exit status 1 if any check failed.
set -uo pipefail
cd "$(dirname "$0")/.."
sysroot=build/debian/sysroot
if [ "${1:-}" = --sysroot ]; then
    sysroot=$2
    shift 2
fi
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for d in libs/*.def; do
        names+=("$(basename "$d" .def)")
    done
fi
cc=aarch64-linux-gnu-gcc
status=0
for name in "${names[@]}"; do
    def=libs/$name.def
    if [ ! -f "$def" ]; then
        echo "def-check-libs: $def: no such file" >&2
        status=1
        continue
    fi
    line=$(awk -v n="$name" '$1 == n' libs/headers.txt)
    if [ -z "$line" ]; then
        echo "SKIP $name: no line in libs/headers.txt"
        continue
    fi
    read -r -a words <<<"$line"
    headers=()
    flags=()
    missing=""
    sep=0
    for w in "${words[@]:1}"; do
        if [ "$w" = -- ]; then
            sep=1
        elif [ $sep = 1 ]; then
            flags+=("$w")
        elif [[ $w == */* && -f $w ]] || [ -f "$sysroot/usr/include/$w" ]; then
            headers+=("$w")
        else
            missing="$missing $w"
        fi
    done
    if [ -n "$missing" ]; then
        echo "SKIP $name: header(s)$missing not in $sysroot/usr/include"
        continue
    fi
    if ! command -v $cc >/dev/null; then
        echo "SKIP $name: no $cc"
        continue
    fi
    sysflag=()
    [ -d "$sysroot/usr/include" ] && sysflag=(--sysroot="$sysroot")
    DEF_CHECK_CC=$cc bash tools/def-check.sh "$def" "${headers[@]}" -- "${sysflag[@]}" "${flags[@]}" || status=1
done
exit $status
