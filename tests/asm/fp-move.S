/* fp-move.S - FMOV (register, general, Vd.D[1], immediate) and FCSEL.
 * A scalar write to Sd/Dd/Hd must zero the rest of Vd, so the vector
 * registers are filled with garbage first and printed as q registers.
 * V registers live in memory in ferry, X0-X7 in host registers and the
 * rest in memory, so both kinds of general register are used. */
#include "harness.h"

        /* v<n> := garbage in both halves */
        .macro  DIRTY n:req
        MOV64   x16, 0xa5a5a5a5a5a5a5a5
        fmov    d\n, x16
        fmov    v\n\().d[1], x16
        .endm

START
        /* ---- FMOV general -> FP and back ---- */
        DIRTY   1
        DIRTY   2
        DIRTY   3
        MOV64   x0, 0x0123456789abcdef
        MOV64   x10, 0xfedcba9876543210
        fmov    d1, x0
        fmov    s2, w10                 /* upper 32 bits of x10 ignored */
        fmov    v3.d[1], x10            /* only the top half changes */
        CHECK   "fmov-gen-to-fp", q1, q2, q3
        fmov    x4, d1
        fmov    w5, s1                  /* zero-extends */
        fmov    x11, v3.d[1]
        fmov    x12, v1.d[1]            /* zero: cleared by fmov d1 */
        fmov    w13, s3
        CHECK   "fmov-fp-to-gen", x4, x5, x11, x12, x13
        fmov    d4, xzr
        fmov    s5, wzr
        CHECK   "fmov-zr", q4, q5

        /* ---- FMOV register ---- */
        DIRTY   6
        DIRTY   7
        DIRTY   20
        fmov    d6, d3                  /* low half of v3, rest zeroed */
        fmov    s7, s1
        fmov    d20, d20                /* same register: still zeroes top */
        CHECK   "fmov-reg", q6, q7, q20

        /* ---- FMOV immediate: every exponent pattern, signs ---- */
        DIRTY   8
        DIRTY   9
        fmov    d8, #1.0
        fmov    s9, #-2.5
        CHECK   "fmov-imm-a", q8, q9
        fmov    d8, #0.125              /* smallest exponent: 2^-3 */
        fmov    d9, #31.0               /* largest: 1.9375 * 2^4 */
        fmov    d10, #-0.1328125        /* -1.0625 * 2^-3 */
        fmov    s11, #0.125
        fmov    s12, #31.0
        fmov    s13, #-1.9375
        CHECK   "fmov-imm-b", d8, d9, d10, s11, s12, s13
        fmov    d14, #4.0
        fmov    d15, #0.5
        fmov    s16, #3.0
        fmov    s17, #-0.25
        CHECK   "fmov-imm-c", d14, d15, s16, s17

        /* ---- FCSEL: both conditions, single and double, aliasing ---- */
        DIRTY   21
        DIRTY   22
        fmov    d1, #1.0
        fmov    d2, #2.0
        fmov    s3, #3.0
        fmov    s4, #4.0
        mov     x0, #5
        cmp     x0, #5                  /* Z=1 C=1 */
        fcsel   d21, d1, d2, eq
        fcsel   d22, d1, d2, ne
        fcsel   s23, s3, s4, hs
        fcsel   s24, s3, s4, lo
        CHECK   "fcsel-a", q21, q22, q23, q24
        cmp     x0, #6                  /* N=1 C=0 */
        fcsel   d25, d1, d2, lt
        fcsel   d26, d1, d2, ge
        fcsel   d1, d1, d2, mi          /* destination is a source */
        fcsel   d2, d1, d2, al
        fcsel   s27, s3, s4, nv         /* nv behaves as always */
        CHECK   "fcsel-b", d25, d26, d1, d2, s27
        /* flags survive fcsel and are still usable */
        cset    x9, lt
        CHECK   "fcsel-keeps-flags", x9

        /* FMOV with H registers is FEAT_FP16, which ferry does not
         * advertise: UNDEFINED (tests/asm/undef-fp16-fmov.S). */

        EXIT
