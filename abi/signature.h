/* Function signatures in ferry's thunk alphabet (docs/thunks.md), and the
 * libffi call interface each one becomes.
 *
 * A signature is "R:ARGS": one letter for the return type, a colon, one
 * letter per argument, in order:
 *   v void (return only)          p pointer (64-bit, passed as it is)
 *   i int32   u uint32            l int64 (long)   L uint64 (unsigned long, size_t)
 *   f float   d double
 *   c{R:ARGS}  a pointer to a guest function of that signature (a
 *              callback): the host gets a host-callable stand-in
 *              (abi/callback.c), NULL stays NULL
 *   s{OFF=R:ARGS;...}  a pointer to a struct holding callbacks at those
 *              byte offsets (zlib's z_stream: its allocator): they are
 *              swapped for stand-ins during the call, and back after
 *   V          printf-style variadic arguments, read as the previous
 *              argument (the format) says, after the fixed ones (last)
 *   A          an arm64 va_list of printf-style arguments for the previous
 *              argument (the format): the call goes to the function's
 *              variadic twin (FUNC_AS) with them spread out
 *   B          unsigned char / bool (uint8), as an argument or a result
 *   D          long double: IEEE binary128 in a q register on arm64, x87
 *              80-bit in memory on x86-64, converted both ways (rounded
 *              to nearest, ties to even, on the way in)
 *   {MEMBERS}  a struct passed or returned by value; MEMBERS are letters
 *              of i u l L p f d B and c{R:ARGS} (a callback member), a
 *              nested struct written out as its members in order
 *              (ZSTD_bounds is {Lii}, ZSTD_customMem {c{p:pL}c{v:pp}p}).
 *              AAPCS64 and SysV each place it by their own rules: HFAs
 *              in v registers, <= 16 bytes in x registers, larger ones by
 *              reference (arm64) or in memory (x86-64), results through
 *              x8 on arm64
 *   *{MEMBERS} a pointer to a struct the library only reads (liblzma's
 *              const lzma_allocator *): the host gets a copy whose
 *              callback members are stand-ins; NULL stays NULL.  Copies
 *              are kept (the library may keep the pointer), one per
 *              distinct content.
 *   In s{...}, a field may also be OFF=*{MEMBERS}: a pointer field to
 *              such a struct (lzma_stream.allocator), pointed at the copy
 *              during the call.
 * Callbacks take and return scalars only (i u l L p f d B).
 * Integer and pointer arguments take x0..x7 then the stack on arm64 and
 * the SysV registers then the stack on x86-64; f and d take v0..v7 then
 * the stack; libffi places them on the host side. */
#ifndef FERRY_ABI_SIGNATURE_H
#define FERRY_ABI_SIGNATURE_H

#include <ffi.h>
#include <stdbool.h>
#include <stddef.h>

#define ABI_MAX_ARGS 32
#define ABI_MAX_FIELDS 4
#define ABI_MAX_MEMBERS 16

struct abi_sig;

/* A {MEMBERS} or *{MEMBERS} struct: its members and their layout (the
 * same on both sides: LP64, natural alignment). */
struct abi_struct {
    int n;
    char kind[ABI_MAX_MEMBERS];                 /* i u l L p f d B c */
    struct abi_sig *callback[ABI_MAX_MEMBERS];  /* for 'c' members */
    size_t offset[ABI_MAX_MEMBERS];
    size_t size;
    int hfa; /* AAPCS64 homogeneous float aggregate: members (1..4) if all f or all d, else 0 */
    ffi_type type;
    ffi_type *elements[ABI_MAX_MEMBERS + 1];
};

/* An s{...} argument's fields: a callback, or a pointer to a *{...}. */
struct abi_fields {
    int n;
    unsigned offset[ABI_MAX_FIELDS];
    struct abi_sig *sig[ABI_MAX_FIELDS];     /* OFF=R:ARGS */
    struct abi_struct *copy[ABI_MAX_FIELDS]; /* OFF=*{MEMBERS} */
};

struct abi_sig {
    char ret; /* a letter, or '{' */
    ffi_type *rtype;
    struct abi_struct *rstruct; /* for a '{' result */
    int nargs;
    char args[ABI_MAX_ARGS]; /* letters; '{' by value, '*' copied, 'c', 's', 'V', 'A' */
    ffi_type *types[ABI_MAX_ARGS];
    struct abi_sig *callback[ABI_MAX_ARGS];   /* for 'c' arguments */
    struct abi_fields *fields[ABI_MAX_ARGS];  /* for 's' arguments */
    struct abi_struct *structs[ABI_MAX_ARGS]; /* for '{' and '*' arguments */
    ffi_cif cif;
    bool variadic; /* ends in V or A */
    bool has_struct; /* some '{' argument or result */
    bool direct; /* at most six integer/pointer arguments and an integer,
                  * pointer or no result: called without libffi */
};

/* Parse text into a new signature with its libffi call interface, or
 * NULL (and a reason in *why) for a malformed one.  Signatures live as
 * long as the process (stand-ins and copies point at them). */
struct abi_sig *abi_sig_new(const char *text, const char **why);

#endif
