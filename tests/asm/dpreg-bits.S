/* dpreg-bits.S - RBIT, REV16, REV32, REV, CLZ, CLS (X and W) on edge
 * values, and LSLV, LSRV, ASRV, RORV with counts 0, 1, 31, 32, 63, 64 and
 * beyond (taken modulo the register size), XZR, aliasing (count register
 * is the destination), W forms with dirty upper bits, NZCV untouched. */
#include "harness.h"

        .set V0, 0x0000000000000000
        .set V1, 0x0000000000000001
        .set V2, 0xffffffffffffffff
        .set V3, 0x8000000000000000
        .set V4, 0x7fffffffffffffff
        .set V5, 0x0123456789abcdef
        .set V6, 0x00000000ffffffff
        .set V7, 0xffffffff00000000
        .set V8, 0xdeadbeef00000001
        .set V9, 0x123456787ffff000
        .set V10, 0x00000000c0000000
        .set V11, 0x0000800000000000

START
        /* ---- one-source ops on every value, mapped and unmapped regs */
        .irp i, 0,1,2,3,4,5,6,7,8,9,10,11
        MOV64   x1, V\i
        MOV64   x20, V\i
        rbit    x3, x1
        rev16   x4, x1
        rev32   x5, x1
        rev     x6, x1
        clz     x7, x1
        cls     x21, x20
        CHECK   "x-\i", x3, x4, x5, x6, x7, x21
        rbit    w3, w20
        rev16   w4, w20
        rev     w5, w1
        clz     w6, w20
        cls     w7, w1
        rbit    x22, x20
        rev16   x23, x20
        CHECK   "w-\i", x3, x4, x5, x6, x7, x22, x23
        rev32   x24, x20
        rev     x25, x20
        rev     w26, w20
        clz     x27, x20
        clz     w28, w20
        cls     w19, w20
        cls     x2, x1
        CHECK   "mem-\i", x24, x25, x26, x27, x28, x19, x2
        .endr

        /* ---- XZR source, rd == rn, XZR destination */
        rbit    x3, xzr
        rev     x4, xzr
        clz     x5, xzr
        clz     w6, wzr
        cls     x7, xzr
        cls     w21, wzr
        CHECK   "xzr", x3, x4, x5, x6, x7, x21
        MOV64   x1, 0x0102030405060708
        MOV64   x20, 0x8070605040302010
        mov     x2, x1
        rbit    x2, x2
        mov     x3, x1
        rev16   x3, x3
        mov     x4, x1
        rev32   x4, x4
        mov     x5, x1
        rev     x5, x5
        mov     x6, x1
        rev     w6, w6
        mov     x7, x1
        clz     x7, x7
        mov     x21, x20
        cls     x21, x21
        mov     x22, x20
        rbit    w22, w22
        CHECK   "alias", x2, x3, x4, x5, x6, x7, x21, x22
        MOV64   x9, 0x9999
        rbit    xzr, x1
        clz     wzr, w1
        CHECK   "xzr-dest", x9
        /* NZCV unchanged by all of them */
        MOV64   x8, 0x90000000
        msr     nzcv, x8
        rbit    x3, x1
        rev16   x4, x1
        rev     x5, x1
        clz     x6, x1
        cls     x7, x1
        CHECK   "flags-kept", x3, x4, x5, x6, x7
        cmp     x1, x20
        rev     x3, x1
        rev     w4, w1
        rev32   x5, x1
        clz     x6, x1
        cset    x7, lt
        CHECK   "flags-kept-host", x3, x4, x5, x6, x7

        /* ---- variable shifts: counts around 0, 31/32, 63/64 and wrapped */
        MOV64   x1, 0x8123456789abcdef
        MOV64   x20, 0x00000000f00000ff
        .irp n, 0, 1, 4, 31, 32, 33, 63, 64, 65, 127, 0xffffffffffffffff, 0xffffffff00000020
        MOV64   x2, \n
        MOV64   x21, \n
        lsl     x3, x1, x2
        lsr     x4, x1, x2
        asr     x5, x1, x2
        ror     x6, x1, x2
        lsl     x22, x20, x21
        lsr     x23, x20, x21
        asr     x24, x1, x21
        ror     x25, x20, x21
        CHECK   "shift-x-\n", x3, x4, x5, x6, x22, x23, x24, x25
        lsl     w3, w1, w2
        lsr     w4, w1, w2
        asr     w5, w1, w21
        ror     w6, w1, w21
        lsl     w22, w20, w2
        lsr     w23, w20, w21
        asr     w24, w20, w2
        ror     w25, w20, w21
        CHECK   "shift-w-\n", x3, x4, x5, x6, x22, x23, x24, x25
        .endr
        /* W shifts with rd == rn, count 0: the upper half must still clear */
        MOV64   x3, 0xffffffff80000001
        MOV64   x4, 0xffffffff80000001
        MOV64   x5, 0xffffffff80000001
        MOV64   x6, 0xffffffff80000001
        MOV64   x22, 0xffffffff80000001
        lsl     w3, w3, wzr
        lsr     w4, w4, w10
        asr     w5, w5, w10
        ror     w6, w6, w10
        asr     w22, w22, w10
        CHECK   "shift-w-zero", x3, x4, x5, x6, x22
        /* count register is also the destination or the source */
        MOV64   x2, 4
        MOV64   x21, 8
        mov     x3, x2
        lsl     x3, x1, x3
        mov     x4, x2
        ror     x4, x4, x4
        mov     x22, x21
        asr     x22, x1, x22
        mov     x23, x21
        lsr     x23, x23, x23
        lsl     x5, xzr, x2
        lsr     x6, x1, xzr
        CHECK   "shift-alias", x3, x4, x22, x23, x5, x6
        lsl     xzr, x1, x2
        CHECK   "shift-xzr-dest", x1, x2

        EXIT
