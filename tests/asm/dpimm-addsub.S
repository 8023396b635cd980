/* dpimm-addsub.S - ADD/SUB/ADDS/SUBS (immediate), CMP/CMN, MOV to/from SP.
 * Registers x0-x7 and x30 live in host registers in ferry, the others in
 * memory, so each form is tried with both kinds.  W forms get sources with
 * dirty upper halves: results must be zero-extended. */
#include "harness.h"

START
        /* ---- ADD/SUB without flags ---- */
        MOV64   x1, 0x0123456789abcdef
        MOV64   x11, 0xfedcba9876543210
        add     x2, x1, #1
        add     x3, x1, #0xfff
        add     x4, x1, #1, lsl #12
        add     x5, x1, #0xfff, lsl #12
        sub     x6, x1, #1
        sub     x7, x1, #0xfff, lsl #12
        add     x12, x11, #0x123
        sub     x13, x11, #0x123, lsl #12
        CHECK   "add-x", x2, x3, x4, x5, x6, x7, x12, x13

        /* W forms: dirty upper halves, 32-bit wrap */
        MOV64   x1, 0xdeadbeef00000005
        MOV64   x11, 0xcafebabeffffffff
        add     w2, w1, #3
        sub     w3, w1, #6              /* wraps to 0xffffffff */
        add     w4, w11, #1             /* wraps to 0 */
        add     w12, w11, #0xfff, lsl #12
        sub     w13, w1, #0x1, lsl #12
        add     w14, w1, #0             /* mov w14, w1: zero-extends */
        CHECK   "add-w", x2, x3, x4, x12, x13, x14

        /* rd == rn, mapped and unmapped */
        MOV64   x3, 0x7fffffffffffffff
        MOV64   x15, 0x8000000000000000
        add     x3, x3, #1
        sub     x15, x15, #1
        MOV64   x30, 0xffffffffffffffff
        add     x30, x30, #2
        MOV64   x16, 0x00000000fffffffe
        add     w16, w16, #4
        CHECK   "add-same", x3, x15, x30, x16

        /* Flags must survive ADD/SUB (imm): nzcv stays from the cmp */
        mov     x1, #5
        cmp     x1, #7                  /* N=1, C=0 */
        add     x2, x1, #100
        sub     x17, x1, #3, lsl #12
        add     w18, w1, #1
        CHECK   "add-keeps-flags", x2, x17, x18
        cmp     x1, #7
        add     x2, x1, #1
        b.lt    1f
        mov     x2, #0
1:      CHECK   "add-then-blt", x2
        /* in-place on a register kept in memory, with flags live and dead */
        mov     x19, #100
        cmp     x1, #7
        add     x19, x19, #1
        sub     x19, x19, #0x10, lsl #12
        b.ge    2f
        add     x19, x19, #0xf, lsl #12         /* runs: flags dead from here */
