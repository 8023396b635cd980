#!/bin/sh
# Install the Debian packages ferry needs, only those that are missing.
# Usage: tools/install-deps.sh build|test|chroot
set -e
# binutils-aarch64-linux-gnu links the guest vDSO that ferry embeds.
# ferry links libelf.a, libz.a and libffi.a (the -dev packages' archives).
build_pkgs="gcc make pkg-config libelf-dev zlib1g-dev libdw-dev libcapstone-dev libffi-dev binutils-aarch64-linux-gnu"
# The cross toolchain builds the guest programs; qemu-user is the oracle and
# the benchmark baseline; expect drives the test suite; cstool decodes words;
# golang-go builds the Go test programs (tests/go).
test_pkgs="gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user expect tcl capstone-tool golang-go"
# make test-chroot: debootstrap makes the arm64 root.
chroot_pkgs="debootstrap"
case "$1" in
build) want="$build_pkgs" ;;
test) want="$build_pkgs $test_pkgs" ;;
chroot) want="$build_pkgs $test_pkgs $chroot_pkgs" ;;
*) echo "usage: $0 build|test|chroot" >&2; exit 2 ;;
esac
missing=""
for p in $want; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
if [ "$(id -u)" != 0 ]; then
    echo "ferry: missing Debian packages:$missing (run as root or install them)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends $missing
