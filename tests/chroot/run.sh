#!/bin/bash
# tests/chroot/run.sh - the arm64 chroot workflow under ferry, as a user
# would run it (docs/chroot.md), checked step by step:
#
#  1. debootstrap --foreign --arch=arm64 --variant=minbase bookworm: the
#     first stage, on the host (downloads and unpacks; cached in
#     build/chroot/);
#  2. in a user and mount namespace of its own with a private binfmt_misc
#     (tests/tools/binfmt-ns, Linux 6.7+; the machine's registrations are
#     never touched), build/ferry-static registered with the flags POCF;
#  3. debootstrap's second stage inside the chroot: dpkg configures every
#     package, running maintainer scripts (sh, perl-base, useradd...),
#     all arm64 programs started by arm64 programs;
#  4. then, in the chroot: a shell session (bash -c scripts with pipes and
#     substitutions), uname and dpkg saying arm64, a package built with
#     dpkg-deb and installed with dpkg -i (its postinst runs) and removed,
#     apt-get install of a local .deb from the package cache, and
#     busybox from it.  (Builds under emulation: tests/debian/build.sh.)
#
# Usage: tests/chroot/run.sh [BUILD]   (as root; `make test-chroot`)
# FERRY_CHROOT_EMU=qemu runs the same with qemu-aarch64-static, to compare;
# FERRY_CHROOT_BUILD=1 also installs gcc and make from the archive in the
# chroot (network) and builds tests/debian/build-project with them.
# Prints "chroot: PASS" or "chroot: FAIL: step"; exit 0, 1, or 77 (SKIP,
# with the reason) where the kernel, the user or the network cannot.
set -u
PATH=$PATH:/usr/sbin:/sbin
build=${1:-build}
build=$(cd "$build" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
top=$build/chroot
root=$top/bookworm-arm64
mirror=${FERRY_CHROOT_MIRROR:-http://deb.debian.org/debian}

skip() { echo "SKIP: $*" >&2; exit 77; }
fail() { echo "chroot: FAIL: $*"; exit 1; }

[ "$(id -u)" = 0 ] || skip "needs root (debootstrap, chroot)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed"
[ -x "$build/ferry-static" ] || fail "no $build/ferry-static (make static)"

if [ "${2:-}" != --inside ]; then
    # --- 1. first stage, cached -------------------------------------------
    if [ ! -e "$top/first-stage.done" ]; then
        rm -rf "$root"
        mkdir -p "$top/debs"
        echo "chroot: debootstrap --foreign (first stage) into $root"
        debootstrap --foreign --arch=arm64 --variant=minbase \
            --cache-dir="$top/debs" bookworm "$root" "$mirror" >"$top/first-stage.log" 2>&1 ||
            skip "debootstrap's first stage failed (network?): see $top/first-stage.log"
        touch "$top/first-stage.done"
    fi
    # A fresh copy for every run: the second stage changes the root.
    rm -rf "$top/run"
    cp -a "$root" "$top/run" || fail "copying the first-stage root"
    mkdir -p "$top/bm"
    "$build/tests/tools/binfmt-ns" "$top/bm" bash "$0" "$build" --inside
    status=$?
    [ $status = 0 ] && rm -rf "$top/run"
    exit $status
fi

# --- inside the namespace: root of it, identity-mapped uids --------------
run=$top/run
[ "${BINFMT_NS_USERS:-}" = many ] || skip "the namespace maps only one uid (dpkg needs more)"
if [ "${FERRY_CHROOT_EMU:-ferry}" = qemu ]; then
    # For comparison only: the same workflow with qemu-aarch64-static
    # (its aarch64 entry, flags OCF).
    printf ':qemu-aarch64:M::%s:%s:%s:OCF' \
        '\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00' \
        '\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff' \
        /usr/bin/qemu-aarch64-static >"$top/bm/register" || fail "registering qemu-aarch64-static"
    sed 's/^/  binfmt: /' "$top/bm/qemu-aarch64"
else
    "$build/ferry-static" --install-binfmt --binfmt-dir "$top/bm" --binfmt-flags POCF ||
        fail "registering ferry-static"
    sed 's/^/  binfmt: /' "$top/bm/ferry-aarch64"
fi

# The chroot needs the host's /proc, /sys and /dev (debootstrap mounts proc
# and sys itself where it can; binding them first is what a user does).
mkdir -p "$run/proc" "$run/sys" "$run/dev"
mount --rbind /proc "$run/proc" && mount --rbind /sys "$run/sys" &&
    mount --rbind /dev "$run/dev" || fail "binding /proc, /sys and /dev into the chroot"
cp /etc/resolv.conf "$run/etc/resolv.conf" 2>/dev/null

in_chroot() { chroot "$run" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C "$@"; }

# --- 3. second stage --------------------------------------------------------
echo "chroot: debootstrap --second-stage under ${FERRY_CHROOT_EMU:-ferry}"
start=$(date +%s)
# container=lxc: in a user namespace mknod of a device is refused, and
# debootstrap would take that for a nodev mount; as an LXC guest it uses
# the bound /dev instead (what a real root, outside a namespace, needs not).
if ! in_chroot container=lxc /debootstrap/debootstrap --second-stage >"$top/second-stage.log" 2>&1; then
    tail -n 30 "$top/second-stage.log" | sed 's/^/  /'
    tail -n 30 "$run/debootstrap/debootstrap.log" 2>/dev/null | sed 's/^/  log: /'
    fail "debootstrap --second-stage (see $top/second-stage.log)"
fi
echo "chroot: second stage done in $(( $(date +%s) - start )) s"

check() { # check WHAT EXPECTED-REGEX COMMAND...
    local what=$1 want=$2 out
    shift 2
    out=$("$@" 2>&1)
    if ! grep -Eq -- "$want" <<<"$out"; then
        echo "$out" | tail -n 20 | sed 's/^/  /'
        fail "$what: expected /$want/"
    fi
    echo "chroot: ok: $what"
}

# --- 4. using the chroot -----------------------------------------------------
check "uname -m in the chroot" '^aarch64$' in_chroot uname -m
check "dpkg --print-architecture" '^arm64$' in_chroot dpkg --print-architecture
check "dpkg says every package is installed" '^0$' \
    in_chroot sh -c 'dpkg-query -W -f "\${db:Status-Abbrev}\n" | grep -vc "^ii"'
check "a bash session: pipes, substitution, loops, functions" '^sum=55 rev=olleh n=3$' \
    in_chroot bash -c 'f() { echo $(( $1 + $2 )); }; s=0; for i in $(seq 1 10); do s=$(f $s $i); done;
        r=$(echo hello | rev 2>/dev/null || echo hello | sed "s/.*/olleh/"); n=$(printf "a\nb\nc\n" | wc -l);
        echo "sum=$s rev=$r n=$n"'
check "a login shell as a user made by useradd" '^uid=1000\(tester\)' \
    in_chroot sh -c 'useradd -m -u 1000 tester && su -s /bin/sh -c id tester'

# A package made with dpkg-deb, installed with dpkg -i (its postinst runs).
mkdir -p "$run/tmp/pkg/DEBIAN" "$run/tmp/pkg/usr/bin"
cat >"$run/tmp/pkg/DEBIAN/control" <<'EOF'
Package: ferry-chroot-test
Version: 1.0
Architecture: arm64
Maintainer: ferry tests <tests@ferry.invalid>
Description: a package installed by ferry's chroot test
EOF
cat >"$run/tmp/pkg/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
echo "postinst ran: $1" >/var/tmp/ferry-postinst
EOF
chmod 755 "$run/tmp/pkg/DEBIAN/postinst"
printf '#!/bin/sh\necho "hello from the package"\n' >"$run/tmp/pkg/usr/bin/ferry-chroot-hello"
chmod 755 "$run/tmp/pkg/usr/bin/ferry-chroot-hello"
check "dpkg-deb --build" 'building package' in_chroot dpkg-deb --build /tmp/pkg /tmp/ferry-chroot-test.deb
check "dpkg -i" 'Setting up ferry-chroot-test' in_chroot dpkg -i /tmp/ferry-chroot-test.deb
check "its postinst ran" '^postinst ran: configure$' in_chroot cat /var/tmp/ferry-postinst
check "its program runs" '^hello from the package$' in_chroot ferry-chroot-hello
check "dpkg -r" 'Removing ferry-chroot-test' in_chroot dpkg -r ferry-chroot-test

# apt-get install of a .deb from the package cache (no network needed).
deb=$(ls "$top/debs"/busybox_*_arm64.deb 2>/dev/null | head -n 1)
if [ -z "$deb" ]; then
    (cd "$top/debs" && apt-get download busybox:arm64 >/dev/null 2>&1)
    deb=$(ls "$top/debs"/busybox_*_arm64.deb 2>/dev/null | head -n 1)
fi
if [ -n "$deb" ]; then
    cp "$deb" "$run/var/cache/apt/archives/"
    check "apt-get install from the package cache" 'Setting up busybox' \
        in_chroot apt-get install -y --no-download "/var/cache/apt/archives/$(basename "$deb")"
    check "busybox from it" '^busybox works$' in_chroot busybox sh -c 'echo busybox works'
else
    echo "chroot: SKIP apt-get install (could not download busybox:arm64)"
fi
# Optional (network, several minutes): a compiler from the archive, and a
# build with it in the chroot.
if [ "${FERRY_CHROOT_BUILD:-0}" = 1 ]; then
    start=$(date +%s)
    check "apt-get update" 'Reading package lists' in_chroot apt-get update
    check "apt-get install gcc make libc6-dev" 'Setting up gcc' \
        in_chroot apt-get install -y --no-install-recommends gcc make libc6-dev
    echo "chroot: compiler installed in $(( $(date +%s) - start )) s"
    cp -r "$here/../debian/build-project" "$run/tmp/project"
    start=$(date +%s)
    check "make -j2 check of a C project" '^check: all ran$' \
        in_chroot sh -c 'cd /tmp/project && make -s -j2 check'
    echo "chroot: built and checked in $(( $(date +%s) - start )) s"
    check "the program is arm64" 'ARM aarch64|aarch64' in_chroot sh -c \
        'od -An -tx1 -j18 -N2 /tmp/project/demo | tr -d " " | sed "s/b700/aarch64/"'
fi
echo "chroot: PASS"
