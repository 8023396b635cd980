/* dpreg-muldiv.S - MADD, MSUB, MUL, MNEG, SMADDL, SMSUBL, UMADDL, UMSUBL,
 * SMULL, UMULL, SMNEGL, UMNEGL, SMULH, UMULH, UDIV, SDIV: sign and
 * overflow edge cases, divide by zero, INT_MIN / -1, rounding toward zero,
 * W forms with dirty upper bits, XZR, aliasing of Rd with Rn, Rm and Ra,
 * unmapped operands, NZCV untouched. */
#include "harness.h"

        .set V0, 0x0000000000000000
        .set V1, 0x0000000000000001
        .set V2, 0xffffffffffffffff
        .set V3, 0x8000000000000000
        .set V4, 0x7fffffffffffffff
        .set V5, 0x0123456789abcdef
        .set V6, 0xfedcba9876543210
        .set V7, 0xdeadbeef80000000
        .set V8, 0x000000007fffffff
        .set V9, 0x0000000000000007
        .set V10, 0xfffffffffffffff9
        .set V11, 0x0000000000000002

START
        /* ---- every pair; accumulator fixed */
        MOV64   x7, 0x1000000000000003
        MOV64   x27, 0x1000000000000003
        .irp i, 0,1,2,3,4,5,6,7,8,9,10,11
        .irp j, 0,1,2,3,4,6,7,9,10,11
        MOV64   x1, V\i
        MOV64   x20, V\j
        madd    x3, x1, x20, x7
        msub    x4, x1, x20, x27
        mul     x5, x20, x1
        mneg    x6, x1, x20
        madd    w21, w1, w20, w7
        msub    w22, w20, w1, w27
        CHECK   "mul-\i-\j", x3, x4, x5, x6, x21, x22
        smaddl  x3, w1, w20, x7
        smsubl  x4, w1, w20, x27
        umaddl  x5, w1, w20, x27
        umsubl  x6, w20, w1, x7
        smull   x21, w1, w20
        umull   x22, w20, w1
        smulh   x23, x1, x20
        umulh   x24, x20, x1
        CHECK   "long-\i-\j", x3, x4, x5, x6, x21, x22, x23, x24
        udiv    x3, x1, x20
        sdiv    x4, x1, x20
        udiv    w5, w1, w20
        sdiv    w6, w1, w20
        udiv    x21, x20, x1
        sdiv    x22, x20, x1
        udiv    w23, w20, w1
        sdiv    w24, w20, w1
        CHECK   "div-\i-\j", x3, x4, x5, x6, x21, x22, x23, x24
        .endr
        .endr

        /* ---- division edge cases spelled out */
        MOV64   x1, 0x8000000000000000
        MOV64   x2, 0xffffffffffffffff
        MOV64   x20, 0x0000000080000000
        MOV64   x21, 0x00000000ffffffff
        sdiv    x3, x1, x2              /* INT64_MIN / -1 = INT64_MIN */
        sdiv    w4, w20, w21            /* INT32_MIN / -1 = INT32_MIN */
        sdiv    x5, x1, xzr             /* / 0 = 0 */
        udiv    x6, x2, xzr
        sdiv    w22, w20, wzr
        udiv    w23, w21, wzr
        sdiv    x24, xzr, x2
        CHECK   "div-edge", x3, x4, x5, x6, x22, x23, x24
        MOV64   x9, 0x0000000000000000
        sdiv    x3, x1, x9              /* / 0 from an unmapped register */
        udiv    x4, x2, x9
        sdiv    w5, w20, w9
        MOV64   x10, 0xffffffffffffffff
        sdiv    x6, x1, x10             /* / -1 from an unmapped register */
        sdiv    w22, w20, w10
        sdiv    x23, x10, x10
        CHECK   "div-edge-mem", x3, x4, x5, x6, x22, x23
        MOV64   x1, 0xfffffffffffffff9  /* -7 */
        MOV64   x2, 0x0000000000000002
        MOV64   x3, 0xfffffffffffffffe  /* -2 */
        sdiv    x4, x1, x2              /* -3: toward zero */
        sdiv    x5, x1, x3              /* 3 */
        sdiv    w6, w1, w2
        udiv    w21, w1, w2
        MOV64   x12, 0xaaaaaaaafffffff9 /* W: -7 with junk above */
        MOV64   x13, 0x5555555500000002
        sdiv    w22, w12, w13
        udiv    w23, w12, w13
        CHECK   "div-round", x4, x5, x6, x21, x22, x23

        /* ---- aliasing: rd == rn, rd == rm, rd == ra, all the same */
        MOV64   x1, 0x0000000000000003
        MOV64   x2, 0x0000000000000005
        MOV64   x20, 0x0000000000000064
        .irp op, madd, msub
        mov     x3, x1
        \op     x3, x3, x2, x20
        mov     x4, x2
        \op     x4, x1, x4, x20
        mov     x5, x20
        \op     x5, x1, x2, x5
        mov     x6, x1
        \op     x6, x6, x6, x6
        mov     x21, x20
        \op     x21, x1, x2, x21
        mov     x22, x2
        \op     w22, w22, w22, w20
        CHECK   "alias-\op", x3, x4, x5, x6, x21, x22
        .endr
        MOV64   x1, 0xffffffff80000000
        MOV64   x2, 0x00000000000000ff
        .irp op, smaddl, smsubl, umaddl, umsubl
        mov     x3, x1
        \op     x3, w3, w2, x20
        mov     x4, x2
        \op     x4, w1, w4, x20
        mov     x5, x20
        \op     x5, w1, w2, x5
        mov     x6, x1
        \op     x6, w6, w6, x6
        mov     x21, x20
        \op     x21, w1, w2, x21
        CHECK   "alias-\op", x3, x4, x5, x6, x21
        .endr
        mov     x3, x1
        smulh   x3, x3, x3
        mov     x4, x1
        umulh   x4, x2, x4
        mov     x5, x2
        mul     x5, x5, x5
        mov     x6, x1
        sdiv    x6, x6, x6
        mov     x21, x2
        udiv    x21, x1, x21
        mov     x22, x2
        sdiv    w22, w1, w22
        CHECK   "alias-misc", x3, x4, x5, x6, x21, x22

        /* ---- XZR operands and destination */
        MOV64   x1, 0x1234
        MOV64   x2, 0x5678
        madd    x3, xzr, x2, x20
        msub    x4, x1, xzr, x20
        smaddl  x5, wzr, w2, x20
        umulh   x6, xzr, x2
        smulh   x21, x1, xzr
        mul     x22, x1, xzr
        madd    x23, x1, x2, xzr
        CHECK   "xzr", x3, x4, x5, x6, x21, x22, x23
        MOV64   x9, 0x9999
        madd    xzr, x1, x2, x20
        udiv    xzr, x1, x2
        smulh   xzr, x1, x2
        CHECK   "xzr-dest", x9

        /* ---- unmapped operands everywhere (memory operands) */
        MOV64   x9, 0xfedcba9876543210
        MOV64   x10, 0x0123456789abcdef
        MOV64   x11, 0x0000000000000011
        madd    x12, x9, x10, x11
        msub    x13, x9, x10, x11
        smaddl  x14, w9, w10, x11
        umsubl  x15, w9, w10, x11
        smulh   x16, x9, x10
        umulh   x17, x9, x10
        udiv    x18, x9, x10
        sdiv    x19, x9, x11
        CHECK   "mem", x12, x13, x14, x15, x16, x17, x18, x19

        /* ---- NZCV untouched */
        MOV64   x8, 0x60000000
        msr     nzcv, x8
        mul     x3, x9, x10
        sdiv    x4, x9, x10
        umulh   x5, x9, x10
        CHECK   "flags-kept", x3, x4, x5
        cmp     x10, x9
        madd    x3, x9, x10, x11
        udiv    x4, x9, x10
        cset    x5, hi
        CHECK   "flags-kept-host", x3, x4, x5

        EXIT
