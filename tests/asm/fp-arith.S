/* fp-arith.S - FADD FSUB FMUL FDIV FNMUL FABS FNEG FSQRT, single and
 * double: ordinary values, signed zeros, infinities, quiet-NaN operands
 * (propagated with their payload), exactness of the last bit, the four
 * FPCR rounding modes and the FPSR flags they raise.  Results that are a
 * freshly generated NaN (inf - inf, 0 / 0, sqrt(-1)) are left out: x86
 * makes a different default NaN (see dbt/frontend/trans_fp.c). */
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

#define D_1     0x3ff0000000000000
#define D_3     0x4008000000000000
#define D_0P1   0x3fb999999999999a
#define D_0P2   0x3fc999999999999a
#define D_M0    0x8000000000000000
#define D_INF   0x7ff0000000000000
#define D_MINF  0xfff0000000000000
#define D_QNAN  0x7ff8000000000123
#define D_NQNAN 0xfff8000000000456
#define D_MAX   0x7fefffffffffffff
#define D_DENORM 0x0000000000000001
#define S_1     0x3f800000
#define S_3     0x40400000
#define S_0P1   0x3dcccccd
#define S_M0    0x80000000
#define S_INF   0x7f800000
#define S_QNAN  0x7fc00123
#define S_MAX   0x7f7fffff

START
        /* ---- double: ordinary values, last bit exact ---- */
        DIRTY   2
        LDD     d0, D_0P1
        LDD     d1, D_0P2
        fadd    d2, d0, d1              /* 0.30000000000000004 */
        fsub    d3, d0, d1
        fmul    d4, d0, d1
        fdiv    d5, d0, d1
        fnmul   d6, d0, d1
        CHECK   "d-basic", q2, d3, d4, d5, d6
        LDD     d10, D_1
        LDD     d11, D_3
        fdiv    d12, d10, d11           /* 1/3 */
        fsqrt   d13, d11
        fsqrt   d14, d10
        fabs    d15, d6
        fneg    d16, d10
        fneg    d17, d17                /* -(+0) */
        CHECK   "d-more", d12, d13, d14, d15, d16, d17

        /* ---- single ---- */
        DIRTY   2
        LDS     s0, S_0P1
        LDS     s1, S_3
        fadd    s2, s0, s1
        fsub    s3, s0, s1
        fmul    s4, s0, s1
        fdiv    s5, s0, s1
        fnmul   s6, s0, s1
        fsqrt   s7, s1
        fabs    s8, s6
        fneg    s9, s0
        CHECK   "s-basic", q2, s3, s4, s5, s6, s7, s8, s9

        /* ---- signed zeros ---- */
        LDD     d0, D_M0
        fmov    d1, xzr
        fadd    d2, d0, d1              /* -0 + +0 = +0 */
        fadd    d3, d0, d0              /* -0 + -0 = -0 */
        fsub    d4, d1, d1              /* +0 - +0 = +0 */
        fsub    d5, d0, d1              /* -0 - +0 = -0 */
        fmul    d6, d0, d1              /* -0 */
        fnmul   d7, d1, d1              /* -(+0) = -0 */
        fsqrt   d8, d0                  /* sqrt(-0) = -0 */
        fabs    d9, d0
        fneg    d10, d0
        CHECK   "d-zeros", d2, d3, d4, d5, d6, d7, d8, d9, d10
        LDS     s0, S_M0
        fmov    s1, wzr
        fadd    s2, s0, s1
        fadd    s3, s0, s0
        fmul    s4, s0, s1
        fsqrt   s5, s0
        fneg    s6, s1
        CHECK   "s-zeros", s2, s3, s4, s5, s6

        /* ---- infinities, overflow, division by zero ---- */
        msr     fpsr, xzr
        LDD     d0, D_INF
        LDD     d1, D_1
        fadd    d2, d0, d1
        fmul    d3, d0, d1
        fdiv    d4, d1, d0              /* 1/inf = +0 */
        fsqrt   d5, d0
        fneg    d6, d0
        CHECK   "d-inf", d2, d3, d4, d5, d6, fpsr
        fmov    d7, xzr
        fdiv    d8, d1, d7              /* 1/0 = inf, DZC */
        CHECK   "d-divzero", d8, fpsr
        msr     fpsr, xzr
        LDD     d9, D_MAX
        fadd    d10, d9, d9             /* overflow: inf, OFC IXC */
        fnmul   d11, d9, d9
        CHECK   "d-overflow", d10, d11, fpsr
        msr     fpsr, xzr
        LDS     s0, S_MAX
        fmul    s1, s0, s0
        LDS     s2, S_INF
        fdiv    s3, s0, s2
        CHECK   "s-overflow", s1, s3, fpsr
        msr     fpsr, xzr
        LDD     d0, D_1
        LDD     d1, D_3
        fadd    d2, d0, d1              /* exact: no flags */
        CHECK   "d-exact", d2, fpsr
        fdiv    d2, d0, d1              /* inexact: IXC */
        CHECK   "d-inexact", d2, fpsr
        msr     fpsr, xzr

        /* ---- subnormals ---- */
        LDD     d0, D_DENORM
        fadd    d1, d0, d0
        LDD     d2, 0x0010000000000000  /* smallest normal */
        fsub    d3, d2, d0
        fmul    d4, d2, d2              /* underflows to 0 */
        CHECK   "d-denorm", d1, d3, d4

        /* ---- quiet NaN operands propagate with payload and sign ---- */
        LDD     d0, D_QNAN
        LDD     d1, D_1
        LDD     d9, D_NQNAN
        fadd    d2, d0, d1
        fadd    d3, d1, d0
        fmul    d4, d1, d9
        fdiv    d5, d9, d1
        fsqrt   d6, d0
        fabs    d7, d9                  /* sign only, payload kept */
        fneg    d8, d0
        fnmul   d10, d0, d1             /* the NaN is negated too */
        CHECK   "d-qnan", d2, d3, d4, d5, d6, d7, d8, d10
        LDS     s0, S_QNAN
        LDS     s1, S_1
        fsub    s2, s1, s0
        fmul    s3, s0, s1
        fneg    s4, s0
        fabs    s5, s4
        CHECK   "s-qnan", s2, s3, s4, s5

        /* ---- aliasing: destination is a source ---- */
        LDD     d20, D_3
        fadd    d20, d20, d20
        LDD     d21, D_1
        fsub    d21, d20, d21
        fmul    d22, d21, d21
        fdiv    d22, d22, d20
        CHECK   "d-alias", d20, d21, d22

        /* ---- FPCR rounding modes: 1/3, -1/3, 0.1 + 0.2 ---- */
        LDD     d0, D_1
        LDD     d1, D_3
        fneg    d2, d0
        LDD     d3, D_0P1
        LDD     d4, D_0P2
        LDS     s5, S_1
        LDS     s6, S_3
        .irp    mode, 0x000000, 0x400000, 0x800000, 0xc00000
        mov     x9, #\mode
        msr     fpcr, x9
        fdiv    d10, d0, d1
        fdiv    d11, d2, d1
        fadd    d12, d3, d4
        fdiv    s13, s5, s6
        fsqrt   d14, d1
        fnmul   d15, d0, d3
        CHECK   "rmode-\mode", d10, d11, d12, s13, d14, d15, fpcr
        .endr
        msr     fpcr, xzr

        EXIT
