/* simd-regcache.S - AdvSIMD values that ferry keeps in host registers
 * (xmm8-xmm13, the V register cache) from one instruction to the next,
 * against everything that must make it forget or refresh a copy: code
 * that uses those host registers itself (FRECPS, the FP NaN paths, TBL
 * with four table registers), lane writes (INS, LD1 to a lane, LD1R,
 * DUP, MOVI, UMOV reads), structure loads and stores, loads and stores of
 * Q registers, narrowing and scalar writes, more values than the cache
 * has room for, and the same register read and written. */
#include "harness.h"

        .data
        .balign 16
vals:   .word   1, 2, 3, 4, 5, 6, 7, 8
        .word   0x3f800000, 0x7fc00000, 0x00000000, 0x7f800000
        .word   9, 10, 11, 12
        .text

START
        LOADADDR x20, vals
        LOADADDR x21, h_scratch
        ldr     q2, [x20]
        ldr     q3, [x20, #16]

        /* A chain of integer vector operations. */
        add     v1.4s, v2.4s, v3.4s
        mul     v4.4s, v1.4s, v2.4s
        sub     v5.4s, v4.4s, v1.4s
        eor     v6.16b, v5.16b, v1.16b
        mla     v6.4s, v1.4s, v2.4s
        CHECK   "chain", q1, q4, q5, q6

        /* Host registers of the cache used by other code: the NaN lane
         * test of a vector FADD with two different operands uses xmm13,
         * which holds the sixth value cached in a block (v12 below);
         * FRECPS and a four-register TBL use more of them. */
        ldr     q2, [x20]
        ldr     q3, [x20, #16]
        add     v7.4s, v2.4s, v2.4s
        add     v8.4s, v3.4s, v3.4s
        add     v9.4s, v7.4s, v8.4s
        add     v12.4s, v9.4s, v2.4s
        ldr     q10, [x20, #32]
        fadd    v11.4s, v10.4s, v9.4s
        add     v21.4s, v12.4s, v12.4s
        frecps  v13.4s, v10.4s, v10.4s
        add     v12.4s, v7.4s, v8.4s
        add     v12.4s, v12.4s, v9.4s
        movi    v16.16b, #3
        mov     v17.16b, v7.16b
        mov     v18.16b, v8.16b
        mov     v19.16b, v9.16b
        tbl     v20.16b, {v16.16b, v17.16b, v18.16b, v19.16b}, v1.16b
        add     v14.4s, v7.4s, v9.4s
        CHECK   "host-regs", q9, q11, q12, q13, q14, q20, q21

        /* Lane writes and lane loads behind a cached value. */
        add     v1.4s, v2.4s, v3.4s
        mov     w0, #77
        ins     v1.s[1], w0
        add     v22.4s, v1.4s, v2.4s
        add     v1.4s, v2.4s, v3.4s
        ld1     {v1.s}[2], [x20]
        add     v23.4s, v1.4s, v2.4s
        add     v1.4s, v2.4s, v3.4s
        ld1r    {v1.4s}, [x20]
        add     v24.4s, v1.4s, v2.4s
        add     v1.4s, v2.4s, v3.4s
        dup     v1.8h, w0
        add     v25.4s, v1.4s, v2.4s
        add     v1.4s, v2.4s, v3.4s
        movi    v1.2d, #0xff00ff00ff00ff00
        add     v26.4s, v1.4s, v2.4s
        add     v1.4s, v2.4s, v3.4s
        umov    w1, v1.s[3]
        fmov    x2, d1
        CHECK   "lanes", q22, q23, q24, q25, q26, w1, x2

        /* Structure loads and stores, Q loads and stores, pairs. */
        add     v1.4s, v2.4s, v3.4s
        ld2     {v1.4s, v2.4s}, [x20]
        add     v27.4s, v1.4s, v2.4s
        ldr     q2, [x20]
        add     v1.4s, v2.4s, v3.4s
        str     q1, [x21]
        st1     {v1.4s}, [x21], #16
        stp     q1, q2, [x21]
        ldp     q28, q29, [x21, #-16]
        add     v28.4s, v28.4s, v29.4s
        ldr     q30, [x21, #16]
        CHECK   "structures", q1, q27, q28, q30

        /* Narrowing, 64-bit and scalar writes, then full reads. */
        add     v1.4s, v2.4s, v3.4s
        xtn     v1.4h, v1.4s
        add     v4.4s, v1.4s, v3.4s
        add     v1.4s, v2.4s, v3.4s
        xtn2    v1.8h, v3.4s
        add     v5.4s, v1.4s, v3.4s
        add     v1.4s, v2.4s, v3.4s
        add     v1.2s, v1.2s, v2.2s
        add     v6.4s, v1.4s, v3.4s
        add     v1.4s, v2.4s, v3.4s
        addp    d1, v1.2d
        add     v7.4s, v1.4s, v3.4s
        add     v1.4s, v2.4s, v3.4s
        fmov    d8, d1
        fadd    s9, s8, s8
        add     v9.4s, v9.4s, v1.4s
        CHECK   "widths", q4, q5, q6, q7, q8, q9

        /* More live values than the cache has slots, read again. */
        add     v16.4s, v2.4s, v3.4s
        add     v17.4s, v16.4s, v2.4s
        add     v18.4s, v17.4s, v2.4s
        add     v19.4s, v18.4s, v2.4s
        add     v20.4s, v19.4s, v2.4s
        add     v21.4s, v20.4s, v2.4s
        add     v22.4s, v21.4s, v2.4s
        add     v23.4s, v22.4s, v2.4s
        add     v24.4s, v16.4s, v17.4s
        add     v24.4s, v24.4s, v18.4s
        add     v24.4s, v24.4s, v19.4s
        add     v24.4s, v24.4s, v20.4s
        add     v24.4s, v24.4s, v21.4s
        add     v24.4s, v24.4s, v22.4s
        add     v24.4s, v24.4s, v23.4s
        CHECK   "many", q23, q24

        /* Vector FP with NaN lanes (the slow path), around cached values. */
        add     v1.4s, v2.4s, v3.4s
        ldr     q10, [x20, #32]
        fadd    v11.4s, v10.4s, v10.4s
        add     v15.4s, v11.4s, v11.4s  /* the NaN lane as AArch64 made it */
        fmax    v12.4s, v10.4s, v11.4s
        fminnm  v13.4s, v12.4s, v10.4s
        add     v14.4s, v1.4s, v1.4s
        CHECK   "fp-nan", q11, q12, q13, q14, q15
        EXIT
