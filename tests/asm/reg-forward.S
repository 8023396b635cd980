// A value stored to an unmapped register's home and read by the next
// instruction comes from the scratch register that was stored, not from
// memory (dbt/regs.c, fwd_at): X and W reads of it, as an address base,
// an operand of each data-processing form that reads registers, a CBZ,
// a store, and reads of other registers in between that must not take
// it.  cli/d-forward checks that the reload is gone.  Oracle: qemu-aarch64
// (make expected).
#include "harness.h"

START
        LOADADDR x9, h_scratch
        MOV64   x10, 0x8000000180000002
        str     x10, [x9]
        MOV64   x10, 0x00000000000000f0
        str     x10, [x9, #8]
        MOV64   x10, 0x7fffffffffffffff
        str     x10, [x9, #16]
        add     x10, x9, #8
        str     x10, [x9, #24]

        ldr     x7, [x9]                // x7, x8, x11...: not host-mapped
        add     w8, w7, #1              // W read of a 64-bit value
        ldr     x11, [x9]
        add     x12, x11, x11           // both operands
        ldr     x13, [x9, #8]
        sub     x14, x13, x7            // the other operand from memory
        CHECK   "arith", x7, x8, x11, x12, x13, x14

        ldr     x15, [x9, #24]
        ldr     x16, [x15]              // as an address base
        ldr     x17, [x9, #24]
        ldr     x21, [x17, #8]!         // base with writeback
        ldr     w22, [x9]
        str     x22, [x9, #32]          // stored right back
        ldr     x23, [x9, #32]
        CHECK   "ldst", x15, x16, x17, x21, x22, x23

        ldr     x24, [x9, #8]
        orr     x25, x24, x7            // logic
        ldr     x26, [x9]
        eor     x27, x26, x24, lsl #4
        ldr     x28, [x9, #16]
        adds    x6, x28, #1             // flags from it
        cset    w8, vs
        ldr     x10, [x9]
        mov     x0, x10                 // into a mapped register
        ldr     x11, [x9, #8]
        mul     x12, x11, x11
        ldr     x13, [x9]
        lsr     x14, x13, #33
        CHECK   "dp", x24, x25, x26, x27, x28, x6, x8, x0, x12, x14

        ldr     x15, [x9]
        csel    x16, x15, x7, ne        // NZCV from adds above
        ldr     x17, [x9, #16]
        cmp     x17, x15
        cset    w21, gt
        ldr     w22, [x9, #4]
        cbz     w22, 1f
        mov     x23, #0x55
1:      ldr     x24, [x9, #40]          // zero
        cbnz    x24, 2f
        mov     x25, #0x66
2:      ldr     x26, [x9]
        tbnz    x26, #63, 3f
        mov     x26, #0
3:      CHECK   "cond", x16, x21, x22, x23, x25, x26
        EXIT
