/*
 * harness.S - the dump routine behind CHECK and PRINT (see harness.h).
 *
 * The emulator under test is young, so this file sticks to the most basic
 * integer instructions: stp/ldp/ldr/ldrb/strb, add/sub/lsl/lsr/and/mov,
 * cmp + b.cond, bl/ret, mrs/msr nzcv (and mrs fpsr/fpcr only when a test
 * asks for them) and svc.  It must not touch the vector registers or flags
 * that the caller has not saved.
 */
#include "harness.h"

#define H_BUFSZ  512
#define H_FRAME  (256 + H_BUFSZ)

        .text
/*
 * __h_dump: x0 = descriptor.  The caller (the _H_CALL macro) has pushed
 * {x0, x30} and then one 16-byte slot per vector register named in the
 * descriptor, so at entry:
 *     [sp + 16*k]            vector slot k (slot numbers in the descriptor)
 *     [sp + 16*nvec]         original x0,  [sp + 16*nvec + 8] original x30
 * Our frame below that:
 *     [sp + 8*n]  x_n for n = 1..29   ([sp] holds the descriptor pointer)
 *     [sp + 240]  return address      [sp + 248] NZCV
 *     [sp + 256]  line buffer of H_BUFSZ bytes
 * Working registers: x19 descriptor cursor, x20 buffer start, x21 buffer
 * cursor, x22 caller area, x24 original {x0, x30}, x25 frame, x26 slot.
 */
        .globl  __h_dump
        .type   __h_dump, %function
        .p2align 2
