/* fp-nan.S - NaNs made by invalid operations: AArch64 returns the positive
 * default NaN (0x7ff8..., 0x7fc00000) where x86 makes a negative one, while
 * NaN operands, including a negative default NaN, propagate unchanged.
 * Every case runs twice: with the flags dead, and with live flags from a
 * compare still to be read afterwards (ferry takes a different code path
 * when it must not disturb them).  Singles are in v4-v7. */
#include "harness.h"

        .macro  LDD d:req, bits:req
        MOV64   x16, \bits
        fmov    \d, x16
        .endm
        .macro  LDS s:req, bits:req
        MOV64   x16, \bits
        fmov    \s, w16
        .endm

        .macro  INVALID label:req
        fsub    d10, d1, d1             /* inf - inf */
        fmul    d11, d0, d1             /* 0 * inf */
        fdiv    d12, d0, d0             /* 0 / 0 */
        fsqrt   d13, d2                 /* sqrt(-1) */
        fnmul   d14, d1, d0             /* -(default NaN) */
        fadd    d15, d3, d2             /* negative NaN operand propagates */
        fmadd   d16, d0, d1, d2         /* 0 * inf + -1 */
        fmsub   d17, d1, d2, d1         /* inf - (inf * -1)... = inf + inf */
        fnmadd  d18, d1, d2, d1         /* -inf - (inf * -1) = -inf + inf */
        fnmsub  d19, d0, d1, d2         /* 1 + 0 * inf */
        fsub    s20, s5, s5
        fmul    s21, s4, s5
        fdiv    s22, s4, s4
        fsqrt   s23, s6
        fnmul   s24, s4, s5
        fmadd   s25, s4, s5, s6
        fsub    s26, s7, s7             /* propagates */
        fmadd   s27, s6, s6, s7         /* propagates */
        CHECK   "\label", d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, s20, s21, s22, s23, s24, s25, s26, s27
        .endm

START
        fmov    d0, xzr
        LDD     d1, 0x7ff0000000000000  /* inf */
        fmov    d2, #-1.0
        LDD     d3, 0xfff8000000000000  /* -NAN, as C writes it */
        fmov    s4, wzr
        LDS     s5, 0x7f800000
        fmov    s6, #-1.0
        LDS     s7, 0xffc00000

        msr     fpsr, xzr
        INVALID "flags-dead"
        CHECK   "invalid-flag", fpsr

        mov     x0, #3
        cmp     x0, #4                  /* flags read by the csets below */
        INVALID "flags-live"
        cset    x1, lt
        cset    x2, eq
        CHECK   "flags-kept", x1, x2
        /* all of N Z C V survive, V included (x86 keeps it apart) */
        mov     x0, #0x8000000000000000
        cmp     x0, #1                  /* nzcv = 0011 */
        INVALID "flags-live-v"
        cset    x1, vs
        cset    x2, hs
        cset    x3, eq
        cset    x4, mi
        CHECK   "flags-kept-v", x1, x2, x3, x4
        mov     x0, #0
        cmp     x0, #0                  /* nzcv = 0110 */
        fmov    d9, #1.0
        fadd    d9, d9, d9              /* no NaN: the fast path */
        fmax    d10, d9, d3
        b.ne    1f
        cset    x1, eq
        cset    x2, hs
        cset    x3, vc
        CHECK   "flags-kept-z", x1, x2, x3, d9, d10
1:

        /* one operand NaN, the other not: propagated, sign kept */
        LDD     d28, 0x7ff8000000000777
        LDD     d29, 0xfff8000000000888
        fadd    d20, d28, d1
        fmul    d21, d2, d29
        fsqrt   d22, d29
        fmadd   d23, d2, d2, d29
        CHECK   "propagate", d20, d21, d22, d23

        /* signalling NaNs take precedence and are quieted; quiet NaNs in
         * operand order (a, n, m for the fused forms); negated operands
         * of FMSUB/FNMADD/FNMSUB carry their negation into the NaN */
        LDD     d24, 0x7ff0000000000999 /* snan */
        LDD     d25, 0xfff0000000000aaa /* -snan */
        LDS     s26, 0x7f800bbb         /* single snan */
        LDS     s27, 0x7fc00ccc
        fadd    d10, d28, d24           /* qnan + snan: the snan, quieted */
        fmul    d11, d24, d25
        fsub    d12, d29, d28           /* two qnans: the first */
        fsqrt   d13, d25
        fdiv    s14, s27, s26
        fnmul   d15, d28, d24           /* quieted snan, negated */
        fmadd   d16, d28, d29, d2       /* qnans in n, m */
        fmadd   d17, d28, d29, d24      /* snan addend wins */
        fmadd   d18, d0, d1, d28        /* qnan addend, 0 * inf: default */
        fmsub   d19, d28, d2, d2        /* -n: sign flipped */
        fnmadd  d20, d2, d2, d29        /* -a */
        fnmsub  d21, d24, d2, d2        /* snan n, not negated */
        CHECK   "precedence", d10, d11, d12, d13, s14, d15, d16, d17, d18, d19, d20, d21

        /* FPCR.DN: every NaN result is the default NaN */
        mov     x9, #(1 << 25)
        msr     fpcr, x9
        fadd    d10, d28, d2
        fmul    d11, d24, d2
        fsqrt   d12, d29
        fmadd   d13, d2, d2, d29
        fsub    s14, s27, s6
        fsub    d15, d1, d1
        CHECK   "fpcr-dn", d10, d11, d12, d13, s14, d15
        msr     fpcr, xzr

        EXIT
