/* dpimm-movw.S - MOVZ/MOVN/MOVK for every hw, W and X forms, mapped
 * (x0-x7, x30) and unmapped registers, and MOVK between a compare and
 * its reader (ferry then edits the field without touching EFLAGS). */
#include "harness.h"

START
        /* MOVZ / MOVN */
        movz    x0, #0xbeef
        movz    x1, #0xbeef, lsl #16
        movz    x2, #0xbeef, lsl #32
        movz    x3, #0xbeef, lsl #48
        movz    w4, #0xffff, lsl #16
        movz    x12, #0x8000, lsl #48
        movz    w13, #0
        CHECK   "movz", x0, x1, x2, x3, x4, x12, x13
        movn    x0, #0
        movn    x1, #0xbeef, lsl #16
        movn    x2, #0xbeef, lsl #32
        movn    x3, #0xffff, lsl #48
        movn    w4, #0
        movn    w5, #0x1234, lsl #16
        movn    w14, #0xffff
        movn    x15, #0x1
        CHECK   "movn", x0, x1, x2, x3, x4, x5, x14, x15

        /* MOVK X: each field, mapped and unmapped, 0 and nonzero */
        MOV64   x0, 0x1111222233334444
        MOV64   x1, 0x1111222233334444
        MOV64   x2, 0x1111222233334444
        MOV64   x3, 0x1111222233334444
        movk    x0, #0xabcd
        movk    x1, #0xabcd, lsl #16
        movk    x2, #0xabcd, lsl #32
        movk    x3, #0xabcd, lsl #48
        CHECK   "movk-x", x0, x1, x2, x3
        MOV64   x10, 0x1111222233334444
        MOV64   x11, 0x1111222233334444
        MOV64   x12, 0x1111222233334444
        MOV64   x13, 0x1111222233334444
        movk    x10, #0
        movk    x11, #0, lsl #16
        movk    x12, #0, lsl #32
        movk    x13, #0xff00, lsl #48
        CHECK   "movk-x-unmapped", x10, x11, x12, x13
        MOV64   x30, 0xffffffffffffffff
        movk    x30, #0x0, lsl #16
        movk    x30, #0x12, lsl #32
        CHECK   "movk-x30", x30

        /* MOVK W: dirty upper halves are cleared */
        MOV64   x4, 0xdeadbeefcafef00d
        MOV64   x5, 0xdeadbeefcafef00d
        MOV64   x6, 0xdeadbeefcafef00d
        MOV64   x7, 0xdeadbeefcafef00d
        movk    w4, #0x1234
        movk    w5, #0x1234, lsl #16
        movk    w6, #0
        movk    w7, #0, lsl #16
        CHECK   "movk-w", x4, x5, x6, x7
        MOV64   x14, 0xdeadbeefcafef00d
        MOV64   x15, 0xdeadbeefcafef00d
        MOV64   x16, 0xdeadbeefcafef00d
        movk    w14, #0xffff
        movk    w15, #0xffff, lsl #16
        movk    w16, #0x8000, lsl #16
        CHECK   "movk-w-unmapped", x14, x15, x16

        /* the usual constant-building sequence */
        movz    x2, #0xdef0
        movk    x2, #0x9abc, lsl #16
        movk    x2, #0x5678, lsl #32
        movk    x2, #0x1234, lsl #48
        movz    x17, #0xdef0
        movk    x17, #0x9abc, lsl #16
        movk    x17, #0x5678, lsl #32
        movk    x17, #0x1234, lsl #48
        mov     w18, #0x5678
        movk    w18, #0x1234, lsl #16
        CHECK   "chain", x2, x17, x18

        /* MOVK between cmp and b.cond / the harness's mrs: flags live */
        mov     x1, #1
        MOV64   x2, 0x1111222233334444
        MOV64   x19, 0x1111222233334444
        cmp     x1, #2                          /* N, C=0 (lo, lt) */
        movk    x2, #0xaaaa
        movk    x2, #0xbbbb, lsl #16
        movk    x2, #0xcccc, lsl #32
        movk    x2, #0xde12, lsl #48
        movk    x19, #0x1, lsl #16
        movk    x19, #0x2, lsl #32
        movk    w3, #0x7
        movk    w3, #0x8, lsl #16
        CHECK   "movk-keeps-flags", x2, x19, x3
        cmn     x1, #1                          /* nothing set */
        movk    x2, #0x5555, lsl #16
        movk    x20, #0x6666, lsl #32
        b.lo    1f
        movk    x2, #0x7777, lsl #48
1:      CHECK   "movk-then-branch", x2, x20
        MOV64   x1, 0xffffffffffffffff
        cmn     x1, #1                          /* Z C */
        movk    x1, #0x1, lsl #32
        movk    x21, #0x2, lsl #16
        b.hs    2f
        movk    x1, #0x0
2:      CHECK   "movk-carry", x1, x21
        EXIT
