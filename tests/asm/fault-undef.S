/* fault-undef.S - SIGILL and SIGTRAP from inside loops, with values in
 * many registers: reported at the instruction (pc printed relative to the
 * loop) with every register as it was, then the handler (fault-handler.h)
 * skips the instruction and the loop goes on.
 *  udf-loop:  a loop that reaches UDF #7 on its 100th iteration
 *  brk-loop:  a loop that reaches BRK #0x3e8 on its 50th iteration, with
 *             an FP accumulator
 *  zero-word: the all-zeros word (UDF #0) at the end of a loop
 * The si_code of SIGILL is not printed (fault-handler.h: qemu 7.2 is
 * wrong; c/sig-esr checks it).
 * Oracle: qemu-aarch64. */
#include "harness.h"
#include "fault-handler.h"

START
        FAULT_SETUP

        PRINT   "case udf-loop"
        FAULT_SKIP udf_loop
        SET_REGS 1
        mov     x1, #0
        mov     x2, #0
udf_loop:
        add     x1, x1, #1
        add     x2, x2, x1
        cmp     x1, #100
        b.ne    1f
        udf     #7
        CHECK   "after-udf", x1, x2
1:      cmp     x1, #150
        b.ne    udf_loop
        CHECK   "udf-loop-end", x1, x2

        PRINT   "case brk-loop"
        FAULT_SKIP brk_loop
        SET_REGS 2
        mov     x1, #0
        fmov    d1, #0.125
        movi    d2, #0
brk_loop:
        add     x1, x1, #1
        fadd    d2, d2, d1
        cmp     x1, #50
        b.ne    2f
        brk     #0x3e8
2:      cmp     x1, #60
        b.ne    brk_loop
        CHECK   "brk-loop-end", x1, d2

        PRINT   "case zero-word"
        FAULT_SKIP zero_loop
        SET_REGS 3
        mov     x1, #0
zero_loop:
        add     x1, x1, #3
        cmp     x1, #300
        b.ne    zero_loop
        .inst   0x00000000
        CHECK   "after-zero-word", x1
        EXIT