2:      add     x19, x19, #2
        CHECK   "add-in-place", x19

        /* ---- SP as operand ---- */
        mov     x19, sp                 /* add x19, sp, #0 */
        sub     sp, sp, #64
        mov     x20, sp
        sub     x20, x19, x20           /* 64 */
        add     x21, sp, #16
        sub     x21, x21, x19           /* -48 */
        add     sp, sp, #0x1, lsl #12   /* sp += 4096 */
        mov     x22, sp
        sub     x22, x22, x19           /* 4096 - 64 */
        sub     sp, sp, #0x1, lsl #12
        add     sp, sp, #64
        mov     x23, sp
        sub     x23, x23, x19           /* back: 0 */
        CHECK   "sp", x20, x21, x22, x23
        /* mov to sp from an unmapped and a mapped register, and back */
        mov     x24, sp
        sub     x25, x24, #128
        mov     sp, x25
        mov     x2, sp
        sub     x2, x24, x2             /* 128 */
        mov     x3, sp
        add     x3, x3, #32
        mov     sp, x3
        mov     x4, sp
        sub     x4, x24, x4             /* 96 */
        mov     sp, x24
        CHECK   "mov-sp", x2, x4
        /* W-form with SP: add w5, wsp, #1 reads the low half of sp */
        add     w5, wsp, #0
        mov     x6, sp
        sub     w6, w6, w5              /* 0 */
        lsr     x7, x5, #32             /* 0: zero-extended */
        CHECK   "wsp", x6, x7

        /* ---- ADDS/SUBS ---- */
        MOV64   x1, 0xffffffffffffffff
        adds    x2, x1, #1              /* Z C */
        CHECK   "adds-carry", x2
        MOV64   x1, 0x7fffffffffffffff
        adds    x2, x1, #1              /* N V */
        CHECK   "adds-ovf", x2
        MOV64   x11, 0x7ffffffffffff000
        adds    x12, x11, #1, lsl #12   /* N V */
        CHECK   "adds-ovf-lsl12", x12
        mov     x1, #0
        adds    x2, x1, #0              /* Z */
        CHECK   "adds-zero", x2
        MOV64   x1, 0x8000000000000000
        adds    x2, x1, #0              /* N */
        CHECK   "adds-neg0", x2
        subs    x2, x1, #1              /* V C */
        CHECK   "subs-ovf", x2
        mov     x1, #3
        subs    x2, x1, #3              /* Z C */
        CHECK   "subs-eq", x2
        subs    x2, x1, #4              /* N */
        CHECK   "subs-borrow", x2
        subs    x2, x1, #0              /* C */
        CHECK   "subs-0", x2
        mov     x11, #0
        subs    x11, x11, #0xfff, lsl #12
        CHECK   "subs-same-unmapped", x11
        MOV64   x16, 0xfffffffffffffffe
        adds    x16, x16, #2                    /* Z C */
        CHECK   "adds-same-unmapped", x16

        /* W forms: flags from 32 bits, dirty upper halves ignored */
        MOV64   x1, 0x00000001ffffffff
        adds    w2, w1, #1              /* Z C, x2 = 0 */
        CHECK   "adds-w-carry", x2
        MOV64   x1, 0xffffffff7fffffff
        adds    w2, w1, #1              /* N V */
        CHECK   "adds-w-ovf", x2
        MOV64   x13, 0x1234567880000000
        subs    w14, w13, #1            /* V C */
        CHECK   "subs-w-ovf", x14
        MOV64   x13, 0xffffffff00000000
        subs    w14, w13, #1            /* N, borrow */
        CHECK   "subs-w-borrow", x14
        subs    w13, w13, #0            /* Z C */
        CHECK   "subs-w-same", x13

        /* adds/subs with sp as source */
        mov     x26, sp
        subs    x2, sp, #16
        sub     x2, x26, x2
        CHECK   "subs-sp", x2
        adds    x2, sp, #16
        sub     x2, x2, x26
        CHECK   "adds-sp", x2

        /* ---- CMP / CMN ---- */
        mov     x1, #10
        cmp     x1, #10
        CHECK   "cmp-eq"
        cmp     x1, #11
        CHECK   "cmp-lt"
        cmp     x1, #9
        CHECK   "cmp-gt"
        MOV64   x15, 0x8000000000000000
        cmp     x15, #1
        CHECK   "cmp-ovf"
        cmp     x15, #0
        CHECK   "cmp-0"
        MOV64   x15, 0x0000000000fff000
        cmp     x15, #0xfff, lsl #12
        CHECK   "cmp-lsl12"
        MOV64   x1, 0xffffffff00000000
        cmp     w1, #0
        CHECK   "cmp-w-dirty"
        MOV64   x16, 0x1234567800000001
        cmp     w16, #2
        CHECK   "cmp-w-unmapped"
        cmp     sp, #0
        CHECK   "cmp-sp"
        /* cmp wsp must compare the low half of sp: same outcome as
         * through a W copy (the address itself differs between runs) */
        mov     x27, sp
        mov     x2, #0
        cmp     wsp, #0xfff, lsl #12
        b.ls    2f
        cmp     w27, #0xfff, lsl #12
        b.ls    3f
        b       6f
2:      cmp     w27, #0xfff, lsl #12
        b.ls    6f
3:      mov     x2, #1                  /* mismatch */
6:      cmp     x2, #0                  /* flags above depend on the address */
        CHECK   "cmp-wsp", x2

        MOV64   x1, 0xffffffffffffffff
        cmn     x1, #1                  /* Z C */
        CHECK   "cmn-carry"
        cmn     x1, #0                  /* N, no carry */
        CHECK   "cmn-0-neg"
        mov     x1, #0
        cmn     x1, #0                  /* Z only */
        CHECK   "cmn-0-zero"
        MOV64   x17, 0x7fffffffffffffff
        cmn     x17, #1                 /* N V */
        CHECK   "cmn-ovf"
        cmn     x17, #0                 /* nothing */
        CHECK   "cmn-0-pos"
        MOV64   x17, 0xfffffffffffff000
        cmn     x17, #1, lsl #12        /* Z C */
        CHECK   "cmn-lsl12"
        MOV64   x1, 0x12345678ffffffff
        cmn     w1, #1                  /* Z C */
        CHECK   "cmn-w-carry"
        cmn     w1, #0                  /* N */
        CHECK   "cmn-w-0"
        MOV64   x18, 0x000000007fffffff
        cmn     w18, #1                 /* N V */
        CHECK   "cmn-w-ovf"
        MOV64   x18, 0xfffffffe80000000
        cmn     w18, #0                 /* N */
        CHECK   "cmn-w-unmapped-0"
        cmn     sp, #1
        CHECK   "cmn-sp"

        /* Flags of a CMP read after a flag-free instruction and a branch */
        mov     x1, #1
        mov     x2, #0
        cmn     x1, #1
        b.cs    4f                      /* not taken: 1 + 1 does not carry */
        add     x2, x2, #1
4:      MOV64   x1, 0xffffffffffffffff
        cmn     x1, #2
        b.cs    5f                      /* taken: carries */
        add     x2, x2, #2
5:      CHECK   "cmn-branch", x2
        EXIT
