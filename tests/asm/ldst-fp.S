/* ldst-fp.S - SIMD&FP register loads and stores: B/H/S/D/Q in the
 * unsigned-offset, unscaled, pre/post-index, register-offset (including
 * the Q shift of 4) and literal forms, and LDP/STP/LDNP/STNP of S/D/Q.
 * A scalar load must zero the rest of the 128-bit register. */
#include "harness.h"

        .macro  DIRTY reg
        ldr     \reg, dirty
        .endm

START
        LOADADDR x20, h_scratch
        mov     x9, #0
1:      add     w10, w9, w9, lsl #3
        add     w10, w10, #0x2b
        strb    w10, [x20, x9]
        add     x9, x9, #1
        cmp     x9, #4096
        b.ne    1b

        /* scalar loads zero the upper bits */
        DIRTY   q0
        DIRTY   q1
        DIRTY   q2
        DIRTY   q3
        DIRTY   q4
        ldr     b0, [x20, #1]
        ldr     h1, [x20, #2]
        ldr     s2, [x20, #4]
        ldr     d3, [x20, #8]
        ldr     q4, [x20, #16]
        CHECK   "ldr-uimm", q0, q1, q2, q3, q4

        /* largest scaled offsets */
        DIRTY   q5
        DIRTY   q6
        ldr     b5, [x20, #4095]
        MOV64   x9, (65520 - 1024)
        sub     x21, x20, x9
        ldr     q6, [x21, #65520]
        CHECK   "ldr-max", q5, q6

        /* unscaled, unaligned */
        add     x21, x20, #300
        DIRTY   q7
        DIRTY   q8
        DIRTY   q9
        DIRTY   q10
        DIRTY   q11
        ldur    b7, [x21, #-255]
        ldur    h8, [x21, #-3]
        ldur    s9, [x21, #1]
        ldur    d10, [x21, #-7]
        ldur    q11, [x21, #255]
        CHECK   "ldur", q7, q8, q9, q10, q11

        /* pre/post-index */
        add     x21, x20, #512
        DIRTY   q12
        DIRTY   q13
        ldr     q12, [x21, #32]!
        ldr     s13, [x21], #-20
        sub     x2, x21, x20
        ldr     d14, [x21, #-1]!
        ldr     h15, [x21], #3
        ldr     b16, [x21, #1]!
        sub     x3, x21, x20
        CHECK   "ldr-wb", q12, q13, q14, q15, q16, x2, x3

        /* register offsets: LSL by each size, extended W indexes */
        add     x21, x20, #1024
        mov     x1, #3
        mov     x11, #-2
        ldr     b17, [x21, x1]
        ldr     h18, [x21, x1, lsl #1]
        ldr     s19, [x21, w11, sxtw #2]
        ldr     d20, [x21, x1, lsl #3]
        ldr     q21, [x21, x1, lsl #4]
        ldr     q22, [x21, w11, sxtw #4]
        ldr     q23, [x21, x11, sxtx]
        ldr     q24, [x21, w1, uxtw #4]
        CHECK   "ldr-reg", q17, q18, q19, q20, q21, q22, q23, q24

        /* literals */
        DIRTY   q25
        ldr     s25, lit
        ldr     d26, lit
        ldr     q27, lit
        CHECK   "ldr-lit", q25, q26, q27

        /* stores of each size write exactly that many bytes */
        add     x21, x20, #2048
        DIRTY   q0
        mov     x9, #-1
        .irp off, 0, 16, 32, 48, 64
        stp     x9, x9, [x21, #\off]
        .endr
        str     b0, [x21]
        str     h0, [x21, #16]
        str     s0, [x21, #32]
        str     d0, [x21, #48]
        str     q0, [x21, #64]
        ldp     x2, x3, [x21]
        ldp     x4, x5, [x21, #16]
        ldp     x6, x7, [x21, #32]
        ldp     x12, x13, [x21, #48]
        ldp     x14, x15, [x21, #64]
        CHECK   "str-sizes", x2, x3, x4, x5, x6, x7, x12, x13, x14, x15

        /* store addressing modes */
        add     x21, x20, #2560
        stur    q0, [x21, #-3]
        str     d0, [x21, #16]!
        str     s0, [x21], #8
        sub     x2, x21, x20
        mov     x1, #2
        str     q0, [x21, x1, lsl #4]
        str     h0, [x21, w1, uxtw #1]
        str     b0, [x21, x1]
        ldur    q1, [x21, #-27]
        ldr     q2, [x21, #-8]
        ldr     q3, [x21, #32]
        ldr     q4, [x21]
        CHECK   "str-modes", x2, q1, q2, q3, q4

        /* pairs: S, D, Q, all modes, SP base */
        add     x21, x20, #3072
        DIRTY   q5
        DIRTY   q6
        ldp     s5, s6, [x21, #-256]
        ldp     d7, d8, [x21, #504]
        ldp     q9, q10, [x21, #-1024]
        ldp     q11, q12, [x21, #32]!
        ldp     d13, d14, [x21], #-16
        sub     x2, x21, x20
        CHECK   "ldp", q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, x2

        ldr     q0, lit
        ldr     q1, dirty
        mov     x23, sp
        stp     q0, q1, [sp, #-32]!
        /* SP stays 16-byte aligned: arm64 Linux faults any access based
         * on a misaligned SP (SCTLR_EL1.SA0; tests/c/sig-sp-align.c) */
        stp     s1, s0, [sp, #-16]!
        stp     d0, d1, [x21, #16]
        stnp    q1, q0, [x21, #32]
        ldp     x2, x3, [sp, #16]
        ldr     x4, [sp]
        ldp     q2, q3, [x21, #16]
        ldnp    q4, q5, [x21, #32]
        ldur    q6, [sp, #16]
        ldur    q7, [sp, #32]
        add     sp, sp, #48
        mov     x5, sp
        sub     x5, x23, x5
        CHECK   "stp", x2, x3, x4, q2, q3, q4, q5, q6, q7, x5

        /* NZCV survives */
        MOV64   x9, 0x7fffffffffffffff
        cmn     x9, #1
        ldr     q0, [x20]
        str     q0, [x20, #16]!
        ldp     q0, q1, [x20], #-16
        CHECK   "flags-kept", x9

        EXIT

        .p2align 4
lit:    .quad   0x0011223344556677, 0x8899aabbccddeeff
dirty:  .quad   0xdededededededede, 0xadadadadadadadad
