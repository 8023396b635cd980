#!/usr/bin/env bash
# Build an arm64 Debian sysroot from real Debian packages, for ferry's tests
# and benchmarks of dynamically linked programs (`ferry -L SYSROOT PROG`).
#
# usage: tools/debian-sysroot.sh [--dir DIR] [--quiet] [--print] [PKG...]
#        tools/debian-sysroot.sh --host-packages [--check] [PKG...]
#
# The first form computes the arm64 dependency closure of PKG... (default:
# the programs the tests and benchmarks run, see default_pkgs), downloads
# the .debs with `apt-get download` into DIR/debs and unpacks them with
# `dpkg-deb -x` into DIR/sysroot, then makes /bin, /sbin and /lib symbolic
# links into /usr as on a merged-/usr Debian system.  Maintainer scripts do
# not run, so update-alternatives links such as /usr/bin/awk do not exist:
# call programs by their real names (gawk, lua5.4, python3.11).
#
# It is idempotent: DIR/sysroot.stamp records the package list and the .deb
# files it was made from; when the list is unchanged a second run does
# nothing (it does not even consult apt).  A changed list downloads what is
# missing and unpacks the whole sysroot again.  .debs stay cached in
# DIR/debs.  DIR defaults to $DEBIAN_DIR or build/debian.
#
# If arm64 is not yet a dpkg foreign architecture, or apt has no arm64
# package lists, it runs `dpkg --add-architecture arm64` and
# `apt-get update` (root only).
#
# --host-packages installs (root) the amd64 packages of the same programs on
# the host, where missing, for the native comparisons; with --check it only
# lists the missing ones (exit 1 if any).
#
# --print prints the sysroot path on stdout when done; --quiet silences
# progress messages (errors still go to stderr).
#
# exit status: 0 done; 2 usage; 3 the packages cannot be obtained (not
# root, no network, no such package: callers skip rather than fail).
set -u
set -o pipefail
export LC_ALL=C

# The programs ferry's Debian tests and benchmarks run (tests/lib/debian.tcl,
# bench/real.sh), by package.
default_pkgs="coreutils findutils diffutils grep sed gawk tar gzip bzip2 xz-utils zstd
    lua5.4 sqlite3 perl openssl python3.11-minimal libpython3.11-stdlib bash dash busybox
    gcc make libc6-dev binutils zlib1g-dev libbz2-dev liblzma-dev libzstd-dev dpkg"
# Bumped when the layout this script produces changes (forces a re-unpack).
layout_version=2

dir=${DEBIAN_DIR:-build/debian}
quiet=0
print=0
host=0
check=0
pkgs=()
while [ $# -gt 0 ]; do
    case $1 in
    --dir) [ $# -ge 2 ] || { echo "$0: --dir needs an argument" >&2; exit 2; }
        dir=$2; shift ;;
    --dir=*) dir=${1#--dir=} ;;
    --quiet | -q) quiet=1 ;;
    --print) print=1 ;;
    --host-packages) host=1 ;;
    --check) check=1 ;;
    -h | --help) sed -n '2,/^set -u/{/^set -u/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) echo "$0: unknown option $1" >&2; exit 2 ;;
    *) pkgs+=("$1") ;;
    esac
    shift
