/* simd-fpfix-ucvtf0.S - UCVTF of 64-bit lanes gives +0 for 0 in every
 * rounding mode (ferry's 2^84/2^52 split once gave -0 rounding toward
 * -inf), and stays exact for other values: vector, AdvSIMD scalar and
 * fixed point.  Expected output from qemu-aarch64. */
#include "harness.h"

        .macro CASES mode
        MOV64   x0, \mode
        msr     fpcr, x0
        msr     fpsr, xzr
        ucvtf   v2.2d, v0.2d
        ucvtf   v3.2d, v1.2d
        ucvtf   d4, d0
        ucvtf   d5, d1
        CHECK   "ucvtf-\mode", q2, q3, q4, q5, fpsr
        msr     fpsr, xzr
        ucvtf   v2.2d, v0.2d, #12
        ucvtf   v3.2d, v1.2d, #64
        ucvtf   d4, d0, #12
        ucvtf   d5, d1, #1
        CHECK   "ucvtf-fixed-\mode", q2, q3, q4, q5, fpsr
        msr     fpsr, xzr
        scvtf   v2.2d, v0.2d
        scvtf   d4, d0, #3
        ucvtf   v3.4s, v0.4s
        ucvtf   s5, s0, #5
        CHECK   "cvtf-other-\mode", q2, q3, q4, q5, fpsr
        .endm

START
        LOADADDR x9, inputs
        ldr     q0, [x9]
        ldr     q1, [x9, #16]
        CASES   0x000000                /* RN */
        CASES   0x400000                /* RP */
        CASES   0x800000                /* RM */
        CASES   0xc00000                /* RZ */
        CASES   0x1800000               /* RM, FZ */
        msr     fpcr, xzr
        EXIT

        .data
        .balign 16
inputs:
        .quad   0, 0x100000
        .quad   0xffffffffffffffff, 0x8000000000000801
