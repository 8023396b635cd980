/* fp-fix-cvt-flags.S - FPSR of scalar FP -> integer conversions: Invalid
 * exactly where the result saturates (or the input is a NaN), else
 * Inexact where the input is not integral.  ferry once clamped unsigned
 * results without Invalid, raised Inexact for out-of-range fractions,
 * and raised Overflow/Inexact when scaling by 2^fbits for fixed point.
 * Expected output from qemu-aarch64. */
#include "harness.h"

        /* op: the conversion, with x1 as destination and d0 / s0 as source */
        .macro CVT label, bits, op:vararg
        MOV64   x0, \bits
        fmov    d0, x0
        msr     fpsr, xzr
        \op
        CHECK   "\label-\bits", x1, fpsr
        .endm

        .macro DVALS label, op:vararg
        CVT     \label, 0xbff0000000000000, \op      /* -1 */
        CVT     \label, 0xbfe0000000000000, \op      /* -0.5 */
        CVT     \label, 0xc01f000000000000, \op      /* -7.75 */
        CVT     \label, 0x8000000000000000, \op      /* -0 */
        CVT     \label, 0x3fe0000000000000, \op      /* 0.5 */
        CVT     \label, 0x3ff8000000000000, \op      /* 1.5 */
        CVT     \label, 0x41e0000000000000, \op      /* 2^31 */
        CVT     \label, 0x41dfffffffe00000, \op      /* 2^31 - 0.5 */
        CVT     \label, 0x41efffffffe00000, \op      /* 2^32 - 1 */
        CVT     \label, 0x41effffffff00000, \op      /* 2^32 - 0.5 */
        CVT     \label, 0x41f0000000000000, \op      /* 2^32 */
        CVT     \label, 0x41e65a0bc0000000, \op      /* 3e9 */
        CVT     \label, 0xc1e0000000100000, \op      /* -2^31 - 0.5 */
        CVT     \label, 0x43e0000000000000, \op      /* 2^63 */
        CVT     \label, 0x43efffffffffffff, \op      /* 2^64 - 2^11 */
        CVT     \label, 0x43f0000000000000, \op      /* 2^64 */
        CVT     \label, 0x7e37e43c8800759c, \op      /* 1e300 */
        CVT     \label, 0xfe37e43c8800759c, \op      /* -1e300 */
        CVT     \label, 0x7ff0000000000000, \op      /* inf */
        CVT     \label, 0xfff0000000000000, \op      /* -inf */
        CVT     \label, 0x7ff8000000000000, \op      /* NaN */
        CVT     \label, 0x0000000000000001, \op      /* denormal */
        .endm

        .macro SVALS label, op:vararg
        CVT     \label, 0xbf800000, \op              /* -1 */
        CVT     \label, 0xbf000000, \op              /* -0.5 */
        CVT     \label, 0xc0f80000, \op              /* -7.75 */
        CVT     \label, 0x3fc00000, \op              /* 1.5 */
        CVT     \label, 0x4f32d05e, \op              /* 3e9 */
        CVT     \label, 0x4f800000, \op              /* 2^32 */
        CVT     \label, 0x5f000000, \op              /* 2^63 */
        CVT     \label, 0x5f800000, \op              /* 2^64 */
        CVT     \label, 0x7f7fffff, \op              /* largest */
        CVT     \label, 0xff800000, \op              /* -inf */
        CVT     \label, 0x7f800000, \op              /* inf */
        CVT     \label, 0x7fc00000, \op              /* NaN */
        .endm

START
        DVALS   zu-w-d, fcvtzu w1, d0
        DVALS   zu-x-d, fcvtzu x1, d0
        DVALS   zs-w-d, fcvtzs w1, d0
        DVALS   zs-x-d, fcvtzs x1, d0
        DVALS   nu-w-d, fcvtnu w1, d0
        DVALS   au-x-d, fcvtau x1, d0
        DVALS   mu-x-d, fcvtmu x1, d0
        DVALS   pu-w-d, fcvtpu w1, d0
        DVALS   ns-w-d, fcvtns w1, d0
        DVALS   as-w-d, fcvtas w1, d0
        DVALS   ms-w-d, fcvtms w1, d0
        DVALS   ps-x-d, fcvtps x1, d0
        DVALS   zu-x-d-10, fcvtzu x1, d0, #10
        DVALS   zu-w-d-31, fcvtzu w1, d0, #31
        DVALS   zs-x-d-55, fcvtzs x1, d0, #55
        DVALS   zs-w-d-1, fcvtzs w1, d0, #1
        DVALS   zu-x-d-64, fcvtzu x1, d0, #64
        SVALS   zu-w-s, fcvtzu w1, s0
        SVALS   zu-x-s, fcvtzu x1, s0
        SVALS   nu-x-s, fcvtnu x1, s0
        SVALS   zu-w-s-6, fcvtzu w1, s0, #6
        SVALS   zs-x-s-64, fcvtzs x1, s0, #64
        SVALS   zu-x-s-3, fcvtzu x1, s0, #3
        MOV64   x0, 0x800000            /* round toward -inf */
        msr     fpcr, x0
        DVALS   rm-zu-w-d, fcvtzu w1, d0
        DVALS   rm-zu-x-d, fcvtzu x1, d0
        msr     fpcr, xzr
        EXIT
