#!/bin/sh
# Build the damaged and foreign executables listed in cases.tsv.
# Usage: tests/bad/make-bad-inputs.sh OUTDIR
# Needs: aarch64-linux-gnu-gcc, Debian's cross libc (its ld.so), a native
# cc, and coreutils (od, dd, head).
# Each file is a working static arm64 hello with one defect (or, at the end,
# a working dynamic one with a bad interpreter or sysroot), so a case
# exercises exactly the check it is named after.
set -eu

[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
out=$1
src=$(dirname "$0")/hello.c
cross=${CROSS_CC:-aarch64-linux-gnu-gcc}
native=${CC:-cc}
mkdir -p "$out"

# --- byte-level helpers (little-endian, as in every file we patch) -------

# get FILE OFFSET SIZE: unsigned integer of SIZE (1, 2, 4 or 8) bytes.
get() {
    od -An -t "u$3" -j "$2" -N "$3" "$1" | tr -d ' \n'
}

# put FILE OFFSET SIZE VALUE: overwrite SIZE bytes in place.
# VALUE must fit in a signed 64-bit shell integer.
put() {
    _v=$4 _i=0 _bytes=
    while [ "$_i" -lt "$3" ]; do
        _bytes="$_bytes\\0$(printf '%03o' $((_v & 255)))"
        _v=$((_v >> 8))
        _i=$((_i + 1))
    done
    printf '%b' "$_bytes" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}

# derive NAME: a fresh executable copy of the good arm64 hello.
derive() {
    rm -f "$out/$1"
    cp "$out/good-static" "$out/$1"
    chmod 755 "$out/$1"
}

# Offset of program header N of FILE, and of the first PT_LOAD (or the
# first header of type $2).
phdr() { echo $(($(get "$1" 32 8) + $2 * 56)); }
first_load() {
    _t=${2:-1} _n=$(get "$1" 56 2) _i=0
    while [ "$_i" -lt "$_n" ]; do
        [ "$(get "$1" "$(phdr "$1" "$_i")" 4)" = "$_t" ] && { phdr "$1" "$_i"; return; }
        _i=$((_i + 1))
    done
    echo "no program header of type $_t in $1" >&2
    exit 1
}

# ELF header field offsets (64-bit).
EI_CLASS=4 EI_DATA=5 EI_VERSION=6 E_TYPE=16 E_MACHINE=18
E_PHENTSIZE=54 E_PHNUM=56
# Program header field offsets.
P_TYPE=0 P_OFFSET=8 P_VADDR=16 P_FILESZ=32 P_MEMSZ=40

# --- raw material ------------------------------------------------------------

rm -f "$out/good-static" "$out/good-dynamic" "$out/x86-64" "$out/object.o" \
    "$out/shared.so"
"$cross" -static -O2 -o "$out/good-static" "$src"
"$cross" -O2 -o "$out/good-dynamic" "$src"
# Instructions ferry cannot run: reported, then SIGILL.
"$cross" -nostdlib -static -o "$out/undefined-insn" "$(dirname "$0")/undefined-insn.S"
"$cross" -march=armv8-a+crc -nostdlib -static -o "$out/unimplemented-insn" "$(dirname "$0")/unimplemented-insn.S"
"$cross" -O2 -c -o "$out/object.o" "$src"
"$cross" -O2 -shared -fPIC -o "$out/shared.so" "$src"
"$native" -O2 -o "$out/x86-64" "$src"
chmod 755 "$out/object.o" "$out/shared.so"

# --- not ELF at all ----------------------------------------------------------

rm -f "$out/empty" "$out/script.sh" "$out/text.txt" "$out/random.bin" \
    "$out/magic-only"
: >"$out/empty"
printf '#!/bin/sh\necho hello\n' >"$out/script.sh"
printf 'hello, world\n' >"$out/text.txt"
head -c 4096 /dev/urandom >"$out/random.bin"
put "$out/random.bin" 0 1 0 # never "\177ELF" by chance
printf '\177ELF' >"$out/magic-only"
chmod 755 "$out/empty" "$out/script.sh" "$out/text.txt" "$out/random.bin" \
    "$out/magic-only"

# --- ELF, but not for us -------------------------------------------------------

rm -f "$out/i386"
cp "$out/x86-64" "$out/i386"
put "$out/i386" $EI_CLASS 1 1
put "$out/i386" $E_MACHINE 2 3

derive arm32;           put "$out/arm32" $EI_CLASS 1 1
                        put "$out/arm32" $E_MACHINE 2 40
derive class32;         put "$out/class32" $EI_CLASS 1 1
derive bad-class;       put "$out/bad-class" $EI_CLASS 1 7
derive big-endian;      put "$out/big-endian" $EI_DATA 1 2
derive bad-version;     put "$out/bad-version" $EI_VERSION 1 0
derive riscv;           put "$out/riscv" $E_MACHINE 2 243
derive machine-unknown; put "$out/machine-unknown" $E_MACHINE 2 4660
derive core;            put "$out/core" $E_TYPE 2 4

# --- truncated -----------------------------------------------------------------

f=$out/good-static
load=$(first_load "$f")
rm -f "$out/trunc-ehdr" "$out/trunc-phdrs" "$out/trunc-segment"
head -c 40 "$f" >"$out/trunc-ehdr"
head -c $(($(get "$f" 32 8) + 56 + 20)) "$f" >"$out/trunc-phdrs"
head -c $(($(get "$f" $((load + P_OFFSET)) 8) + \
    $(get "$f" $((load + P_FILESZ)) 8) / 2)) "$f" >"$out/trunc-segment"
chmod 755 "$out/trunc-ehdr" "$out/trunc-phdrs" "$out/trunc-segment"

# --- corrupt headers -------------------------------------------------------------

derive bad-phentsize;   put "$out/bad-phentsize" $E_PHENTSIZE 2 32
derive phnum-huge;      put "$out/phnum-huge" $E_PHNUM 2 65534
derive filesz-gt-memsz; put "$out/filesz-gt-memsz" $((load + P_MEMSZ)) 8 16
derive misaligned;      put "$out/misaligned" $((load + P_VADDR)) 8 \
                            $(($(get "$f" $((load + P_VADDR)) 8) + 16))
# p_memsz = 2^64 - 256: the segment end wraps past zero.
derive wraparound
printf '\000\377\377\377\377\377\377\377' |
    dd of="$out/wraparound" bs=1 seek=$((load + P_MEMSZ)) conv=notrunc \
        2>/dev/null
derive no-load
n=$(get "$f" $E_PHNUM 2) i=0
while [ "$i" -lt "$n" ]; do
    p=$(phdr "$f" "$i")
    [ "$(get "$f" "$p" 4)" = 1 ] && put "$out/no-load" $((p + P_TYPE)) 4 0
    i=$((i + 1))
done
# Top bytes of p_vaddr to 0xffff80: a kernel-half address, page offset kept.
derive out-of-range-high
printf '\200\377\377' |
    dd of="$out/out-of-range-high" bs=1 seek=$((load + P_VADDR + 5)) \
        conv=notrunc 2>/dev/null
# Below mmap_min_addr (same page offset, so only the range check fires).
derive out-of-range-low
put "$out/out-of-range-low" $((load + P_VADDR)) 8 \
    $(($(get "$f" $((load + P_VADDR)) 8) & 4095 | 4096))

# --- not a runnable file -----------------------------------------------------------

rm -rf "$out/a-directory" "$out/does-not-exist"
mkdir "$out/a-directory"
rm -f "$out/fifo"
mkfifo "$out/fifo"
# Mode 000: non-root fails to open it, root is stopped by the missing
# execute bit; both say "Permission denied".
derive no-permission;   chmod 000 "$out/no-permission"
derive not-executable;  chmod 644 "$out/not-executable"

# --- dynamically linked, but the interpreter cannot run ---------------------
# The program itself is a good dynamic arm64 hello; its PT_INTERP (set by
# the linker) or the sysroot it is looked up in (cases.tsv passes -L) is
# what is wrong.

rm -f "$out/interp-missing" "$out/interp-x86-64" "$out/interp-directory" \
    "$out/interp-unterminated" "$out/interp-empty"
# No such file, neither in the sysroot nor on the host: 127.
"$cross" -O2 -Wl,--dynamic-linker=/nonexistent/ld-linux-aarch64.so.1 \
    -o "$out/interp-missing" "$src"
# Not in the sysroot, so the host's x86-64 ld.so is found: not arm64.
"$cross" -O2 -Wl,--dynamic-linker=/lib64/ld-linux-x86-64.so.2 \
    -o "$out/interp-x86-64" "$src"
"$cross" -O2 -Wl,--dynamic-linker=/tmp -o "$out/interp-directory" "$src"
# The PT_INTERP string without its terminating NUL, and of length 0 (the
# kernel refuses both, ENOEXEC).
f=$out/good-dynamic
interp=$(first_load "$f" 3)
derive_dyn() { rm -f "$out/$1"; cp "$f" "$out/$1"; chmod 755 "$out/$1"; }
derive_dyn interp-unterminated
put "$out/interp-unterminated" \
    $(($(get "$f" $((interp + P_OFFSET)) 8) + $(get "$f" $((interp + P_FILESZ)) 8) - 1)) 1 88
derive_dyn interp-empty
put "$out/interp-empty" $((interp + P_FILESZ)) 8 0

# Broken sysroots, each given with -L to a copy of the good dynamic hello
# (one copy per case, so each case has its own name):
#   sysroot-empty      ld-linux-aarch64.so.1 is an empty file
#   sysroot-truncated  it is the first 4 KiB of the real one
#   sysroot-noexec     the real one without execute permission (the
#                      kernel's open_exec needs it for interpreters too)
#   sysroot-dynamic    it is a dynamic program: an interpreter with an
#                      interpreter of its own
#   sysroot-missing    -L /nonexistent: no interpreter anywhere, 127
ldso=/usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1
rm -rf "$out/sysroots"
for s in empty truncated noexec dynamic; do
    mkdir -p "$out/sysroots/$s/lib"
done
: >"$out/sysroots/empty/lib/ld-linux-aarch64.so.1"
head -c 4096 "$ldso" >"$out/sysroots/truncated/lib/ld-linux-aarch64.so.1"
cp "$ldso" "$out/sysroots/noexec/lib/ld-linux-aarch64.so.1"
cp "$f" "$out/sysroots/dynamic/lib/ld-linux-aarch64.so.1"
chmod 755 "$out/sysroots/empty/lib/ld-linux-aarch64.so.1" \
    "$out/sysroots/truncated/lib/ld-linux-aarch64.so.1" \
    "$out/sysroots/dynamic/lib/ld-linux-aarch64.so.1"
chmod 644 "$out/sysroots/noexec/lib/ld-linux-aarch64.so.1"
for s in empty truncated noexec dynamic missing; do
    derive_dyn "sysroot-$s"
done
