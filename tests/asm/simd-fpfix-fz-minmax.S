/* simd-fpfix-fz-minmax.S - FMIN/FMAX/FMINNM/FMAXNM under FPCR.FZ flush
 * denormal operands to zeros of their sign before comparing: vector,
 * pairwise, across lanes, scalar pairwise, single and double, with and
 * without NaNs in other lanes (ferry's exact C path).  ferry once returned
 * the denormal's bits.  FPSR is not shown: the Input Denormal flag is a
 * known difference (docs/simd.md).  Expected output from qemu-aarch64. */
#include "harness.h"

        .macro OPS
        fmin    v4.4s, v0.4s, v1.4s
        fmax    v5.4s, v0.4s, v1.4s
        fminnm  v6.4s, v1.4s, v0.4s
        fmaxnm  v7.2s, v1.2s, v0.2s
        fminp   v16.4s, v0.4s, v1.4s
        fmaxp   v17.2s, v0.2s, v1.2s
        fminnmp v18.4s, v1.4s, v0.4s
        fmaxnmp v19.4s, v0.4s, v1.4s
        CHECK   "s-\@", q4, q5, q6, q7, q16, q17, q18, q19
        fminv   s4, v0.4s
        fmaxv   s5, v1.4s
        fminnmv s6, v1.4s
        fmaxnmv s7, v0.4s
        fminp   s16, v0.2s
        fmaxnmp s17, v1.2s
        fmaxp   d18, v2.2d
        fminnmp d19, v3.2d
        CHECK   "across-\@", q4, q5, q6, q7, q16, q17, q18, q19
        fmin    v4.2d, v2.2d, v3.2d
        fmax    v5.2d, v2.2d, v3.2d
        fminnm  v6.2d, v3.2d, v2.2d
        fmaxnm  v7.2d, v3.2d, v2.2d
        fminp   v16.2d, v2.2d, v3.2d
        fmaxp   v17.2d, v3.2d, v2.2d
        fminnmp v18.2d, v2.2d, v3.2d
        fmaxnmp v19.2d, v2.2d, v3.2d
        CHECK   "d-\@", q4, q5, q6, q7, q16, q17, q18, q19
        .endm

START
        MOV64   x0, 0x1000000           /* FZ */
        msr     fpcr, x0
        LOADADDR x9, inputs
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        OPS
        ldp     q0, q1, [x9, #64]       /* the same with NaNs */
        ldp     q2, q3, [x9, #96]
        OPS
        LOADADDR x9, inputs
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        MOV64   x0, 0x1800000           /* FZ, round toward -inf */
        msr     fpcr, x0
        OPS
        msr     fpcr, xzr               /* no FZ: denormals are numbers */
        OPS
        EXIT

        .data
        .balign 16
inputs:
        .word   0x00000001, 0x807fffff, 0x00400000, 0x3f800000
        .word   0x00000002, 0x00000005, 0x80000003, 0x00000001
        .quad   0x0000000000000001, 0x800fffffffffffff
        .quad   0x8000000000000002, 0x0000000000000003
        .word   0x00000001, 0x807fffff, 0x7fc00000, 0x80000000
        .word   0x7fc00001, 0x00000005, 0x80000003, 0x00000001
        .quad   0x7ff8000000000000, 0x800fffffffffffff
        .quad   0x8000000000000002, 0x7ff8000000000001
