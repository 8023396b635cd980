/* simd-chain.S - sequences of AdvSIMD instructions (register forwarding between them, flags kept across fast and C paths)
 * Expected output from qemu-aarch64.  v0-v7, v16-v19, v24-v29 hold input patterns, v20-v23 are
 * reloaded with garbage before each case so that 64-bit forms must zero
 * the upper half and read-modify-write forms keep what they should.
 * NZCV is set to 1000 once and every CHECK shows it unchanged. */
#include "harness.h"

        .macro RESET
        LOADADDR x9, garbage
        ldp     q20, q21, [x9]
        ldp     q22, q23, [x9, #32]
        .endm

START
        LOADADDR x9, inputs
        ldr     q0, [x9, #0]
        ldr     q1, [x9, #16]
        ldr     q2, [x9, #32]
        ldr     q3, [x9, #48]
        ldr     q4, [x9, #64]
        ldr     q5, [x9, #80]
        ldr     q6, [x9, #96]
        ldr     q7, [x9, #112]
        ldr     q16, [x9, #128]
        ldr     q17, [x9, #144]
        ldr     q18, [x9, #160]
        ldr     q19, [x9, #176]
        ldr     q24, [x9, #192]
        ldr     q25, [x9, #208]
        ldr     q26, [x9, #224]
        ldr     q27, [x9, #240]
        ldr     q28, [x9, #256]
        ldr     q29, [x9, #272]
        mov     x0, #1
        cmp     x0, #2                  /* nzcv = 1000 */
        RESET
        uminp v20.16b, v0.16b, v1.16b
        uminp v20.16b, v20.16b, v20.16b
        cmeq v20.8b, v20.8b, #0
        fmov x1, d20
        CHECK   "chain-strlen", q20, x1
        RESET
        dup v21.16b, w9
        cmeq v20.16b, v0.16b, v21.16b
        shrn v20.8b, v20.8h, #4
        umaxp v22.8b, v20.8b, v20.8b
        CHECK   "chain-memchr", q20, q21, q22
        RESET
        add v20.2s, v4.2s, v5.2s
        add v21.4s, v20.4s, v20.4s
        mul v20.4s, v21.4s, v20.4s
        addv s22, v20.4s
        CHECK   "chain-q0-q1", q20, q21, q22
        RESET
        eor v20.16b, v6.16b, v7.16b
        eor v20.16b, v20.16b, v6.16b
        orr v21.16b, v20.16b, v20.16b
        bsl v21.16b, v20.16b, v0.16b
        CHECK   "chain-alias", q20, q21
        RESET
        addp d20, v6.2d
        add d21, d20, d20
        ushr d21, d21, #3
        neg d20, d21
        cmeq d22, d20, d21
        CHECK   "chain-scalar", q20, q21, q22
        RESET
        fadd v20.4s, v16.4s, v24.4s
        fmul v21.4s, v20.4s, v20.4s
        fmla v21.4s, v20.4s, v24.4s
        fcvtzs v22.4s, v21.4s
        scvtf v23.4s, v22.4s
        CHECK   "chain-fp", q20, q21, q22, q23
        RESET
        fadd v20.4s, v17.4s, v16.4s
        fmul v21.4s, v20.4s, v16.4s
        fmax v22.4s, v21.4s, v20.4s
        fminnmv s23, v22.4s
        CHECK   "chain-fp-nan", q20, q21, q22, q23
        RESET
        add v20.16b, v0.16b, v1.16b
        mov v20.b[3], w9
        add v21.16b, v20.16b, v20.16b
        umov w1, v21.b[3]
        CHECK   "chain-ins", q20, q21, x1
        RESET
        add v20.4s, v4.4s, v5.4s
        mov x3, #7
        add v21.4s, v20.4s, v20.4s
        CHECK   "chain-gpr-between", q20, q21
        RESET
        sqadd v20.4s, v4.4s, v5.4s
        sqadd v21.4s, v20.4s, v20.4s
        add v22.4s, v21.4s, v20.4s
        CHECK   "chain-slow", q20, q21, q22
        RESET
        msr fpsr, xzr
        sqadd v20.16b, v0.16b, v1.16b
        cmp x9, #5
        uqadd v21.8h, v2.8h, v3.8h
        cset x1, eq
        CHECK   "chain-sat-flags", q20, q21, x1, fpsr
        RESET
        fmov v1.4s, #1.0
        fmov v2.4s, #1.0
        msr fpsr, xzr
        b 1f
        1: fmulx v20.4s, v1.4s, v2.4s
        sqrshl s21, s1, s2
        frecpe v22.4s, v1.4s
        fdiv v23.4s, v1.4s, v2.4s
        CHECK   "translate-keeps-fpsr", q20, q21, q22, q23, fpsr
        RESET
        cmp x9, x9
        add v20.4s, v4.4s, v5.4s
        fadd v21.4s, v17.4s, v16.4s
        sqshl v22.4s, v4.4s, v5.4s
        cset x1, eq
        csel x2, x9, xzr, ne
        CHECK   "chain-nzcv", x1, x2, q20, q21, q22
        EXIT

        .data
        .p2align 4
inputs:
        .quad   0x4081feff807f0100, 0x7e02aa55ef10c33c      /* v0 */
        .quad   0xc08102007f8001ff, 0x7ffd55aaee113c3c      /* v1 */
        .quad   0x80007fff0001ffff, 0x12348765fedc0080      /* v2 */
        .quad   0x7fff8000ffff0001, 0x12340765fedd8080      /* v3 */
        .quad   0x800000007fffffff, 0xffffffff00000001      /* v4 */
        .quad   0x7fffffff80000000, 0x00000001ffffffff      /* v5 */
        .quad   0x0123456789abcdef, 0xfedcba9876543210      /* v6 */
        .quad   0x0f0e0d0c0b0a0908, 0x0706050403020100      /* v7 */
        .quad   0xc01000003fc00000, 0x8000000000000000      /* v16 */
        .quad   0x7149f2ca40400000, 0x7fc00000c0f80000      /* v17 */
        .quad   0x4004000000000000, 0xfe37e43c8800759c      /* v18 */
        .quad   0xbfe0000000000000, 0x7ff0000000000000      /* v19 */
        .quad   0xc020000040200000, 0xbf00000040600000      /* v24 */
        .quad   0xcf32d05e4f000000, 0x7f8000004f800000      /* v25 */
        .quad   0x43e02207973f6440, 0xc3e02207973f6440      /* v26 */
        .quad   0x43ef399b1438a100, 0x7ff8000000000000      /* v27 */
        .quad   0x00000003fffffffd, 0x7fffffff80000001      /* v28 */
        .quad   0x0000000000000003, 0xfffffffffffffffd      /* v29 */
garbage:
        .quad   0xdeadbeefcafef00d, 0x5a5aa5a512345678
        .quad   0x1111222233334444, 0x5555666677778888
        .quad   0x9999aaaabbbbcccc, 0xddddeeeeffff0000
        .quad   0x0102030405060708, 0x090a0b0c0d0e0f10