done
[ ${#pkgs[@]} -gt 0 ] || read -r -a pkgs <<<"$(echo $default_pkgs)"

say() { [ $quiet = 1 ] || echo "debian-sysroot: $*" >&2; }
die() { echo "debian-sysroot: $*" >&2; exit "${2:-3}"; }
is_root() { [ "$(id -u)" = 0 ]; }

# apt as root warns that _apt cannot write to the download folder.
apt_opts=()
is_root && apt_opts=(-o APT::Sandbox::User=root)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

# --- the host's own (amd64) packages, for native comparisons -----------------
if [ $host = 1 ]; then
    missing=()
    for p in "${pkgs[@]}"; do
        installed "$p" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && exit 0
    if [ $check = 1 ]; then
        echo "${missing[*]}"
        exit 1
    fi
    is_root || die "missing host packages: ${missing[*]} (run as root or install them)"
    say "installing on the host: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; then
        apt-get update -q >&2 || die "apt-get update failed"
        apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 ||
            die "could not install ${missing[*]}"
    fi
    exit 0
fi

for tool in apt-get apt-cache dpkg dpkg-deb flock; do
    command -v $tool >/dev/null || die "$tool not found (a Debian host is needed)"
done

mkdir -p "$dir" || die "cannot create $dir" 2
dir=$(cd "$dir" && pwd)
root=$dir/sysroot
stamp=$dir/sysroot.stamp
want="layout $layout_version
packages $(printf '%s\n' "${pkgs[@]}" | sort -u | tr '\n' ' ')"

done_msg() {
    [ $print = 1 ] && echo "$root"
    exit 0
}

# The fast path: nothing to do, no lock needed (the stamp is written last).
if [ -f "$stamp" ] && [ -d "$root" ] && [ "$(head -2 "$stamp")" = "$want" ]; then
    done_msg
fi

# Concurrent runs (the test suite and make bench) wait for each other.
exec 9>"$dir/lock"
flock 9
if [ -f "$stamp" ] && [ -d "$root" ] && [ "$(head -2 "$stamp")" = "$want" ]; then
    done_msg
fi

# --- apt must know arm64 ---------------------------------------------------------
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    is_root || die "arm64 is not a dpkg architecture here (as root: dpkg --add-architecture arm64 && apt-get update)"
    say "dpkg --add-architecture arm64"
    dpkg --add-architecture arm64 || die "dpkg --add-architecture arm64 failed"
fi
if ! apt-cache show --no-all-versions libc6:arm64 >/dev/null 2>&1; then
    is_root || die "apt has no arm64 package lists (as root: apt-get update)"
    say "apt-get update (no arm64 package lists yet)"
    apt-get update -q >&2 || die "apt-get update failed (no network?)"
    apt-cache show --no-all-versions libc6:arm64 >/dev/null 2>&1 ||
        die "still no arm64 packages after apt-get update (check /etc/apt/sources.list)"
fi

# --- the dependency closure ----------------------------------------------------------
# apt-cache lists arm64 packages as NAME:arm64, virtual ones as <NAME:arm64>
# and native or Architecture: all ones without a suffix; of the latter only
# the arch-all ones belong in the sysroot.
args=()
for p in "${pkgs[@]}"; do
    case $p in *:*) args+=("$p") ;; *) args+=("$p:arm64") ;; esac
done
deps=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "${args[@]}" 2>&1) ||
    die "apt-cache depends failed: $(echo "$deps" | tail -3)"
names=$(echo "$deps" | grep -v '^ ' | grep -v '^<' | sort -u)
arm=$(echo "$names" | grep ':arm64$' || true)
plain=$(echo "$names" | grep -v ':' || true)
all=""
if [ -n "$plain" ]; then
    # shellcheck disable=SC2086
    all=$(apt-cache show --no-all-versions $plain 2>/dev/null |
        awk '/^Package:/ { p = $2 } /^Architecture: all/ { print p }' | sort -u)
fi
closure=$(printf '%s\n%s\n' "$arm" "$all" | grep . | sort -u)
[ -n "$closure" ] || die "empty dependency closure for ${pkgs[*]}"
say "$(echo "$closure" | wc -l) packages in the closure"

# --- download what is not cached --------------------------------------------------
mkdir -p "$dir/debs"
empty=$(mktemp -d "${TMPDIR:-/tmp}/debian-sysroot.XXXXXX")
trap 'rm -rf "$empty" "$root.new"' EXIT
# From an empty folder apt prints every URI (in DIR/debs it would leave out
# the files already there).
# shellcheck disable=SC2086
uris=$(cd "$empty" && apt-get "${apt_opts[@]}" download --print-uris $closure 2>&1) ||
    die "apt-get download --print-uris failed: $(echo "$uris" | tail -3)"
