/* branch-region.S - loops of several blocks, which ferry translates as one
 * unit with some memory-homed registers (x6-x18, x21-x28) moved into host
 * registers for the loop: every way in and out must leave all registers
 * as the guest expects.  Covered: a conditional exit either way round, the
 * loop head reached by fall-through and by a back edge, CBZ/TBZ/TBNZ
 * inside the loop and as exits, NZCV set in one block and read in the
 * next, a block longer than the 64-instruction block limit, an indirect
 * exit (BR), re-entry at a block in the middle of the loop, and a nested
 * loop sharing the outer loop's blocks.  Registers the loop never names
 * are checked afterwards, because a remapping borrows their host
 * registers. */
#include "harness.h"

START
        /* Values in every register the loops below do not touch. */
        MOV64   x0, 0x1000000000000000
        MOV64   x1, 0x1111111111111111
        MOV64   x2, 0x2222222222222222
        MOV64   x3, 0x3333333333333333
        MOV64   x4, 0x4444444444444444
        MOV64   x5, 0x5555555555555555
        MOV64   x19, 0x1919191919191919
        MOV64   x20, 0x2020202020202020
        MOV64   x30, 0x3030303030303030

        /* 1. A loop of three blocks on memory-homed registers:
         * x6 counts down, x7/x8/x9 accumulate, x10 alternates the path. */
        mov     x6, #100
        mov     x7, #0
        mov     x8, #0
        mov     x9, #1
        mov     x10, #0
1:      add     x7, x7, x6
        tbnz    x10, #0, 2f
        add     x8, x8, x6, lsl #1
        eor     x9, x9, x7
        b       3f
2:      sub     x8, x8, #3
        ror     x9, x9, #7
3:      eor     x10, x10, #1
        subs    x6, x6, #1
        b.ne    1b
        CHECK   "three-blocks", x6, x7, x8, x9, x10
        CHECK   "untouched", x0, x1, x2, x3, x4, x5, x19, x20, x30

        /* 2. The exit is the taken side of a conditional branch, the loop
         * continues on the fall-through; and NZCV set in one block is read
         * by a CSEL in the next block. */
        mov     x11, #0
        mov     x12, #0
        mov     x13, #37
4:      cmp     x11, x13
        b.eq    6f
        add     x11, x11, #1
        cmp     x11, #20
        b.hi    5f
        csinc   x12, x12, x12, lo      /* reads the CMP's flags */
        b       4b
5:      csel    x12, x12, x11, ls
        add     x12, x12, #2
        b       4b
6:      CHECK   "exit-taken", x11, x12, x13

        /* 3. CBZ and CBNZ inside the loop, CBZ as the exit. */
        mov     x14, #50
        mov     x15, #0
        mov     x16, #0
7:      and     x17, x14, #3
        cbnz    x17, 8f
        add     x15, x15, x14
        b       9f
8:      add     x16, x16, x17
9:      sub     x14, x14, #1
        cbz     x14, 10f
        b       7b
10:     CHECK   "cbz-exit", x14, x15, x16, x17

        /* 4. A loop through a block longer than the block limit (70
         * instructions without a branch), whose flags survive it. */
        mov     x21, #5
        mov     x22, #0
11:     cmp     x21, #3
        .rept   35
        add     x22, x22, #1
        eor     x22, x22, x21
        .endr
        csel    x23, x21, x22, eq
        add     x24, x24, x23
        subs    x21, x21, #1
        b.ne    11b
        CHECK   "long-block", x21, x22, x23, x24

        /* 5. An indirect exit (BR) from the middle of a loop, then
         * re-entry at that middle block from outside: x25 tells the path. */
        adr     x26, 13f
        mov     x25, #0
        mov     x27, #0
12:     add     x27, x27, #3
        cmp     x27, #30
        b.hs    14f
        add     x25, x25, #1
        tbz     x25, #2, 12b
        br      x26            /* leaves the loop with x25 = 4 */
13:     add     x25, x25, #100
        b       12b            /* back into the loop from outside it */
14:     CHECK   "indirect-exit", x25, x26, x27

        /* 6. A nested loop: the inner loop is a block of its own, the
         * outer loop shares its head with no other block. */
        mov     x6, #0
        mov     x7, #0
        mov     x28, #9
15:     mov     x8, x28
16:     add     x6, x6, x8
        subs    x8, x8, #1
        b.ne    16b
        add     x7, x7, #1
        subs    x28, x28, #1
        b.ne    15b
        CHECK   "nested", x6, x7, x8, x28
        CHECK   "untouched-end", x0, x1, x2, x3, x4, x5, x19, x20, x30
        EXIT
