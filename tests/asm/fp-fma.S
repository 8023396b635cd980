/* fp-fma.S - FMADD FMSUB FNMADD FNMSUB (fused: one rounding), single and
 * double, with cases where a separate multiply and add would round
 * differently, signed zero results and infinities. */
#include "harness.h"

        .macro  LDD d:req, bits:req
        MOV64   x16, \bits
        fmov    \d, x16
        .endm
        .macro  LDS s:req, bits:req
        MOV64   x16, \bits
        fmov    \s, w16
        .endm
        .macro  DIRTY n:req
        MOV64   x16, 0xa5a5a5a5a5a5a5a5
        fmov    d\n, x16
        fmov    v\n\().d[1], x16
        .endm

        .macro  FOURD label:req, n:req, m:req, a:req
        fmadd   d20, d\n, d\m, d\a
        fmsub   d21, d\n, d\m, d\a
        fnmadd  d22, d\n, d\m, d\a
        fnmsub  d23, d\n, d\m, d\a
        CHECK   "\label", d20, d21, d22, d23
        .endm
        .macro  FOURS label:req, n:req, m:req, a:req
        fmadd   s20, s\n, s\m, s\a
        fmsub   s21, s\n, s\m, s\a
        fnmadd  s22, s\n, s\m, s\a
        fnmsub  s23, s\n, s\m, s\a
        CHECK   "\label", s20, s21, s22, s23
        .endm

START
        LDD     d0, 0x3ff0000000000001  /* 1 + 2^-52 */
        LDD     d1, 0x3fefffffffffffff  /* 1 - 2^-53 */
        LDD     d2, 0xbff0000000000000  /* -1 */
        LDD     d3, 0x4008000000000000  /* 3 */
        LDD     d4, 0x3fb999999999999a  /* 0.1 */
        LDD     d5, 0x0000000000000000  /* +0 */
        LDD     d6, 0x8000000000000000  /* -0 */
        LDD     d7, 0x7ff0000000000000  /* inf */
        LDD     d8, 0x7ff8000000000123  /* qnan */

        FOURD   "d-fused", 0, 1, 2      /* (1+e)(1-e/2) - 1: exact only fused */
        FOURD   "d-plain", 3, 4, 0
        FOURD   "d-zero-a", 3, 5, 5     /* 3*0 + 0 */
        FOURD   "d-zero-b", 3, 5, 6     /* 3*0 + -0 */
        FOURD   "d-zero-c", 6, 3, 6     /* -0*3 + -0 */
        FOURD   "d-inf", 7, 3, 0
        FOURD   "d-nan-a", 3, 4, 8      /* NaN addend */

        LDS     s0, 0x3f800001          /* 1 + 2^-23 */
        LDS     s1, 0x3f7fffff          /* 1 - 2^-24 */
        LDS     s2, 0xbf800000
        LDS     s3, 0x40400000
        LDS     s4, 0x3dcccccd
        LDS     s5, 0x00000000
        FOURS   "s-fused", 0, 1, 2
        FOURS   "s-plain", 3, 4, 0
        FOURS   "s-zero", 3, 5, 5

        /* rounding mode applies to the single rounding */
        mov     x9, #0x400000           /* RP */
        msr     fpcr, x9
        FOURD   "d-rp", 3, 4, 0
        mov     x9, #0xc00000           /* RZ */
        msr     fpcr, x9
        FOURD   "d-rz", 3, 4, 0
        FOURD   "d-rz-zero", 3, 5, 5
        mov     x9, #0x800000           /* RM: x + -x = -0 */
        msr     fpcr, x9
        FOURD   "d-rm-zero", 3, 5, 5
        msr     fpcr, xzr

        /* upper part cleared; every operand aliasing the destination */
        DIRTY   24
        DIRTY   25
        fmov    d24, #2.0
        fmadd   d24, d24, d24, d24      /* 2*2+2 */
        fmov    s25, #3.0
        fnmsub  s25, s25, s25, s25      /* 3*3-3 */
        CHECK   "fma-alias", q24, q25

        EXIT