files=$(echo "$uris" | awk '/^'\''/ { print $2 }' | sort)
[ "$(echo "$files" | wc -l)" -eq "$(echo "$closure" | wc -l)" ] ||
    die "apt did not give one .deb per package:
$(echo "$uris" | grep -v "^'" | head -5)"
need=()
while read -r f; do
    [ -f "$dir/debs/$f" ] || need+=("$f")
done <<<"$files"
if [ ${#need[@]} -gt 0 ]; then
    # package names for the missing files: NAME_VERSION_ARCH.deb
    get=()
    for f in "${need[@]}"; do
        n=${f%%_*} a=${f##*_}
        a=${a%.deb}
        if [ "$a" = all ]; then get+=("$n"); else get+=("$n:$a"); fi
    done
    say "downloading ${#need[@]} .debs into $dir/debs"
    t0=$SECONDS
    # Into a scratch folder first, so an interrupted download leaves no
    # truncated file in the cache.
    log=$(cd "$empty" && apt-get "${apt_opts[@]}" download "${get[@]}" 2>&1) ||
        die "apt-get download failed (no network?): $(echo "$log" | grep -v '^W: Download is performed unsandboxed' | tail -3)"
    for f in "${need[@]}"; do
        [ -f "$empty/$f" ] || die "apt-get download did not produce $f"
        mv "$empty/$f" "$dir/debs/$f"
    done
    say "downloaded $(cd "$dir/debs" && du -ch "${need[@]}" | tail -1 | cut -f1) in $((SECONDS - t0)) s"
fi

# --- unpack ----------------------------------------------------------------------------
say "unpacking into $root"
rm -rf "$root.new"
mkdir -p "$root.new"
while read -r f; do
    dpkg-deb -x "$dir/debs/$f" "$root.new" || die "dpkg-deb -x $f failed" 1
done <<<"$files"
# Merged /usr, as on an installed bookworm system: /bin -> usr/bin etc.
for d in bin sbin lib; do
    if [ -d "$root.new/$d" ] && [ ! -L "$root.new/$d" ]; then
        mkdir -p "$root.new/usr/$d"
        cp -a "$root.new/$d/." "$root.new/usr/$d/" && rm -rf "${root:?}.new/$d" ||
            die "merging /$d into /usr/$d failed" 1
    fi
    [ -e "$root.new/$d" ] || ln -s "usr/$d" "$root.new/$d"
done
# What maintainer scripts would have made, and what keeps the guest away
# from the host's files: `-L` falls back to the host path for anything the
# sysroot lacks, so without these the arm64 python would run the .pth files
# of the host's dist-packages and write its .pyc files into the host's
# /usr/lib/python3.11.
if [ -d "$root.new/usr/lib/python3.11" ]; then
    mkdir -p "$root.new/usr/lib/python3/dist-packages" \
        "$root.new/usr/local/lib/python3.11/dist-packages"
    # Byte-compile the standard library as py3compile does on a real
    # system (.pyc files are the same on every architecture), recording
    # the guest's paths.  The host's python3.11 is much quicker than the
    # arm64 one under qemu; without either, python compiles on import.
    py=()
    if [ -x /usr/bin/python3.11 ]; then
        py=(/usr/bin/python3.11)
    elif command -v "${QEMU:-qemu-aarch64}" >/dev/null; then
        py=("${QEMU:-qemu-aarch64}" -L "$root.new" "$root.new/usr/bin/python3.11")
    fi
    if [ ${#py[@]} -gt 0 ]; then
        say "byte-compiling the python3.11 standard library with ${py[0]}"
        "${py[@]}" -E -s -m compileall -q -j 0 -x '/(test|lib2to3/tests|idlelib/idle_test)/' \
            -s "$root.new" -p / "$root.new/usr/lib/python3.11" >&2 ||
            say "byte-compiling failed (ignored: python compiles on import)"
    fi
fi
rm -rf "$root"
mv "$root.new" "$root"
{
    echo "$want"
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) unpacked from these files in $dir/debs:"
    echo "$files"
} >"$stamp"
say "sysroot ready: $root ($(du -sh "$root" | cut -f1))"
done_msg
