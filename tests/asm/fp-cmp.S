/* fp-cmp.S - FCMP FCMPE (register and #0.0) and FCCMP FCCMPE, single and
 * double.  AArch64 NZCV: less 1000, equal 0110, greater 0010, unordered
 * 0011.  Besides the raw flags, every condition code is evaluated right
 * after the compare (cset) and as a branch (b.cond), since ferry keeps
 * the flags in x86 EFLAGS between the two. */
#include "harness.h"

        .macro  LDD d:req, bits:req
        MOV64   x16, \bits
        fmov    \d, x16
        .endm
        .macro  LDS s:req, bits:req
        MOV64   x16, \bits
        fmov    \s, w16
        .endm

        /* x17 := bit i set if condition i holds (eq ne hs lo mi pl vs vc
         * hi ls ge lt gt le), computed with csets straight from the flags */
        .macro  CONDS
        cset    x17, eq
        cset    x18, ne
        orr     x17, x17, x18, lsl #1
        cset    x18, hs
        orr     x17, x17, x18, lsl #2
        cset    x18, lo
        orr     x17, x17, x18, lsl #3
        cset    x18, mi
        orr     x17, x17, x18, lsl #4
        cset    x18, pl
        orr     x17, x17, x18, lsl #5
        cset    x18, vs
        orr     x17, x17, x18, lsl #6
        cset    x18, vc
        orr     x17, x17, x18, lsl #7
        cset    x18, hi
        orr     x17, x17, x18, lsl #8
        cset    x18, ls
        orr     x17, x17, x18, lsl #9
        cset    x18, ge
        orr     x17, x17, x18, lsl #10
        cset    x18, lt
        orr     x17, x17, x18, lsl #11
        cset    x18, gt
        orr     x17, x17, x18, lsl #12
        cset    x18, le
        orr     x17, x17, x18, lsl #13
        .endm

        /* compare twice: flags printed by CHECK, then conditions */
        .macro  CMPD label:req, a:req, b:req
        fcmp    d\a, d\b
        CHECK   "\label", fpsr
        fcmp    d\a, d\b
        CONDS
        CHECK   "\label-conds", x17
        .endm

START
        LDD     d0, 0x3ff0000000000000  /* 1 */
        LDD     d1, 0x4000000000000000  /* 2 */
        LDD     d2, 0x0000000000000000  /* +0 */
        LDD     d3, 0x8000000000000000  /* -0 */
        LDD     d4, 0x7ff0000000000000  /* inf */
        LDD     d5, 0xfff0000000000000  /* -inf */
        LDD     d6, 0x7ff8000000000000  /* qnan */
        LDD     d7, 0xbff0000000000000  /* -1 */
        LDD     d8, 0x7ff0000000000001  /* snan */

        msr     fpsr, xzr
        CMPD    "d-less", 0, 1
        CMPD    "d-greater", 1, 0
        CMPD    "d-equal", 0, 0
        CMPD    "d-zeros", 2, 3
        CMPD    "d-inf", 4, 5
        CMPD    "d-inf-inf", 4, 4
        CMPD    "d-unord-a", 6, 0
        CMPD    "d-unord-b", 0, 6
        CHECK   "d-fcmp-qnan-no-ioc", fpsr

        /* compare with zero */
        fcmp    d7, #0.0
        CHECK   "d-zero-neg"
        fcmp    d3, #0.0
        CHECK   "d-zero-m0"
        fcmp    d0, #0.0
        CHECK   "d-zero-pos"
        fcmp    d6, #0.0
        CHECK   "d-zero-nan"
        fcmpe   d0, #0.0
        CHECK   "d-zeroe-pos"

        /* FCMPE signals invalid for quiet NaNs; FCMP only for signalling */
        msr     fpsr, xzr
        fcmpe   d0, d1
        CHECK   "d-fcmpe-less", fpsr
        fcmpe   d6, d0
        CHECK   "d-fcmpe-qnan", fpsr
        msr     fpsr, xzr
        fcmp    d8, d0
        CHECK   "d-fcmp-snan", fpsr
        msr     fpsr, xzr

        /* single precision */
        LDS     s10, 0x3f800000
        LDS     s11, 0x40000000
        LDS     s12, 0x7fc00000
        LDS     s13, 0x80000000
        fcmp    s10, s11
        CHECK   "s-less"
        fcmp    s11, s10
        CHECK   "s-greater"
        fcmp    s10, s10
        CHECK   "s-equal"
        fcmp    s12, s10
        CHECK   "s-unord"
        fcmp    s13, #0.0
        CHECK   "s-zero"
        fcmpe   s11, s10
        CHECK   "s-fcmpe"

        /* branches right after the compare */
        mov     x9, #0
        fcmp    d0, d1
        b.mi    1f
        orr     x9, x9, #1
1:      fcmp    d1, d0
        b.gt    2f
        orr     x9, x9, #2
2:      fcmp    d6, d0
        b.vs    3f
        orr     x9, x9, #4
3:      fcmp    d6, d0
        b.ge    4f                      /* not taken: unordered */
        b       5f
4:      orr     x9, x9, #8
5:      fcmp    d0, d0
        b.ls    6f
        orr     x9, x9, #16
6:      fcmp    d6, d0
        b.hi    7f                      /* taken: unordered is "hi" */
        orr     x9, x9, #32
7:      fcmp    d6, d0
        b.lt    8f                      /* taken: unordered is "lt" */
        orr     x9, x9, #64
8:      CHECK   "branches", x9

        /* ---- FCCMP: condition true -> compare, false -> #nzcv ---- */
        mov     x0, #1
        cmp     x0, #1                  /* eq */
        fccmp   d0, d1, #0xf, eq        /* compare: less */
        CHECK   "fccmp-true"
        cmp     x0, #1
        fccmp   d0, d1, #0x5, ne        /* false: nzcv = 0101 */
        CHECK   "fccmp-false"
        cmp     x0, #2
        fccmp   d6, d0, #0x0, lo        /* true: unordered */
        CHECK   "fccmp-unord"
        cmp     x0, #2
        fccmp   s10, s10, #0x8, hs      /* false */
        CHECK   "fccmp-s-false"
        cmp     x0, #0
        fccmp   s11, s10, #0x8, hi      /* true: greater */
        CHECK   "fccmp-s-true"
        cmp     x0, #1
        fccmp   d0, d0, #0x9, al        /* always compares */
        CHECK   "fccmp-al"
        cmp     x0, #1
        fccmpe  d0, d1, #0x2, eq
        CHECK   "fccmpe-true", fpsr
        cmp     x0, #1
        fccmp   d0, d1, #0xe, ne        /* false: nzcv with V clear, Z set */
        CONDS
        CHECK   "fccmp-false-conds", x17
        /* chain: a && b pattern as emitted by compilers */
        fcmp    d0, d1                  /* 1 < 2 */
        fccmp   d1, d4, #0x0, mi        /* 2 < inf: N */
        cset    x9, mi
        fcmp    d1, d0                  /* 2 < 1 false */
        fccmp   d1, d4, #0x0, mi        /* skipped: 0000 */
        cset    x10, mi
        CHECK   "fccmp-chain", x9, x10

        EXIT
