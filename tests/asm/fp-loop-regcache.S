/* fp-loop-regcache.S - FP and vector values carried around loops of
 * several blocks, which ferry keeps in host registers from one block of
 * the loop to the next (the V register cache across a region's jumps):
 * a value changed on one path only, by a cache-aware FP instruction, by a
 * lane insert or MOVI (not cache-aware), or not at all; more carried values
 * than cache slots; an exit from the middle of the loop; and a loop whose
 * blocks are entered in a different order on each pass. */
#include "harness.h"

START
        /* 1. Two paths through the loop body, chosen by bit 0 of x10. */
        fmov    d0, #1.0
        fmov    d1, #0.5
        fmov    d2, #2.0
        movi    d3, #0
        mov     x9, #40
        mov     x10, #0
1:      fadd    d3, d3, d0
        fmul    d4, d3, d1
        tbz     x10, #0, 2f
        fadd    d0, d0, d1              /* odd passes: FP write */
        mov     x11, #0x4000000000000000
        ins     v2.d[0], x11            /* and a lane insert (2.0) */
        b       3f
2:      fsub    d2, d2, d1              /* even passes: the other value */
        movi    v5.2d, #0xffffffff      /* a vector register, MOVI */
3:      fadd    d6, d4, d2
        add     x10, x10, #1
        subs    x9, x9, #1
        b.ne    1b
        CHECK   "two-paths", d0, d2, d3, d4, d6, q5

        /* 2. More carried values than slots, and an exit from the middle
         * of the loop. */
        fmov    d16, #1.0
        fmov    d17, #2.0
        fmov    d18, #3.0
        fmov    d19, #4.0
        fmov    d20, #5.0
        fmov    d21, #6.0
        fmov    d22, #7.0
        fmov    d23, #8.0
        mov     x9, #0
4:      fadd    d16, d16, d17
        fadd    d17, d17, d18
        fadd    d18, d18, d19
        fadd    d19, d19, d20
        add     x9, x9, #1
        cmp     x9, #25
        b.eq    6f
        fadd    d20, d20, d21
        fadd    d21, d21, d22
        fadd    d22, d22, d23
        fsub    d23, d23, d16
        tbnz    x9, #1, 5f
        fneg    d23, d23
5:      b       4b
6:      CHECK   "many-carried", d16, d17, d18, d19, d20, d21, d22, d23

        /* 3. Vector values carried around a loop of three blocks whose
         * middle block is skipped on some passes. */
        movi    v24.4s, #1
        movi    v25.4s, #3
        movi    v26.4s, #0
        mov     x9, #0
7:      add     v26.4s, v26.4s, v24.4s
        and     x12, x9, #3
        cbz     x12, 8f
        mul     v24.4s, v24.4s, v25.4s
        ext     v25.16b, v25.16b, v24.16b, #4
8:      add     x9, x9, #1
        cmp     x9, #17
        b.lo    7b
        CHECK   "vector-loop", q24, q25, q26

        /* 4. A loop whose first instruction reads the carried values: the
         * loop's entry loads them once. */
        fmov    d7, #1.5
        fmov    d8, #0.25
        mov     x9, #30
        b       9f
9:      fadd    d7, d7, d8
        fsub    d8, d7, d8
        subs    x9, x9, #1
        b.ne    9b
        CHECK   "entry-loads", d7, d8

        /* 5. Two paths that leave the same values in different orders, so
         * the loop's back edges move them between host registers. */
        fmov    d10, #1.0
        fmov    d11, #2.0
        fmov    d12, #3.0
        fmov    d13, #4.0
        mov     x9, #21
        b       10f
10:     fadd    d10, d10, d11
        fadd    d11, d11, d12
        tbz     x9, #0, 11f
        fadd    d12, d12, d13
        fsub    d13, d13, d10
        b       12f
11:     fsub    d13, d13, d10
        fadd    d12, d12, d13
        fmov    d14, d11
12:     subs    x9, x9, #1
        b.ne    10b
        CHECK   "permuted", d10, d11, d12, d13, d14
        EXIT
