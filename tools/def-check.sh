#!/bin/bash
# def-check.sh - check a thunk list's signatures (libs/NAME.def) against the
# library's C headers, mechanically.
#
#   tools/def-check.sh DEF HEADER... [-- CFLAGS...]
#
# HEADER is a file (included by its path) or a name for #include <HEADER>.
# CFLAGS go to the compiler: -D flags the headers need, and for the guest's
# view --sysroot=build/debian/sysroot with DEF_CHECK_CC=aarch64-linux-gnu-gcc
# (the compiler; default gcc).  `make check-defs` runs it on every library of
# libs/headers.txt.
#
# How: the compiler reads the headers and, for every name of the .def,
# `__typeof__(&(NAME)) var;` (names that are macros are #undef'd first, so a
# `#define gzopen gzopen64` does not pass for gzopen).  A name the headers do
# not declare is a compile error on its own line.  The rest is compiled with
# -g -dA: the DWARF type of each variable, with every typedef resolved, is
# read back from the assembly's comments (no binutils, no python) and
# written in the alphabet of abi/signature.h:
#
#   int, enum i    unsigned int u    long, long long l    their unsigned L
#   8-bit integers (char, signed char, unsigned char, _Bool) B, the
#     alphabet's only narrow letter; 16-bit ones i (short) or u (unsigned
#     short), with a NOTE line.  The value's bits cross; AAPCS64 leaves a
#     narrow value's upper bits unspecified (the guest extends what it
#     reads; plain char is unsigned on arm64), and GCC-built host libraries
#     extend narrow arguments themselves (docs/thunks.md)
#   float f  double d  long double D  void v  data pointers p
#   pointer to function c{R:ARGS} (a callback: scalars only, no `...`)
#   va_list A   `...` V (the checker cannot tell printf-style from other
#     variadic functions: V means printf-style, check that by hand)
#   struct by value {MEMBERS} (nested structs flattened, callback members
#     c{...}; a bit-field, array or union member, or a layout that the flat
#     letters with natural alignment would not reproduce, is unmappable)
#
# The .def's letters must equal these, except: a pointer argument may be
# s{OFF=R:ARGS;...} or *{MEMBERS}, and then the struct pointed to is checked
# (a callback of that signature at each byte offset OFF, and every function
# pointer among its own members swapped; *{MEMBERS}: those members); a p
# for a pointer to a struct with function pointers among its own members
# (a z_stream) is a MISMATCH, and one that reaches some only through
# further pointers a NOTE; FUNC_AS(sym, host, sig): sym has sig, and host
# has sig with its A made V.  GUEST lines are skipped; DATA names must be
# declared objects.
# A FUNC whose signature is "?" gets a DERIVED line with what the headers
# give (a draft for a new list; DEF_CHECK_VERBOSE=types adds the C types,
# "[fn-table]" after a pointer to a struct holding function pointers,
# "[fn-table callback]" after a callback taking or returning one).
#
# Output: a line per MISMATCH, UNMAPPABLE (the header's type has no letter:
# check by hand), UNDECLARED (a .def name the headers do not declare) and
# NOTE, then a summary.  Exit status 1 if anything is MISMATCH or
# UNDECLARED, 2 on a usage or compile error, else 0.  DEF_CHECK_VERBOSE=1
# also prints an OK line per match; DEF_CHECK_KEEP=1 keeps the scratch
# directory (the probe sources and the assembly).
set -euo pipefail

