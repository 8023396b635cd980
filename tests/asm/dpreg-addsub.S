/* dpreg-addsub.S - ADD/SUB/ADDS/SUBS, shifted and extended register, and
 * the CMP/CMN/NEG/NEGS aliases: carries, overflow, every shift type and
 * amount class, every extend, SP operands, XZR, aliasing, W forms with
 * dirty upper bits, and NZCV surviving non-flag-setting add/sub. */
#include "harness.h"

        /* Operand values: zero, one, all ones, INT_MIN, INT_MAX, two
         * ordinary ones, and W edge cases with garbage in bits 63..32. */
        .set V0, 0x0000000000000000
        .set V1, 0x0000000000000001
        .set V2, 0xffffffffffffffff
        .set V3, 0x8000000000000000
        .set V4, 0x7fffffffffffffff
        .set V5, 0x0123456789abcdef
        .set V6, 0xfedcba9876543210
        .set V7, 0xdeadbeef80000000
        .set V8, 0x123456787fffffff
        .set V9, 0xcafef00dffffffff

START
        /* ---- flag-setting forms on every pair: mapped and unmapped regs */
        .irp i, 0,1,2,3,4,5,6,7,8,9
        .irp j, 0,1,2,3,4,6,7,8,9
        MOV64   x1, V\i
        MOV64   x20, V\j
        adds    x3, x1, x20
        CHECK   "adds-x-\i-\j", x3
        subs    x21, x1, x20
        CHECK   "subs-x-\i-\j", x21
        adds    w4, w1, w20
        CHECK   "adds-w-\i-\j", x4
        subs    w22, w20, w1
        CHECK   "subs-w-\j-\i", x22
        .endr
        .endr

        /* ---- shifted register: every shift type, amounts 0/1/3/4/31/63 */
        MOV64   x1, 0x8123456789abcdef
        MOV64   x2, 0xf0e1d2c3b4a59687
        MOV64   x23, 0x9abcdef012345678
        .irp sh, lsl, lsr, asr
        .irp amt, 0, 1, 3, 4, 31, 63
        add     x3, x1, x2, \sh #\amt
        sub     x4, x1, x2, \sh #\amt
        sub     x24, x23, x1, \sh #\amt
        add     x25, x23, x2, \sh #\amt
        CHECK   "shift-x-\sh-\amt", x3, x4, x24, x25
        adds    x3, x1, x2, \sh #\amt
        CHECK   "adds-x-\sh-\amt", x3
        subs    x3, x1, x2, \sh #\amt
        CHECK   "subs-x-\sh-\amt", x3
        cmp     x23, x2, \sh #\amt
        CHECK   "cmp-x-\sh-\amt"
        cmn     x23, x2, \sh #\amt
        CHECK   "cmn-x-\sh-\amt"
        .endr
        .irp amt, 0, 1, 3, 4, 16, 31
        add     w3, w1, w2, \sh #\amt
        sub     w4, w1, w2, \sh #\amt
        sub     w24, w23, w1, \sh #\amt
        add     w25, w23, w2, \sh #\amt
        CHECK   "shift-w-\sh-\amt", x3, x4, x24, x25
        adds    w3, w1, w2, \sh #\amt
        CHECK   "adds-w-\sh-\amt", x3
        subs    w26, w23, w2, \sh #\amt
        CHECK   "subs-w-\sh-\amt", x26
        cmp     w1, w2, \sh #\amt
        CHECK   "cmp-w-\sh-\amt"
        .endr
        .endr

        /* ---- aliasing: rd == rn, rd == rm, rd == rn == rm */
        MOV64   x1, 0x1111111111111111
        MOV64   x2, 0x0000000000000005
        MOV64   x9, 0x2222222222222222
        MOV64   x10, 0x0000000000000007
        mov     x3, x1
        add     x3, x3, x2
        mov     x4, x2
        sub     x4, x1, x4
        mov     x5, x1
        add     x5, x5, x5
        mov     x6, x1
        sub     x6, x6, x6, lsl #2
        mov     x11, x9
        sub     x11, x10, x11
        mov     x12, x10
        sub     x12, x12, x12, lsr #1
        mov     x13, x9
        add     x13, x10, x13, lsl #4
        CHECK   "alias-x", x3, x4, x5, x6, x11, x12, x13
        mov     x4, x2
        subs    x4, x1, x4
        CHECK   "alias-subs-rm", x4
        mov     x11, x9
        subs    x11, x10, x11, lsl #1
        CHECK   "alias-subs-rm-mem", x11
        mov     x5, x1
        adds    x5, x5, x5
        CHECK   "alias-adds-all", x5
        MOV64   x7, 0xffffffff80000000
        sub     w7, w7, w7, asr #3
        CHECK   "alias-w", x7
        MOV64   x7, 0xffffffff80000000
        adds    w7, w7, w7
        CHECK   "alias-adds-w", x7

        /* ---- rd == rn without a host register: in place on the home slot */
        MOV64   x1, 0x0000000000000003
        MOV64   x9, 0x7ffffffffffffffe
        MOV64   x10, 0x0000000000000002
        mov     x11, x9
        mov     x12, x9
        mov     x13, x9
        mov     x14, x9
        add     x11, x11, x1
        sub     x12, x12, x10
        add     x13, x13, x10, lsr #1
        sub     x14, x14, xzr
        add     x15, x9, x9
        add     x15, x15, w10, sxtw #3
        adds    x16, x9, xzr
        cmp     x1, x1
        CHECK   "rmw", x11, x12, x13, x14, x15, x16
        mov     x11, x9
        adds    x11, x11, x1
        CHECK   "rmw-adds", x11
        mov     x12, x9
        subs    x12, x12, x10, lsl #62
        CHECK   "rmw-subs", x12
        mov     x13, x9
        adds    x13, x13, x10, asr #1
        CHECK   "rmw-adds-mem", x13
        mov     x14, x9
        subs    x14, x14, w1, uxtb #4
        CHECK   "rmw-subs-ext", x14
        mov     x15, x9
        subs    x15, x15, x15
        CHECK   "rmw-subs-self", x15
        MOV64   x16, 0xffffffff00000005
        add     w16, w16, w1
        CHECK   "w-not-in-place", x16

        /* ---- XZR operands: NEG, NEGS, CMP/CMN, ADD to XZR (no effect) */
        MOV64   x1, 0x8000000000000000
        MOV64   x2, 0x0000000000000003
        MOV64   x14, 0xfffffffffffffffd
        neg     x3, x2
        neg     x4, x2, lsl #62
        neg     x15, x14
        neg     w5, w14
        CHECK   "neg", x3, x4, x15, x5
        negs    x3, x1
        CHECK   "negs-min", x3
        negs    x3, xzr
        CHECK   "negs-zero", x3
        negs    w3, w2
        CHECK   "negs-w", x3
        negs    x16, x14, asr #1
        CHECK   "negs-mem", x16
        mov     x2, x2
        neg     x2, x2
        CHECK   "neg-alias", x2
        cmp     xzr, x14
        CHECK   "cmp-xzr-rn"
        cmp     x14, xzr
        CHECK   "cmp-xzr-rm"
        cmn     x14, xzr
        CHECK   "cmn-xzr"
        cmp     x1, x1
        CHECK   "cmp-self"
        add     x3, xzr, x14, lsl #2
        sub     x4, x14, xzr
        add     w5, wzr, w14
        adds    x6, x14, xzr
        CHECK   "xzr-operands", x3, x4, x5, x6
        MOV64   x3, 0x5555
        msr     nzcv, xzr
        add     xzr, x14, x14
        sub     xzr, x1, x2, lsl #3
        CHECK   "xzr-dest", x3, x14

        /* ---- W forms: results zero-extended whatever the upper bits */
        MOV64   x1, 0xffffffff00000001
        MOV64   x2, 0x00000001ffffffff
        MOV64   x17, 0xaaaaaaaa7fffffff
        add     w3, w1, w2
        sub     w4, w1, w2
        add     w18, w17, w1
        sub     w19, w17, w2, lsl #31
        add     w5, w1, w1
        CHECK   "w-dirty", x3, x4, x18, x19, x5
        cmp     w1, w2
        CHECK   "cmp-w-dirty"
        cmn     w17, w1
        CHECK   "cmn-w-dirty"

        /* ---- extended register: every extend, shifts 0..4 */
        MOV64   x1, 0x0123456789abcdef
        MOV64   x2, 0xfedcba9876543210
        MOV64   x20, 0x00000000000000ff
        MOV64   x21, 0xffffffff8899aabb
        .irp ext, uxtb, uxth, uxtw, sxtb, sxth, sxtw
        .irp amt, 0, 1, 2, 3, 4
        add     x3, x1, w2, \ext #\amt
        sub     x4, x1, w2, \ext #\amt
        add     x22, x20, w21, \ext #\amt
        sub     x23, x20, w21, \ext #\amt
        add     w5, w1, w2, \ext #\amt
        sub     w24, w20, w21, \ext #\amt
        CHECK   "ext-\ext-\amt", x3, x4, x22, x23, x5, x24
        adds    x3, x1, w2, \ext #\amt
        CHECK   "adds-ext-\ext-\amt", x3
        subs    x25, x20, w21, \ext #\amt
        CHECK   "subs-ext-\ext-\amt", x25
        subs    w3, w1, w2, \ext #\amt
        CHECK   "subs-w-ext-\ext-\amt", x3
        cmp     x1, w21, \ext #\amt
        CHECK   "cmp-ext-\ext-\amt"
        cmn     w21, w2, \ext #\amt
        CHECK   "cmn-w-ext-\ext-\amt"
        .endr
        .endr
        .irp ext, uxtx, sxtx
        .irp amt, 0, 1, 2, 3, 4
        add     x3, x1, x2, \ext #\amt
        sub     x22, x20, x21, \ext #\amt
        add     w4, w1, w21, \ext #\amt
        sub     w5, w20, w2, \ext #\amt
        CHECK   "ext-\ext-\amt", x3, x22, x4, x5
        subs    x3, x1, x2, \ext #\amt
        CHECK   "subs-ext-\ext-\amt", x3
        .endr
        .endr
        add     x3, x1, wzr, sxtw #2
        sub     x4, x1, wzr, uxtb
        CHECK   "ext-xzr", x3, x4
        mov     x6, x21
        add     x6, x1, w6, sxth #3
        mov     x26, x21
        sub     x26, x20, w26, sxtb #4
        mov     x27, x20
        add     x27, x27, w27, uxtb #1
        CHECK   "ext-alias", x6, x26, x27

        /* ---- SP as Rn and Rd (extended form); results relative to SP */
        mov     x10, sp
        MOV64   x2, 0xfffffffffffffff0
        MOV64   x11, 0x40
        add     x3, sp, w2, sxtw
        sub     x3, x3, x10
        add     x12, sp, x11, lsl #2
        sub     x12, x12, x10
        CHECK   "sp-rn", x3, x12
        sub     sp, sp, x11
        mov     x4, sp
        sub     x4, x10, x4
        add     sp, sp, w11, uxtw
        mov     x5, sp
        sub     x5, x5, x10
        CHECK   "sp-rd", x4, x5
        sub     sp, sp, w2, sxtw #1  /* sp += 32 */
        mov     x4, sp
        sub     x4, x4, x10
        mov     sp, x10
        CHECK   "sp-rd-neg", x4
        cmp     sp, x10
        CHECK   "cmp-sp-eq"
        cmp     sp, x11, uxtx
        CHECK   "cmp-sp"
        adds    x3, sp, x11
        sub     x3, x3, x10
        CHECK   "adds-sp", x3
        /* W form with WSP as destination: SP becomes 32 bits wide */
        MOV64   x13, 0xabcdef0012345678
        add     wsp, w13, w11, uxtw
        mov     x6, sp
        mov     sp, x10
        CHECK   "wsp", x6

        /* ---- NZCV survives ADD/SUB without S (live flags) ... */
        MOV64   x1, 0x10
        MOV64   x2, 0x20
        MOV64   x20, 0x30
        MOV64   x21, 0x7
        cmp     x1, x2                  /* N, borrow: nzcv=8 */
        add     x3, x1, x2
        sub     x4, x1, x2
        add     x5, x1, x2, lsl #3
        sub     x22, x20, x21, lsl #2
        add     x23, x20, x21
        sub     x24, x20, x1
        sub     x6, x2, x6
        neg     x7, x21
        add     x25, x20, w21, sxtw #4
        sub     x26, x20, w21, uxtb #3
        add     w27, w20, w21, uxth
        sub     x20, x20, x20
        CHECK   "keep-flags", x3, x4, x5, x22, x23, x24, x7, x25, x26, x27, x20
        cset    x3, mi
        add     x4, x1, x2
        cset    x5, lo
        sub     x6, x1, x2
        cset    x7, ne
        CHECK   "keep-flags-cset", x3, x4, x5, x6, x7
        /* ... including when they are only in memory (after a call) */
        cmn     x1, x2
        CHECK   "keep-flags-mem-before"
        add     x3, x1, x2
        sub     x4, x1, x2, lsl #2
        cset    x5, eq
        cset    x6, pl
        CHECK   "keep-flags-mem", x3, x4, x5, x6
        /* ... and flags that are dead may be clobbered: a later write wins */
        add     x3, x1, x2
        sub     x4, x1, x2
        adds    x5, x1, x2
        CHECK   "dead-flags", x3, x4, x5

        EXIT
