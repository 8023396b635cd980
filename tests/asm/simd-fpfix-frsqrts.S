/* simd-fpfix-frsqrts.S - FRSQRTS is (3 - n*m) / 2 rounded once: where
 * 3 - n*m overflows but its half does not (ferry once halved the rounded
 * 3 - n*m, giving an infinity or half the largest finite value), in every
 * rounding mode; FRECPS (2 - n*m) on the same inputs; and, under FPCR.FZ,
 * a denormal times an infinity, which AArch64 reads as 0 * inf (2.0 and
 * 1.5, no Invalid).  Vector and scalar, single and double.
 * Expected output from qemu-aarch64. */
#include "harness.h"

        .macro CASES mode
        MOV64   x0, \mode
        msr     fpcr, x0
        msr     fpsr, xzr
        frsqrts v4.4s, v0.4s, v1.4s
        frsqrts s5, s0, s1
        frsqrts v6.2s, v16.2s, v17.2s
        CHECK   "frsqrts-s-\mode", q4, q5, q6, fpsr
        msr     fpsr, xzr
        frsqrts v4.2d, v2.2d, v3.2d
        frsqrts d5, d2, d3
        frsqrts v6.2d, v18.2d, v19.2d
        CHECK   "frsqrts-d-\mode", q4, q5, q6, fpsr
        msr     fpsr, xzr
        frecps  v4.4s, v0.4s, v1.4s
        frecps  s5, s0, s1
        frecps  v6.2d, v2.2d, v3.2d
        frecps  d7, d2, d3
        CHECK   "frecps-\mode", q4, q5, q6, q7, fpsr
        .endm

START
        LOADADDR x9, inputs
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        ldp     q16, q17, [x9, #64]
        ldp     q18, q19, [x9, #96]
        CASES   0x000000                /* RN */
        CASES   0x400000                /* RP */
        CASES   0x800000                /* RM */
        CASES   0xc00000                /* RZ */
        CASES   0x2000000               /* DN */

        /* FZ: denormal * inf is 0 * inf */
        LOADADDR x9, fz_inputs
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        MOV64   x0, 0x1000000
        msr     fpcr, x0
        msr     fpsr, xzr
        frecps  v4.4s, v0.4s, v1.4s
        frsqrts v5.4s, v0.4s, v1.4s
        frecps  s6, s1, s0
        frsqrts s7, s1, s0
        CHECK   "fz-s", q4, q5, q6, q7, fpsr
        msr     fpsr, xzr
        frecps  v4.2d, v2.2d, v3.2d
        frsqrts v5.2d, v2.2d, v3.2d
        frecps  d6, d3, d2
        frsqrts d7, d3, d2
        CHECK   "fz-d", q4, q5, q6, q7, fpsr
        msr     fpsr, xzr
        fmulx   v4.4s, v0.4s, v1.4s
        CHECK   "fz-fmulx", q4
        msr     fpcr, xzr
        EXIT

        .data
        .balign 16
inputs:
        /* single n, m: overflowing products of either sign, a NaN-free
         * ordinary lane */
        .word   0xff1c0001, 0x7e800000, 0x7f000000, 0x3fb504f3
        .word   0x40040000, 0x40c00000, 0x40800000, 0x3fb504f3
        /* double n, m */
        .quad   0xffe3800000000001, 0x7fd0000000000000
        .quad   0x4000800000000000, 0x4018000000000000
        /* single (2s) and double: largest finite times 2, and times -2 */
        .word   0x7f7fffff, 0xff7fffff, 0, 0
        .word   0x40000000, 0x40000000, 0, 0
        .quad   0x7fefffffffffffff, 0x7fe0000000000000
        .quad   0xc000000000000000, 0x4010000000000000
fz_inputs:
        .word   0x00000001, 0x807fffff, 0x7f800000, 0x00400000
        .word   0xff800000, 0x7f800000, 0x00000003, 0x3f800000
        .quad   0x0000000000000001, 0xfff0000000000000
        .quad   0x7ff0000000000000, 0x800fffffffffffff