__h_dump:
        sub     sp, sp, #H_FRAME
        stp     x0, x1, [sp, #0]
        stp     x2, x3, [sp, #16]
        stp     x4, x5, [sp, #32]
        stp     x6, x7, [sp, #48]
        stp     x8, x9, [sp, #64]
        stp     x10, x11, [sp, #80]
        stp     x12, x13, [sp, #96]
        stp     x14, x15, [sp, #112]
        stp     x16, x17, [sp, #128]
        stp     x18, x19, [sp, #144]
        stp     x20, x21, [sp, #160]
        stp     x22, x23, [sp, #176]
        stp     x24, x25, [sp, #192]
        stp     x26, x27, [sp, #208]
        stp     x28, x29, [sp, #224]
        mrs     x1, nzcv
        stp     x30, x1, [sp, #240]

        mov     x25, sp
        add     x20, x25, #256
        mov     x21, x20
        add     x22, x25, #H_FRAME
        mov     x19, x0
        ldrb    w23, [x19]              /* number of vector slots */
        add     x19, x19, #1
        lsl     x24, x23, #4
        add     x24, x22, x24

.Lh_loop:
        ldrb    w0, [x19]
        add     x19, x19, #1
        cmp     w0, #H_OP_END
        b.eq    .Lh_end
        cmp     w0, #0x20
        b.hs    .Lh_literal
        cmp     w0, #H_OP_X
        b.eq    .Lh_x
        cmp     w0, #H_OP_W
        b.eq    .Lh_w
        cmp     w0, #H_OP_Q
        b.eq    .Lh_q
        cmp     w0, #H_OP_D
        b.eq    .Lh_d
        cmp     w0, #H_OP_S
        b.eq    .Lh_s
        cmp     w0, #H_OP_FPSR
        b.eq    .Lh_fpsr
        cmp     w0, #H_OP_FPCR
        b.eq    .Lh_fpcr
        cmp     w0, #H_OP_NZCV
        b.eq    .Lh_nzcv
        mov     w0, #'?'
.Lh_literal:
        bl      h_putc
        b       .Lh_loop

.Lh_x:
        bl      h_getx
        mov     x2, #16
        bl      h_hex
        b       .Lh_loop
.Lh_w:
        bl      h_getx
        mov     x2, #8
        bl      h_hex
        b       .Lh_loop
.Lh_q:
        bl      h_slot
        ldr     x1, [x26, #8]
        mov     x2, #16
        bl      h_hex
        ldr     x1, [x26]
        mov     x2, #16
        bl      h_hex
        b       .Lh_loop
.Lh_d:
        bl      h_slot
        ldr     x1, [x26]
        mov     x2, #16
        bl      h_hex
        b       .Lh_loop
.Lh_s:
        bl      h_slot
        ldr     x1, [x26]
        mov     x2, #8
        bl      h_hex
        b       .Lh_loop
.Lh_fpsr:
        add     x19, x19, #1            /* unused operand byte */
        mrs     x1, fpsr
        mov     x2, #8
        bl      h_hex
        b       .Lh_loop
.Lh_fpcr:
        add     x19, x19, #1            /* unused operand byte */
        mrs     x1, fpcr
        mov     x2, #8
        bl      h_hex
        b       .Lh_loop
.Lh_nzcv:
        ldr     x1, [x25, #248]
        lsr     x1, x1, #28
        mov     x2, #1
        bl      h_hex
        b       .Lh_loop

.Lh_end:
        mov     w0, #'\n'
        bl      h_putc
        bl      h_flush

        ldp     x30, x1, [sp, #240]
        msr     nzcv, x1
        ldp     x0, x1, [sp, #0]
        ldp     x2, x3, [sp, #16]
        ldp     x4, x5, [sp, #32]
        ldp     x6, x7, [sp, #48]
        ldp     x8, x9, [sp, #64]
        ldp     x10, x11, [sp, #80]
        ldp     x12, x13, [sp, #96]
        ldp     x14, x15, [sp, #112]
        ldp     x16, x17, [sp, #128]
        ldp     x18, x19, [sp, #144]
        ldp     x20, x21, [sp, #160]
        ldp     x22, x23, [sp, #176]
        ldp     x24, x25, [sp, #192]
        ldp     x26, x27, [sp, #208]
        ldp     x28, x29, [sp, #224]
        add     sp, sp, #H_FRAME
        ret
        .size   __h_dump, . - __h_dump

/* h_getx: reads register number byte at x19 (advancing); x1 = its saved value. */
        .type   h_getx, %function
h_getx:
        ldrb    w2, [x19]
        add     x19, x19, #1
        cmp     x2, #0
        b.eq    1f
        cmp     x2, #30
        b.eq    2f
        lsl     x3, x2, #3
        add     x3, x25, x3
        ldr     x1, [x3]
        ret
1:      ldr     x1, [x24]
        ret
2:      ldr     x1, [x24, #8]
        ret
        .size   h_getx, . - h_getx

/* h_slot: reads slot number byte at x19 (advancing); x26 = slot address. */
        .type   h_slot, %function
h_slot:
        ldrb    w2, [x19]
        add     x19, x19, #1
        lsl     x2, x2, #4
        add     x26, x22, x2
        ret
        .size   h_slot, . - h_slot

/* h_hex: appends the low x2 hex digits of x1, most significant first.
 * Clobbers x0, x3, x4, x27 (and what h_putc clobbers). */
        .type   h_hex, %function
h_hex:
        mov     x27, x30
        lsl     x3, x2, #2
1:      sub     x3, x3, #4
        lsr     x4, x1, x3
        and     x4, x4, #15
        cmp     x4, #10
        b.lo    2f
        add     x0, x4, #('a' - 10)
        b       3f
2:      add     x0, x4, #'0'
3:      bl      h_putc
        cmp     x3, #0
        b.ne    1b
        mov     x30, x27
        ret
        .size   h_hex, . - h_hex

/* h_putc: appends byte w0 to the line buffer, flushing when it is full.
 * Clobbers x5 (and what h_flush clobbers). */
        .type   h_putc, %function
h_putc:
        strb    w0, [x21]
        add     x21, x21, #1
        sub     x5, x21, x20
        cmp     x5, #H_BUFSZ
        b.hs    h_flush
        ret
        .size   h_putc, . - h_putc

/* h_flush: writes the buffer to fd 1 (retrying short writes) and empties
 * it.  Preserves x0-x2; clobbers x8, x10-x13. */
        .type   h_flush, %function
h_flush:
        mov     x10, x0
        mov     x11, x1
        mov     x12, x2
        mov     x13, x20
1:      sub     x2, x21, x13
        cmp     x2, #0
        b.le    2f
        mov     x0, #1
        mov     x1, x13
        mov     x8, #64                 /* write */
        svc     #0
        cmp     x0, #0
        b.le    2f                      /* error: drop the rest of the line */
        add     x13, x13, x0
        b       1b
2:      mov     x21, x20
        mov     x0, x10
        mov     x1, x11
        mov     x2, x12
        ret
        .size   h_flush, . - h_flush

        .bss
        .p2align 12
        .globl  h_scratch
        .type   h_scratch, %object
h_scratch:
        .skip   4096
        .size   h_scratch, 4096
