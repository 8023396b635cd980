/* ldst-gpr-reg.S - register-offset addressing (LSL, UXTW, SXTW, SXTX with
 * shift 0 or the access size, XZR index, W indexes with dirty upper bits,
 * negative indexes) for every size, and PC-relative literal loads. */
#include "harness.h"

START
        LOADADDR x20, h_scratch
        mov     x9, #0
1:      add     w10, w9, w9, lsl #2
        add     w10, w10, #0x11
        strb    w10, [x20, x9]
        add     x9, x9, #1
        cmp     x9, #4096
        b.ne    1b

        add     x21, x20, #2048         /* base in the middle */

        /* LSL: shift 0 and shift by the access size */
        mov     x1, #24
        mov     x11, #3
        ldr     x2, [x21, x1]
        ldr     x3, [x21, x11, lsl #3]
        ldr     w4, [x21, x11]
        ldr     w5, [x21, x11, lsl #2]
        ldrh    w6, [x21, x1]
        ldrh    w7, [x21, x11, lsl #1]
        ldrb    w12, [x21, x11]
        ldrb    w13, [x21, x11, lsl #0]
        CHECK   "lsl", x2, x3, x4, x5, x6, x7, x12, x13

        /* SXTW with a negative W index whose upper half is garbage */
        MOV64   x1, 0x12345678fffffff0  /* w1 = -16 */
        MOV64   x11, 0xabcdef00fffffffd /* w11 = -3 */
        ldr     x2, [x21, w1, sxtw]
        ldr     x3, [x21, w11, sxtw #3]
        ldrsw   x4, [x21, w11, sxtw #2]
        ldrsh   x5, [x21, w11, sxtw #1]
        ldrsb   w6, [x21, w11, sxtw]
        ldrsh   w7, [x21, w1, sxtw]
        CHECK   "sxtw", x2, x3, x4, x5, x6, x7

        /* UXTW ignores the upper half and does not sign-extend */
        MOV64   x1, 0xffffffff00000010
        MOV64   x11, 0x8000000000000002
        ldr     x2, [x20, w1, uxtw]
        ldr     x3, [x20, w11, uxtw #3]
        ldr     w4, [x20, w11, uxtw #2]
        ldrh    w5, [x20, w1, uxtw #1]
        ldrb    w6, [x20, w11, uxtw]
        CHECK   "uxtw", x2, x3, x4, x5, x6

        /* SXTX is LSL for 64-bit indexes, including negative ones */
        mov     x1, #-5
        mov     x11, #-7
        ldr     x2, [x21, x1, sxtx]
        ldr     x3, [x21, x11, sxtx #3]
        ldrsw   x4, [x21, x1, sxtx #2]
        ldr     x5, [x21, x11, lsl #3]
        CHECK   "sxtx", x2, x3, x4, x5

        /* XZR index (option applies to zero) */
        ldr     x2, [x21, xzr]
        ldr     x3, [x21, xzr, lsl #3]
        ldr     w4, [x21, wzr, sxtw #2]
        ldrb    w5, [x21, wzr, uxtw]
        CHECK   "xzr-index", x2, x3, x4, x5

        /* SP as base with a register index */
        mov     x23, sp
        sub     sp, sp, #64
        stp     xzr, xzr, [sp]
        stp     xzr, xzr, [sp, #16]
        MOV64   x9, 0x1020304050607080
        mov     x1, #2
        str     x9, [sp, x1, lsl #3]
        str     w9, [sp, x1]
        strh    w9, [sp, x1, lsl #1]
        ldr     x2, [sp, #16]
        ldr     x3, [sp]
        mov     w11, #-1
        add     x22, sp, #8
        ldrb    w4, [x22, w11, sxtw]
        MOV64   x11, 0xffffffff00000003
        ldrb    w5, [sp, w11, uxtw #0]
        mov     sp, x23
        CHECK   "sp-base", x2, x3, x4, x5

        /* stores through every extend, read back with plain loads */
        add     x22, x20, #3072
        MOV64   x9, 0xfedcba9876543210
        mov     x1, #1
        mov     x11, #-2
        str     x9, [x22, x1, lsl #3]
        str     w9, [x22, w11, sxtw #2]
        strh    w9, [x22, w1, uxtw #1]
        strb    w9, [x22, x11, sxtx]
        str     xzr, [x22, #16]
        str     x9, [x22, xzr]
        strb    wzr, [x22, x1]
        ldr     x2, [x22]
        ldr     x3, [x22, #8]
        ldur    x4, [x22, #-8]
        ldr     x5, [x22, #16]
        CHECK   "stores", x2, x3, x4, x5

        /* index or base as the destination, and all the
         * combinations of host-mapped and memory-resident registers */
        add     x2, x20, #256
        str     x2, [x2, #256]
        mov     x3, #256
        ldr     x3, [x2, x3]
        sub     x3, x3, x20
        add     x12, x20, #256
        mov     x13, #32
        ldr     x13, [x12, x13, lsl #3]
        sub     x13, x13, x20
        add     x4, x20, #128
        ldr     x4, [x4, xzr]
        mov     x14, #128
        ldr     w14, [x20, x14]
        mov     x5, #8
        ldr     x5, [x20, x5, lsl #3]
        CHECK   "aliasing", x3, x13, x4, x14, x5

        /* PC-relative literals */
        ldr     x2, lit64
        ldr     w3, lit64
        ldrsw   x4, lit32neg
        ldr     w5, lit32neg
        ldr     x12, lit64
        ldr     xzr, lit64
        prfm    pldl1keep, lit64
        CHECK   "literal", x2, x3, x4, x5, x12

        EXIT

        .p2align 3
lit64:  .quad   0x0123456789abcdef
lit32neg: .word 0x87654321
        .word   0