usage() {
    echo "usage: $0 DEF HEADER... [-- CFLAGS...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
def=$1
shift
headers=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    headers+=("$1")
    shift
done
[ $# -gt 0 ] && shift
cflags=("$@")
[ ${#headers[@]} -gt 0 ] || usage
[ -f "$def" ] || { echo "def-check: $def: no such file" >&2; exit 2; }
cc=${DEF_CHECK_CC:-gcc}
export LC_ALL=C

tmp=$(mktemp -d "${TMPDIR:-/tmp}/def-check.XXXXXX")
[ -n "${DEF_CHECK_KEEP:-}" ] && echo "def-check: keeping $tmp" >&2 || trap 'rm -rf "$tmp"' EXIT

# 1. The .def's lines, through the preprocessor (its #define S "..." and
# string concatenation): KIND NAME [HOST] [SIG].
{
    echo '#define LIBRARY(s)'
    echo '#define FUNC(sym, sig) @@FUNC sym sig'
    echo '#define FUNC_AS(sym, host, sig) @@FUNC_AS sym host sig'
    echo '#define GUEST(sym) @@GUEST sym'
    echo '#define DATA(sym) @@DATA sym'
    echo "#include \"$(realpath "$def")\""
} >"$tmp/def.c"
if ! $cc -E -P -x c "$tmp/def.c" -o "$tmp/def.i" 2>"$tmp/def.err"; then
    echo "def-check: $def: the preprocessor failed:" >&2
    cat "$tmp/def.err" >&2
    exit 2
fi
tr '\n' ' ' <"$tmp/def.i" | sed 's/@@/\n/g' | sed -e 's/"[[:space:]]*"//g' -e 's/"//g' -e 's/[[:space:]]*$//' |
    awk 'NF >= 2' >"$tmp/def.txt"

# The names to look up: every FUNC, FUNC_AS (and its host twin) and DATA.
awk '$1 == "FUNC" || $1 == "DATA" { print $2 } $1 == "FUNC_AS" { print $2; print $3 }' "$tmp/def.txt" |
    awk '!seen[$0]++' >"$tmp/names.txt"

# 2. Which names the headers declare: one probe line each.
probe() { # FILE NAMES-FILE
    {
        for h in "${headers[@]}"; do
            if [ -f "$h" ]; then
                echo "#include \"$(realpath "$h")\""
            else
                echo "#include <$h>"
            fi
        done
        sed 's/.*/#undef &/' "$2"
        echo '#line 1 "def-check-probe"'
        awk '{ printf "__typeof__(&(%s)) __def_check_%d;\n", $1, NR }' "$2"
    } >"$1"
}
probe "$tmp/probe.c" "$tmp/names.txt"
$cc -std=gnu17 -w -fsyntax-only -fno-diagnostics-show-caret "${cflags[@]}" "$tmp/probe.c" \
    >"$tmp/pass1.err" 2>&1 || true
if grep -Ev '^def-check-probe:' "$tmp/pass1.err" | grep -Eq '^[^:]*:([0-9]+:)*( fatal)? error:'; then
    echo "def-check: the headers do not compile ($cc ${cflags[*]}):" >&2
    head -20 "$tmp/pass1.err" >&2
    exit 2
fi
# UNDECLARED lines: NAME, the compiler's first complaint.
awk -F: 'f == 1 { name[FNR] = $0; next }
    $1 == "def-check-probe" && $4 ~ /error/ && !done[$2]++ {
        msg = $0; sub(/^[^:]*:[^:]*:[^:]*: */, "", msg); print name[$2] "\t" msg }' \
    f=1 "$tmp/names.txt" f=2 "$tmp/pass1.err" >"$tmp/undeclared.txt"
awk -F"\t" 'f == 1 { bad[$1] = 1; next } !bad[$0]' f=1 "$tmp/undeclared.txt" f=2 "$tmp/names.txt" >"$tmp/declared.txt"

# 3. The declared ones' types, as DWARF in annotated assembly.
probe "$tmp/types.c" "$tmp/declared.txt"
if ! $cc -std=gnu17 -w -S -O0 -g -gdwarf-4 -dA -fno-diagnostics-show-caret "${cflags[@]}" \
    -o "$tmp/types.s" "$tmp/types.c" 2>"$tmp/pass2.err"; then
    echo "def-check: compiling the declarations failed:" >&2
    head -20 "$tmp/pass2.err" >&2
    exit 2
fi

# 4. Map and compare.
awk -v defname="$def" -v verbose="${DEF_CHECK_VERBOSE:-}" -f "$(dirname "$0")/def-check.awk" \
    pass=abbrev "$tmp/types.s" pass=info "$tmp/types.s" \
    pass=names "$tmp/declared.txt" pass=undeclared "$tmp/undeclared.txt" pass=def "$tmp/def.txt"
