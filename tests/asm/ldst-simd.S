/* ldst-simd.S - AdvSIMD structure loads and stores: LD1/ST1 of 1-4
 * registers (64- and 128-bit), LD2/LD3/LD4 and ST2/ST3/ST4 (interleaving),
 * single-lane LD1-LD4/ST1-ST4, LD1R-LD4R, with post-index by immediate and
 * by register, register lists that wrap from V31 to V0, and SP as base. */
#include "harness.h"

        .macro  DIRTY4 a, b, c, d
        ldr     q\a, dirty
        ldr     q\b, dirty
        ldr     q\c, dirty
        ldr     q\d, dirty
        .endm

START
        LOADADDR x20, h_scratch
        mov     x9, #0
1:      strb    w9, [x20, x9]           /* byte i = i mod 256 */
        add     x9, x9, #1
        cmp     x9, #4096
        b.ne    1b

        /* LD1 multiple: 1-4 registers, 16B and 8B arrangements */
        DIRTY4  0, 1, 2, 3
        ld1     {v0.16b}, [x20]
        ld1     {v1.8b}, [x20]
        ld1     {v2.4s, v3.4s}, [x20]
        CHECK   "ld1-1-2", q0, q1, q2, q3
        DIRTY4  4, 5, 6, 7
        ld1     {v4.2d, v5.2d, v6.2d}, [x20]
        ld1     {v7.4h}, [x20]
        CHECK   "ld1-3", q4, q5, q6, q7
        DIRTY4  8, 9, 10, 11
        ld1     {v8.8b, v9.8b, v10.8b, v11.8b}, [x20]
        CHECK   "ld1-4-8b", q8, q9, q10, q11
        ld1     {v8.16b, v9.16b, v10.16b, v11.16b}, [x20]
        CHECK   "ld1-4-16b", q8, q9, q10, q11
        DIRTY4  30, 31, 0, 1
        ld1     {v30.1d, v31.1d, v0.1d}, [x20]
        CHECK   "ld1-wrap", q30, q31, q0, q1

        /* post-index by immediate and by register */
        mov     x21, x20
        ld1     {v0.16b, v1.16b}, [x21], #32
        sub     x2, x21, x20
        ld1     {v2.8b}, [x21], #8
        sub     x3, x21, x20
        mov     x1, #-5
        ld1     {v3.16b}, [x21], x1
        sub     x4, x21, x20
        mov     x11, #100
        ld1     {v4.4s, v5.4s, v6.4s, v7.4s}, [x21], x11
        sub     x12, x21, x20
        ld1     {v8.2s}, [x21], #8
        sub     x13, x21, x20
        CHECK   "ld1-post", q3, q4, q7, q8, x2, x3, x4, x12, x13

        /* ST1 multiple */
        add     x21, x20, #2048
        ldr     q0, pat0
        ldr     q1, pat1
        ldr     q2, pat2
        ldr     q3, pat3
        st1     {v0.16b}, [x21]
        st1     {v1.8b}, [x21], #8
        st1     {v2.2d, v3.2d}, [x21]
        st1     {v0.4s, v1.4s, v2.4s}, [x21], #48
        st1     {v0.8b, v1.8b, v2.8b, v3.8b}, [x21]
        add     x22, x20, #2048
        ldp     q4, q5, [x22]
        ldp     q6, q7, [x22, #32]
        ldr     q8, [x22, #64]
        CHECK   "st1", q4, q5, q6, q7, q8
        mov     x11, #16
        st1     {v0.16b, v1.16b, v2.16b, v3.16b}, [x21], x11
        sub     x2, x21, x20
        ldp     q4, q5, [x21, #-16]
        ldp     q6, q7, [x21, #16]
        CHECK   "st1-4", q4, q5, q6, q7, x2

        /* LD2/LD3/LD4: de-interleave */
        DIRTY4  0, 1, 2, 3
        ld2     {v0.16b, v1.16b}, [x20]
        ld2     {v2.4h, v3.4h}, [x20]
        CHECK   "ld2", q0, q1, q2, q3
        DIRTY4  4, 5, 6, 7
        ld3     {v4.4s, v5.4s, v6.4s}, [x20]
        ld3     {v7.8b, v8.8b, v9.8b}, [x20]
        CHECK   "ld3", q4, q5, q6, q7, q8, q9
        DIRTY4  10, 11, 12, 13
        ld4     {v10.8h, v11.8h, v12.8h, v13.8h}, [x20]
        CHECK   "ld4-8h", q10, q11, q12, q13
        ld4     {v10.2s, v11.2s, v12.2s, v13.2s}, [x20]
        CHECK   "ld4-2s", q10, q11, q12, q13
        ld2     {v31.2d, v0.2d}, [x20]
        CHECK   "ld2-wrap", q31, q0

        /* ST2/ST3/ST4: interleave, and a round trip */
        ldr     q0, pat0
        ldr     q1, pat1
        ldr     q2, pat2
        ldr     q3, pat3
        add     x21, x20, #3072
        st2     {v0.8h, v1.8h}, [x21]
        ldp     q4, q5, [x21]
        st3     {v1.2s, v2.2s, v3.2s}, [x21], #24
        sub     x2, x21, x20
        ldur    q6, [x21, #-24]
        ldur    d7, [x21, #-8]
        CHECK   "st2-st3", q4, q5, q6, q7, x2
        st4     {v0.16b, v1.16b, v2.16b, v3.16b}, [x21]
        ld4     {v4.16b, v5.16b, v6.16b, v7.16b}, [x21]
        ldp     q8, q9, [x21]
        CHECK   "st4", q4, q5, q6, q7, q8, q9

        /* single lane */
        DIRTY4  0, 1, 2, 3
        ld1     {v0.b}[15], [x20]
        ld1     {v1.h}[3], [x20]
        ld1     {v2.s}[2], [x20]
        ld1     {v3.d}[1], [x20]
        CHECK   "ld1-lane", q0, q1, q2, q3
        DIRTY4  4, 5, 6, 7
        add     x21, x20, #100
        ld2     {v4.b, v5.b}[9], [x21], #2
        ld3     {v5.h, v6.h, v7.h}[5], [x21]
        mov     x1, #7
        ld4     {v4.s, v5.s, v6.s, v7.s}[1], [x21], x1
        sub     x2, x21, x20
        CHECK   "ldn-lane", q4, q5, q6, q7, x2
        add     x21, x20, #3584
        ldr     q0, pat0
        ldr     q1, pat1
        ldr     q2, pat2
        ldr     q3, pat3
        stp     xzr, xzr, [x21]
        stp     xzr, xzr, [x21, #16]
        st1     {v0.b}[13], [x21]
        add     x22, x21, #2
        st1     {v1.h}[7], [x22]
        add     x22, x21, #4
        st1     {v2.s}[3], [x22], #4
        st1     {v3.d}[0], [x22], #8
        st2     {v0.s, v1.s}[1], [x22]
        add     x22, x22, #8
        st4     {v0.b, v1.b, v2.b, v3.b}[0], [x22], #4
        sub     x2, x22, x21
        ldp     q4, q5, [x21]
        CHECK   "st-lane", q4, q5, x2

        /* load and replicate, 64- and 128-bit */
        DIRTY4  0, 1, 2, 3
        add     x21, x20, #0xa5
        ld1r    {v0.16b}, [x21]
        ld1r    {v1.8b}, [x21]
        ld1r    {v2.8h}, [x21]
        ld1r    {v3.4h}, [x21]
        CHECK   "ld1r-bh", q0, q1, q2, q3
        DIRTY4  4, 5, 6, 7
        ld1r    {v4.4s}, [x21]
        ld1r    {v5.2s}, [x21]
        ld1r    {v6.2d}, [x21]
        ld1r    {v7.1d}, [x21]
        CHECK   "ld1r-sd", q4, q5, q6, q7
        DIRTY4  8, 9, 10, 11
        ld2r    {v8.4s, v9.4s}, [x21], #8
        ld3r    {v10.8b, v11.8b, v12.8b}, [x21]
        mov     x1, #3
        ld4r    {v12.2d, v13.2d, v14.2d, v15.2d}, [x21], x1
        sub     x2, x21, x20
        CHECK   "ldnr", q8, q9, q10, q11, q12, q13, q14, q15, x2

        /* SP as base */
        mov     x23, sp
        ldr     q0, pat0
        ldr     q1, pat1
        st1     {v0.16b, v1.16b}, [sp]
        sub     sp, sp, #32
        ldr     q2, pat2
        st1     {v1.2d, v2.2d}, [sp], #32
        ld1     {v2.4s, v3.4s}, [sp]
        ld1r    {v4.8h}, [sp]
        mov     x3, sp
        sub     x2, x23, x3
        CHECK   "sp-base", q2, q3, q4, x2

        /* NZCV survives */
        MOV64   x9, 0x8000000000000000
        cmp     x9, #1
        ld1     {v0.16b}, [x20], #16
        st2     {v0.4s, v1.4s}, [x20]
        ld1r    {v0.4s}, [x20]
        ld4     {v0.b, v1.b, v2.b, v3.b}[3], [x20], #4
        CHECK   "flags-kept", x9

        EXIT

        .p2align 4
pat0:   .quad   0x0706050403020100, 0x0f0e0d0c0b0a0908
pat1:   .quad   0x1716151413121110, 0x1f1e1d1c1b1a1918
pat2:   .quad   0x2726252423222120, 0x2f2e2d2c2b2a2928
pat3:   .quad   0x3736353433323130, 0x3f3e3d3c3b3a3938
dirty:  .quad   0xdededededededede, 0xadadadadadadadad
