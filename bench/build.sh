#!/bin/bash
# bench/build.sh - a build under emulation, timed (`make bench-compile`):
# Debian's arm64 make runs `make -s -j2 check` on tests/debian/build-project
# (gcc, cc1, as, collect2, ld, ar and dash: every one an arm64 program
# started by another) inside a chroot of the Debian test sysroot, with the
# arm64 programs run by ferry-static, then by qemu-aarch64-static, each
# registered in a binfmt_misc instance of its own (tests/tools/binfmt-ns:
# the machine's registrations are never touched); and natively with the
# host's make and gcc.  qemu needs binfmt_misc for this: without it, its
# execve of /bin/sh would start the host's shell and compiler.
#
# Usage: bench/build.sh BUILD [RUNS]   (root, Linux 6.7+)
set -u
PATH=$PATH:/usr/sbin:/sbin
build=$(cd "${1:-build}" && pwd)
runs=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
sysroot=$build/debian/sysroot
qemu=${QEMU_STATIC:-/usr/bin/qemu-aarch64-static}

if [ "${3:-}" = --inside ]; then
    emu=$4 bm=$5
    # qemu's entry for aarch64 (magic and mask as ferry's), flags OCF.
    if [ "$emu" = ferry ]; then
        "$build/ferry-static" --install-binfmt --binfmt-dir "$bm" --binfmt-flags POCF >/dev/null || exit 1
    else
        printf ':qemu-aarch64:M::%s:%s:%s:OCF' \
            '\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00' \
            '\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff' \
            "$qemu" >"$bm/register" || exit 1
    fi
    mkdir -p "$sysroot/proc" "$sysroot/dev" "$sysroot/tmp"
    mount --rbind /proc "$sysroot/proc" && mount --rbind /dev "$sysroot/dev" &&
        mount -t tmpfs tmpfs "$sysroot/tmp" || exit 1
    cp -r "$here/tests/debian/build-project" "$sysroot/tmp/p"
    for ((i = 0; i < runs; i++)); do
        chroot "$sysroot" /usr/bin/env -i PATH=/usr/bin:/bin sh -c \
            'cd /tmp/p && make -s clean && s=$(date +%s.%N) && make -s -j2 check >/tmp/out.txt &&
             e=$(date +%s.%N) && echo "$s $e"' || exit 1
    done
    exit 0
fi

[ "$(id -u)" = 0 ] || { echo "bench/build.sh: needs root (chroot, binfmt_misc)" >&2; exit 77; }
[ -x "$sysroot/usr/bin/gcc" ] || bash "$here/tools/debian-sysroot.sh" --quiet || exit 1
[ -x "$qemu" ] || { echo "bench/build.sh: no $qemu (apt-get install qemu-user-static)" >&2; exit 1; }

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
time_runs() { # lines "start end" -> median seconds
    awk '{printf "%.3f\n", $2 - $1}' | median
}

declare -A t
for emu in ferry qemu; do
    bm=$(mktemp -d /tmp/ferry-bench-bm.XXXXXX)
    out=$("$build/tests/tools/binfmt-ns" "$bm" bash "$0" "$build" "$runs" --inside "$emu" "$bm") ||
        { echo "bench/build.sh: the $emu run failed" >&2; rmdir "$bm"; exit 1; }
    rmdir "$bm"
    t[$emu]=$(time_runs <<<"$out")
done
work=$(mktemp -d /tmp/ferry-bench-native.XXXXXX)
cp -r "$here/tests/debian/build-project" "$work/p"
t[native]=$(for ((i = 0; i < runs; i++)); do
    (cd "$work/p" && make -s clean && s=$(date +%s.%N) && make -s -j2 check >/dev/null &&
        e=$(date +%s.%N) && echo "$s $e")
done | time_runs)
rm -rf "$work"

echo "build under emulation: make -s -j2 check of tests/debian/build-project (gcc -O2, 6 compiles"
echo "and links, ar, 4 program runs), median of $runs, seconds"
printf '%-8s %9s %9s %9s %11s %13s\n' what native qemu ferry ferry/qemu ferry/native
printf '%-8s %9s %9s %9s %11s %13s\n' -------- --------- --------- --------- ----------- -------------
printf '%-8s %9.3f %9.3f %9.3f %11.2f %13.2f\n' build "${t[native]}" "${t[qemu]}" "${t[ferry]}" \
    "$(echo "${t[ferry]} / ${t[qemu]}" | bc -l)" "$(echo "${t[ferry]} / ${t[native]}" | bc -l)"
