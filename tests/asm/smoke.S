/* smoke.S - the example instruction test: basic moves, arithmetic, flags,
 * conditional branches and loads/stores.  Also exercises the harness
 * itself (register preservation across CHECKs, w/q/d/s and PRINT). */
#include "harness.h"

START
        PRINT   "smoke-start"

        /* mov: immediates, wide moves, register moves */
        mov     x0, #42
        movz    x1, #0x1234, lsl #16
        movn    x2, #0
        MOV64   x3, 0x0123456789abcdef
        mov     x4, x3
        mov     w5, #-1                 /* upper half cleared */
        CHECK   "mov", x0, x1, x2, x3, x4, x5, w5

        /* add/sub without flags: NZCV must stay 0 from START */
        add     x6, x0, x1
        add     x7, x3, #0xfff
        sub     x8, x0, #50
        add     w9, w5, #2              /* 32-bit wrap */
        CHECK   "add-sub", x6, x7, x8, x9

        /* adds: carry out, signed overflow, zero, negative */
        MOV64   x0, 0xffffffffffffffff
        mov     x1, #1
        adds    x2, x0, x1
        CHECK   "adds-carry-zero", x2
        MOV64   x0, 0x7fffffffffffffff
        adds    x2, x0, x1
        CHECK   "adds-overflow", x2
        mov     x0, #5
        adds    x2, x0, x1
        CHECK   "adds-plain", x2
        mov     w0, #0x7fffffff
        adds    w2, w0, w1
        CHECK   "adds-w-overflow", x2
        subs    x2, x1, #2
        CHECK   "subs-negative", x2

        /* cmp + b.cond: record which branches are taken in x10 bits */
        mov     x10, #0
        mov     x0, #3
        mov     x1, #7
        cmp     x0, x1
        b.eq    1f
        orr     x10, x10, #1            /* not equal */
1:      b.lt    2f
        b       3f
2:      orr     x10, x10, #2            /* signed less */
3:      b.lo    4f
        b       5f
4:      orr     x10, x10, #4            /* unsigned lower */
5:      MOV64   x0, 0xffffffffffffffff  /* -1 */
        cmp     x0, x1
        b.hi    6f
        b       7f
6:      orr     x10, x10, #8            /* -1 is unsigned higher than 7 */
7:      b.ge    8f
        orr     x10, x10, #16           /* -1 is signed less than 7 */
8:      CHECK   "cmp-branch", x10

        /* ldr/str: 64, 32, 8-bit, with offsets and writeback */
        LOADADDR x20, h_scratch
        MOV64   x0, 0x1122334455667788
        str     x0, [x20]
        str     w0, [x20, #8]
        strb    w0, [x20, #12]
        ldr     x1, [x20]
        ldr     w2, [x20, #4]
        ldrb    w3, [x20, #1]
        ldrsb   x4, [x20, #3]           /* 0x55: positive */
        mov     x21, x20
        ldr     x5, [x21, #8]!
        sub     x21, x21, x20
        CHECK   "ldr-str", x1, x2, x3, x4, x5, x21

        /* Vector registers through the harness: q, d and s views. */
        MOV64   x0, 0x0011223344556677
        MOV64   x1, 0x8899aabbccddeeff
        stp     x0, x1, [x20]
        ldr     q3, [x20]
        ldr     d4, [x20, #8]
        CHECK   "vector-views", q3, d4, s3, x0

        /* Every general register survives a CHECK (and NZCV too). */
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30
        mov     x\n, #(\n * 0x101)
        .endr
        cmn     x0, #0                  /* Z and C set */
        CHECK   "regs-before", x0, x1, x2, x28, x29, x30
        CHECK   "regs-after", x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30

        EXIT
