/* dpimm-logic.S - AND/ORR/EOR/ANDS/TST (immediate) and MOV (bitmask
 * immediate): element sizes 2..64, the special shapes ferry has fast paths
 * for (0xff, 0xffff, 0xffffffff, single bits, low/high runs), W forms with
 * dirty upper halves, SP destinations, XZR sources, mapped (x0-x7) and
 * unmapped registers. */
#include "harness.h"

START
        MOV64   x1, 0xfedcba9876543210
        MOV64   x11, 0x0123456789abcdef

        /* every element size, AND with a mapped and an unmapped source */
        and     x2, x1, #0x5555555555555555     /* size 2 */
        and     x3, x1, #0x3333333333333333     /* 4 */
        and     x4, x1, #0x0f0f0f0f0f0f0f0f     /* 8 */
        and     x5, x1, #0x00ff00ff00ff00ff     /* 16 */
        and     x6, x1, #0x0000ffff0000ffff     /* 32 */
        and     x7, x1, #0x00000000fffffff0     /* 64 */
        CHECK   "and-sizes", x2, x3, x4, x5, x6, x7
        and     x12, x11, #0xaaaaaaaaaaaaaaaa
        and     x13, x11, #0xcccccccccccccccc
        and     x14, x11, #0xe0e0e0e0e0e0e0e0
        and     x15, x11, #0xff00ff00ff00ff00
        and     x16, x11, #0xfffe0000fffe0000
        and     x17, x11, #0x8000000000000001   /* 64-bit rotated run */
        CHECK   "and-sizes-unmapped", x12, x13, x14, x15, x16, x17

        /* fast shapes: zero-extensions */
        and     x2, x1, #0xff
        and     x3, x1, #0xffff
        and     x4, x1, #0xffffffff
        and     w5, w1, #0xff
        and     w6, w1, #0xffff
        and     x12, x11, #0xff
        and     x13, x11, #0xffff
        and     x14, x11, #0xffffffff
        and     w15, w11, #0xffff
        CHECK   "and-ext", x2, x3, x4, x5, x6, x12, x13, x14, x15
        /* single bit set/clear/flip above bit 31, runs needing shifts */
        and     x2, x1, #0xffffff7fffffffff     /* clear bit 39 */
        orr     x3, x1, #0x0000000100000000     /* set bit 32 */
        eor     x4, x1, #0x8000000000000000     /* flip bit 63 */
        orr     x5, x1, #0x80000000             /* set bit 31 (not sign-ext!) */
        and     x6, x1, #0x00ffffffffffffff     /* low run of 56 */
        and     x7, x1, #0xfffffff000000000     /* high run from bit 36 */
        CHECK   "shapes", x2, x3, x4, x5, x6, x7
        and     x12, x11, #0x7fffffffffffffff
        orr     x13, x11, #0x4000000000000000
        eor     x14, x11, #0x0000000100000000
        and     x15, x11, #0x0000ffffffffffff
        and     x16, x11, #0xffff000000000000
        and     x17, x11, #0xfffffffffffffffe
        CHECK   "shapes-unmapped", x12, x13, x14, x15, x16, x17
        /* constants that need a temporary */
        and     x2, x1, #0x00fff00000fff000
        orr     x3, x1, #0x1111111111111111
        eor     x4, x1, #0x7ffffffffffffffe
        eor     x12, x11, #0xfffffffffffffff0   /* fits a sign-extended imm32 */
        orr     x13, x11, #0x00000000ffff0000
        CHECK   "wide", x2, x3, x4, x12, x13

        /* W forms: dirty upper halves must not leak, results zero-extended */
        MOV64   x1, 0xffffffff0000ffff
        and     w2, w1, #0xff00ff00
        orr     w3, w1, #0x80000000
        eor     w4, w1, #0xaaaaaaaa
        eor     w5, w1, #0x1
        and     w6, w1, #0x7fffffff
        orr     w7, w1, #0xfffffffe
        CHECK   "w", x2, x3, x4, x5, x6, x7
        MOV64   x11, 0xdeadbeef12345678
        and     w11, w11, #0xfff0fff0
        orr     w12, wzr, #0x0f0f0f0f           /* mov w12, #imm */
        eor     w13, w11, #0xc0000003
        CHECK   "w-unmapped", x11, x12, x13

        /* rd == rn */
        MOV64   x2, 0x123456789abcdef0
        and     x2, x2, #0xfff0
        MOV64   x3, 0x123456789abcdef0
        eor     x3, x3, #0xff00000000000000
        MOV64   x18, 0x123456789abcdef0
        orr     x18, x18, #0x3
        CHECK   "same", x2, x3, x18

        /* XZR source */
        MOV64   x2, 0x1234
        and     x2, xzr, #0xff
        MOV64   x3, 0x1234
        eor     x3, xzr, #0x3c
        eor     w4, wzr, #0xf0000000
        CHECK   "xzr-src", x2, x3, x4

        /* MOV (bitmask immediate) */
        mov     x2, #0x5555555555555555
        mov     x3, #0xfffffffffffff000
        mov     w4, #0x7ffffffe
        mov     x19, #0x00ff00ff00ff00ff
        mov     w20, #0xf0f0f0f0
        CHECK   "mov-bitmask", x2, x3, x4, x19, x20

        /* SP destinations (AND/ORR/EOR may write SP) */
        mov     x21, sp
        and     sp, x21, #0xfffffffffffffff0    /* already aligned: same */
        mov     x2, sp
        sub     x2, x2, x21
        sub     x22, x21, #0x20
        orr     sp, x22, #0x8                   /* sp = x22 + 8 */
        mov     x3, sp
        sub     x3, x21, x3                     /* 0x18 */
        eor     sp, x21, #0x30                  /* flips two address bits */
        mov     x4, sp
        eor     x4, x4, x21                     /* 0x30 */
        mov     sp, x21
        CHECK   "sp-dst", x2, x3, x4
        /* mov sp, #imm goes through ORR: test with a real value, restore */
        mov     x23, sp
        mov     sp, #0x0000000000fff000
        mov     x5, sp
        mov     sp, x23
        CHECK   "mov-sp-imm", x5

        /* ANDS / TST */
        MOV64   x1, 0x8000000000000001
        ands    x2, x1, #0x8000000000000000     /* N */
        CHECK   "ands-n", x2
        ands    x2, x1, #0x0000000000000002     /* Z */
        CHECK   "ands-z", x2
        ands    x2, x1, #0x1                    /* none */
        CHECK   "ands-1", x2
        MOV64   x11, 0xffffffff00000000
        ands    x12, x11, #0x00000000ffffffff   /* Z, needs a temp */
        CHECK   "ands-wide", x12
        ands    w12, w11, #0xffff               /* Z */
        CHECK   "ands-w-z", x12
        MOV64   x11, 0x00000000c0000000
        ands    w13, w11, #0x80000000           /* N from bit 31 */
        CHECK   "ands-w-n", x13
        /* ANDS clears C and V */
        mov     x1, #0
        cmp     x1, #1                          /* N, C=0; then set C and V: */
        MOV64   x1, 0x8000000000000000
        subs    x2, x1, #1                      /* C V */
        ands    x2, x1, #0xff                   /* Z, C and V cleared */
        CHECK   "ands-clears-cv", x2
        subs    x2, x1, #1                      /* C V */
        tst     x1, #0x8000000000000000         /* N */
        CHECK   "tst-clears-cv"
        /* TST forms: mapped / unmapped source, narrow / wide immediates */
        MOV64   x3, 0x0000010000000000
        tst     x3, #0x0000010000000000
        CHECK   "tst-wide-mapped"
        tst     x3, #0xff
        CHECK   "tst-narrow-mapped"
        MOV64   x24, 0x0000010000000000
        tst     x24, #0x0000030000000000
        CHECK   "tst-wide-unmapped"
        tst     x24, #0x7
        CHECK   "tst-narrow-unmapped"
        MOV64   x25, 0xffffffff80000000
        tst     w25, #0x80000000
        CHECK   "tst-w-unmapped"
        tst     w25, #0x7fffffff
        CHECK   "tst-w-unmapped-z"
        MOV64   x4, 0x00000001ffffffff
        tst     w4, #0xfffffffe
        CHECK   "tst-w-mapped"
        tst     xzr, #0x1
        CHECK   "tst-xzr"
        ands    x26, x26, #0x1                  /* x26 = 0 */
        CHECK   "ands-same", x26

        /* a logical op between a compare and its reader keeps the flags */
        mov     x1, #3
        cmp     x1, #5                          /* lt */
        and     x2, x1, #0x1
        orr     x12, x1, #0x100000000
        eor     w3, w1, #0xff
        b.ge    1f
        add     x2, x2, #0x10
1:      CHECK   "logic-keeps-flags", x2, x3, x12
        /* zero-extending ANDs (also in place in memory) leave flags alone */
        MOV64   x13, 0xfedcba9876543210
        MOV64   x14, 0xfedcba9876543210
        MOV64   x4, 0xfedcba9876543210
        mov     x1, #3
        cmp     x1, #5                          /* N, C clear: unlike any AND */
        and     x13, x13, #0xffffffff
        and     x14, x14, #0xff
        and     x15, x4, #0xffff
        and     w4, w4, #0xffff
        and     x16, x4, #0xff
        b.hs    2f
        add     x13, x13, #0x10
2:      CHECK   "uxt-keeps-flags", x13, x14, x15, x4, x16
        EXIT
