/* fp-round.S - FRINTN FRINTA FRINTM FRINTP FRINTZ FRINTX FRINTI, single and
 * double: halfway cases (ties to even vs away), negative values that round
 * to -0, values too large to have a fraction, subnormals, infinities and
 * NaN, FRINTX/FRINTI under each FPCR mode, and the inexact flag, which
 * only FRINTX raises. */
#include "harness.h"

        .macro  LDD d:req, bits:req
        MOV64   x16, \bits
        fmov    \d, x16
        .endm
        .macro  LDS s:req, bits:req
        MOV64   x16, \bits
        fmov    \s, w16
        .endm

        .macro  RD label:req, bits:req
        LDD     d0, \bits
        frintn  d20, d0
        frinta  d21, d0
        frintm  d22, d0
        frintp  d23, d0
        frintz  d24, d0
        frintx  d25, d0
        frinti  d26, d0
        CHECK   "\label", d20, d21, d22, d23, d24, d25, d26
        .endm
        .macro  RS label:req, bits:req
        LDS     s0, \bits
        frintn  s20, s0
        frinta  s21, s0
        frintm  s22, s0
        frintp  s23, s0
        frintz  s24, s0
        frintx  s25, s0
        frinti  s26, s0
        CHECK   "\label", s20, s21, s22, s23, s24, s25, s26
        .endm

START
        RD      "d-0.5", 0x3fe0000000000000
        RD      "d-1.5", 0x3ff8000000000000
        RD      "d-2.5", 0x4004000000000000
        RD      "d-m0.5", 0xbfe0000000000000
        RD      "d-m2.5", 0xc004000000000000
        RD      "d-m0.3", 0xbfd3333333333333
        RD      "d-0.49999", 0x3fdfffffffffffff /* largest below 0.5 */
        RD      "d-m0", 0x8000000000000000
        RD      "d-3.7", 0x400d99999999999a
        RD      "d-m3.7", 0xc00d99999999999a
        RD      "d-2p52-0.5", 0x432fffffffffffff
        RD      "d-m2p52-0.5", 0xc32fffffffffffff
        RD      "d-2p52p1", 0x4330000000000001
        RD      "d-1e300", 0x7e37e43c8800759c
        RD      "d-denorm", 0x0000000000000001
        RD      "d-mdenorm", 0x8000000000000001
        RD      "d-inf", 0x7ff0000000000000
        RD      "d-minf", 0xfff0000000000000
        RD      "d-qnan", 0x7ff8000000000123
        RD      "d-mqnan", 0xfff8000000000456

        RS      "s-0.5", 0x3f000000
        RS      "s-2.5", 0x40200000
        RS      "s-m2.5", 0xc0200000
        RS      "s-m0.3", 0xbe99999a
        RS      "s-0.49999", 0x3effffff
        RS      "s-2p23-0.5", 0x4affffff
        RS      "s-m2p23-0.5", 0xcaffffff
        RS      "s-1e30", 0x7149f2ca
        RS      "s-qnan", 0x7fc00123
        RS      "s-minf", 0xff800000

        /* FRINTX/FRINTI follow FPCR */
        .irp    mode, 0x400000, 0x800000, 0xc00000
        mov     x9, #\mode
        msr     fpcr, x9
        RD      "d-rm\mode-2.5", 0x4004000000000000
        RD      "d-rm\mode-m2.5", 0xc004000000000000
        RS      "s-rm\mode-m0.3", 0xbe99999a
        .endr
        msr     fpcr, xzr

        /* inexact: FRINTX only */
        LDD     d0, 0x3ff8000000000000
        msr     fpsr, xzr
        frintn  d1, d0
        frinta  d2, d0
        frintm  d3, d0
        frintp  d4, d0
        frintz  d5, d0
        frinti  d6, d0
        CHECK   "no-inexact", fpsr
        LDD     d0, 0x7e37e43c8800759c  /* 1e300 */
        LDD     d8, 0x7fefffffffffffff  /* DBL_MAX */
        frinta  d1, d0
        frinta  d2, d8
        frinta  s3, s8                  /* a quiet NaN */
        LDD     d4, 0x7ff0000000000000
        frinta  d5, d4
        LDD     d4, 0xfff8000000000000
        frinta  d5, d4
        CHECK   "no-inexact-big", fpsr
        frintx  d7, d0
        CHECK   "frintx-inexact", fpsr
        msr     fpsr, xzr

        /* upper part of the destination is cleared, aliasing */
        MOV64   x16, 0xa5a5a5a5a5a5a5a5
        fmov    v27.d[1], x16
        fmov    v28.d[1], x16
        fmov    d27, #2.5
        fmov    s28, #-2.5
        frinta  d27, d27
        frinta  s28, s28
        CHECK   "round-upper", q27, q28

        EXIT
