/* fp-cvt.S - FCVT between half, single and double: exact widening,
 * rounded narrowing in each FPCR mode (double -> half in one rounding,
 * not two), overflow to infinity, subnormal results, signed zeros and
 * NaN payloads. */
#include "harness.h"

        .macro  LDD d:req, bits:req
        MOV64   x16, \bits
        fmov    \d, x16
        .endm
        .macro  LDS s:req, bits:req
        MOV64   x16, \bits
        fmov    \s, w16
        .endm
        /* h<n> := half bits (through s<n>: no FEAT_FP16 needed) */
        .macro  LDH n:req, bits:req
        mov     w16, #\bits
        fmov    s\n, w16
        .endm
        .macro  DIRTY n:req
        MOV64   x16, 0xa5a5a5a5a5a5a5a5
        fmov    d\n, x16
        fmov    v\n\().d[1], x16
        .endm

        /* narrow d0..d7 to single (s10-s17) and half (h20-h27) */
        .macro  NARROW label:req
        fcvt    s10, d0
        fcvt    s11, d1
        fcvt    s12, d2
        fcvt    s13, d3
        fcvt    s14, d4
        fcvt    s15, d5
        fcvt    s16, d6
        fcvt    s17, d7
        CHECK   "\label-d2s", s10, s11, s12, s13, s14, s15, s16, s17
        fcvt    h20, d0
        fcvt    h21, d1
        fcvt    h22, d2
        fcvt    h23, d3
        fcvt    h24, d4
        fcvt    h25, d5
        fcvt    h26, d6
        fcvt    h27, d7
        fmov    w20, s20
        fmov    w21, s21
        fmov    w22, s22
        fmov    w23, s23
        fmov    w24, s24
        fmov    w25, s25
        fmov    w26, s26
        fmov    w27, s27
        CHECK   "\label-d2h", w20, w21, w22, w23, w24, w25, w26, w27
        fcvt    h20, s10
        fcvt    h21, s11
        fcvt    h22, s12
        fcvt    h23, s13
        fcvt    h24, s14
        fcvt    h25, s15
        fcvt    h26, s16
        fcvt    h27, s17
        fmov    w20, s20
        fmov    w21, s21
        fmov    w22, s22
        fmov    w23, s23
        fmov    w24, s24
        fmov    w25, s25
        fmov    w26, s26
        fmov    w27, s27
        CHECK   "\label-s2h", w20, w21, w22, w23, w24, w25, w26, w27
        .endm

START
        /* ---- widening: exact ---- */
        DIRTY   1
        DIRTY   2
        LDS     s0, 0x3dcccccd          /* 0.1f */
        fcvt    d1, s0
        LDH     3, 0x3555              /* 0.333 */
        fcvt    s2, h3
        CHECK   "widen-upper", q1, q2
        LDS     s4, 0x00000001          /* smallest subnormal single */
        LDS     s5, 0xff800000          /* -inf */
        LDS     s6, 0x80000000
        LDS     s7, 0x7fc01234          /* qnan: payload moves up */
        fcvt    d4, s4
        fcvt    d5, s5
        fcvt    d6, s6
        fcvt    d7, s7
        CHECK   "s2d", d4, d5, d6, d7
        LDH     8, 0x0001              /* smallest subnormal half */
        LDH     9, 0xfbff              /* -65504 */
        LDH     10, 0x7c00             /* inf */
        LDH     11, 0x7e12             /* qnan */
        fcvt    s12, h8
        fcvt    s13, h9
        fcvt    d14, h10
        fcvt    d15, h11
        fcvt    d16, h8
        fcvt    d17, h9
        CHECK   "h2sd", s12, s13, d14, d15, d16, d17

        /* ---- narrowing ---- */
        LDD     d0, 0x3fb999999999999a  /* 0.1 */
        LDD     d1, 0xbfd5555555555555  /* -1/3 */
        LDD     d2, 0x3ff0000010000000  /* 1 + 2^-24: a single tie */
        LDD     d3, 0x3ff0020000000001  /* just above a half tie: double
                                           rounding through single breaks it */
        LDD     d4, 0x47efffffffffffff  /* above FLT_MAX: overflow */
        LDD     d5, 0x40effe0000000000  /* 65520: tie between 65504 and 2^16 */
        LDD     d6, 0x3e70000000000001  /* half subnormal range, just above */
        LDD     d7, 0x8000000000000000  /* -0 */
        NARROW  "rn"
        mov     x9, #0x400000
        msr     fpcr, x9
        NARROW  "rp"
        mov     x9, #0x800000
        msr     fpcr, x9
        NARROW  "rm"
        mov     x9, #0xc00000
        msr     fpcr, x9
        NARROW  "rz"
        msr     fpcr, xzr

        /* special values */
        LDD     d0, 0x7ff0000000000000  /* inf */
        LDD     d1, 0xfff8000000000123  /* -qnan with payload */
        LDD     d2, 0x0000000000000001  /* tiny: rounds to 0 */
        LDD     d3, 0x380fffffffffffff  /* just below FLT_MIN */
        LDD     d4, 0x36a0000000000000  /* 2^-149: smallest single */
        LDD     d5, 0x3e80000000000000  /* 2^-23 */
        LDD     d6, 0x3f10000000000000  /* 2^-14: smallest normal half */
        LDD     d7, 0xc0f0000000000000  /* -65536: overflows half */
        NARROW  "special"
        mov     x9, #0xc00000
        msr     fpcr, x9
        NARROW  "special-rz"
        msr     fpcr, xzr

        /* narrowing results clear the upper part */
        DIRTY   28
        DIRTY   29
        LDD     d0, 0x3fb999999999999a
        fcvt    s28, d0
        fcvt    h29, d0
        CHECK   "narrow-upper", q28, q29
        msr     fpsr, xzr
        fcvt    h29, d0
        CHECK   "d2h-inexact", fpsr

        EXIT
