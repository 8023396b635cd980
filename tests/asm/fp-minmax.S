/* fp-minmax.S - FMAX FMIN FMAXNM FMINNM, single and double.  These differ
 * from x86 maxsd/minsd: max(+0, -0) is +0 and min is -0 in either order, a
 * NaN operand gives NaN (FMAX/FMIN) or loses to a number (FMAXNM/FMINNM). */
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

        /* all four ops on d<a>, d<b> into d20-d23, then the swapped order
         * into d24-d27 */
        .macro  ALL4D label:req, a:req, b:req
        fmax    d20, d\a, d\b
        fmin    d21, d\a, d\b
        fmaxnm  d22, d\a, d\b
        fminnm  d23, d\a, d\b
        fmax    d24, d\b, d\a
        fmin    d25, d\b, d\a
        fmaxnm  d26, d\b, d\a
        fminnm  d27, d\b, d\a
        CHECK   "\label", d20, d21, d22, d23, d24, d25, d26, d27
        .endm
        .macro  ALL4S label:req, a:req, b:req
        fmax    s20, s\a, s\b
        fmin    s21, s\a, s\b
        fmaxnm  s22, s\a, s\b
        fminnm  s23, s\a, s\b
        fmax    s24, s\b, s\a
        fmin    s25, s\b, s\a
        fmaxnm  s26, s\b, s\a
        fminnm  s27, s\b, s\a
        CHECK   "\label", s20, s21, s22, s23, s24, s25, s26, s27
        .endm

START
        LDD     d0, 0x3ff0000000000000  /* 1.0 */
        LDD     d1, 0xc000000000000000  /* -2.0 */
        LDD     d2, 0x0000000000000000  /* +0 */
        LDD     d3, 0x8000000000000000  /* -0 */
        LDD     d4, 0x7ff0000000000000  /* +inf */
        LDD     d5, 0xfff0000000000000  /* -inf */
        LDD     d6, 0x7ff8000000000123  /* qnan */
        LDD     d7, 0xfff8000000000456  /* -qnan */
        LDD     d8, 0x3ff0000000000001  /* 1.0 + ulp */
        LDD     d9, 0x0000000000000001  /* smallest subnormal */

        ALL4D   "d-1-m2", 0, 1
        ALL4D   "d-p0-m0", 2, 3
        ALL4D   "d-m0-m0", 3, 3
        ALL4D   "d-p0-p0", 2, 2
        ALL4D   "d-inf-minf", 4, 5
        ALL4D   "d-1-inf", 0, 4
        ALL4D   "d-1-1ulp", 0, 8
        ALL4D   "d-denorm-m0", 9, 3
        ALL4D   "d-1-1", 0, 0
        ALL4D   "d-qnan-1", 6, 0
        ALL4D   "d-qnan-minf", 6, 5
        ALL4D   "d-qnan-nqnan", 6, 7
        ALL4D   "d-qnan-qnan", 6, 6

        LDS     s0, 0x3f800000          /* 1.0 */
        LDS     s1, 0xc0000000          /* -2.0 */
        LDS     s2, 0x00000000
        LDS     s3, 0x80000000
        LDS     s4, 0x7f800000
        LDS     s6, 0x7fc00123
        LDS     s7, 0xffc00456
        ALL4S   "s-1-m2", 0, 1
        ALL4S   "s-p0-m0", 2, 3
        ALL4S   "s-1-inf", 0, 4
        ALL4S   "s-qnan-1", 6, 0
        ALL4S   "s-qnan-nqnan", 6, 7

        /* the upper part of the destination is cleared */
        DIRTY   28
        DIRTY   29
        fmax    d28, d0, d1
        fminnm  s29, s6, s1
        CHECK   "minmax-upper", q28, q29
        /* aliasing */
        fmov    d10, d2
        fmin    d10, d10, d3
        fmov    d11, d1
        fmaxnm  d11, d6, d11
        CHECK   "minmax-alias", d10, d11

        /* exceptions: quiet NaNs raise nothing, signalling ones IOC */
        LDD     d0, 0x3ff0000000000000
        LDD     d6, 0x7ff8000000000123
        msr     fpsr, xzr
        fmax    d20, d6, d0
        fmin    d21, d0, d6
        fmaxnm  d22, d6, d0
        fminnm  d23, d6, d6
        CHECK   "qnan-no-ioc", fpsr
        LDD     d12, 0x7ff0000000000abc
        fmaxnm  d22, d12, d0
        CHECK   "snan-ioc", fpsr
        msr     fpsr, xzr

        /* signalling NaNs: a NaN result (quieted) even for FMAXNM/FMINNM,
         * and they take precedence over quiet ones */
        LDD     d0, 0x3ff0000000000000
        LDD     d6, 0x7ff8000000000123
        LDD     d12, 0x7ff0000000000abc /* snan */
        ALL4D   "d-snan-1", 12, 0
        ALL4D   "d-snan-qnan", 12, 6
        LDS     s13, 0xff800def         /* -snan */
        ALL4S   "s-snan-m2", 13, 1
        /* FPCR.DN: NaN results become the default NaN; numbers still win
         * in FMAXNM/FMINNM */
        LDD     d0, 0x3ff0000000000000
        LDD     d6, 0x7ff8000000000123
        LDD     d7, 0xfff8000000000456
        mov     x9, #(1 << 25)
        msr     fpcr, x9
        ALL4D   "dn-qnan-1", 6, 0
        ALL4D   "dn-qnan-nqnan", 6, 7
        msr     fpcr, xzr

        EXIT
