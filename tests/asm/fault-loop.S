/* fault-loop.S - faults inside loops that ferry translates as one region,
 * with values in many registers and in the V register cache: the handler
 * must see the exact pc of the faulting instruction and every register as
 * the hardware would have it at that instruction (fault-handler.h prints
 * them all), and rt_sigreturn must put them back.
 *  loop-ldr-post:  a four-block loop, LDR post-index walking into the
 *                  unmapped page (the base not yet advanced), integer sums,
 *                  an FP sum and a vector sum carried by the loop, NZCV
 *                  live from a compare (set before the load, read after
 *                  it: flags a later compare overwrites unread may be
 *                  stale in ferry's frame, see docs/signals.md);
 *  loop-ldr-index: the faulting load is the second instruction, with a
 *                  register offset (the index already incremented);
 *  loop-str:       STR post-index walking into the read-only page
 *                  (SEGV_ACCERR, si_addr the first read-only byte);
 *  loop-fp-ldr:    LDR of a D register in a loop of FMADDs.
 * Oracle: qemu-aarch64. */
#include "harness.h"
#include "fault-handler.h"

START
        FAULT_SETUP

        PRINT   "case loop-ldr-post"
        FAULT_EXPECT loop1, resume1
        SET_REGS 1
        MOV64   x1, FH_DATA
        mov     x2, #0
        mov     x6, #1000
        mov     x7, #0
        fmov    d5, #0.5
        fmov    d6, #0.25
loop1:
        cmp     x7, #3999       /* read by the b.ne: live at the fault */
        ldr     x3, [x1], #8
        add     x2, x2, x3
        tbz     x3, #0, 1f
        eor     x4, x4, x3
        fadd    d5, d5, d6
        b       2f
1:      add     v7.2d, v7.2d, v8.2d
        sub     x6, x6, #1
2:      add     x7, x7, #1
        b.ne    loop1
        PRINT   "loop1 not faulted"
resume1:
        CHECK   "resume1", x1, x2, x3, x4, x6, x7, d5, q7, q8

        PRINT   "case loop-ldr-index"
        FAULT_EXPECT loop2, resume2
        SET_REGS 2
        MOV64   x1, FH_DATA + 0x800
        mov     x9, #0
        mov     x10, #0
loop2:
        add     x9, x9, #1
        ldr     w11, [x1, x9, lsl #2]
        add     x10, x10, x11
        subs    x12, x9, #1000
        b.ne    loop2
        PRINT   "loop2 not faulted"
resume2:
        CHECK   "resume2", x1, x9, x10, x11, x12

        PRINT   "case loop-str"
        FAULT_EXPECT loop3, resume3
        SET_REGS 3
        MOV64   x1, FH_RW2 + 0xf00
        mov     x2, #7
loop3:
        str     x2, [x1], #8
        add     x2, x2, x2, lsl #1
        and     x2, x2, #0xffff
        cbnz    x2, loop3
        PRINT   "loop3 not faulted"
resume3:
        MOV64   x20, FH_RW2 + 0xff8
        ldr     x21, [x20]
        MOV64   x20, FH_RO
        ldr     x22, [x20]
        CHECK   "resume3", x1, x2, x21, x22

        PRINT   "case loop-fp-ldr"
        FAULT_EXPECT loop4, resume4
        SET_REGS 4
        MOV64   x1, FH_DATA + 0xfc0
        fmov    d0, #1.0
        fmov    d1, #0.5
        fmov    d2, #2.0
loop4:
        fmadd   d0, d0, d1, d2
        ldr     d3, [x1], #16
        fadd    d2, d2, d1
        b       loop4
resume4:
        CHECK   "resume4", x1, d0, d1, d2, d3
        EXIT
