/* simd-misc.S - REV16/32/64, CNT, RBIT, CLZ, CLS, XTN and saturating narrows, SHLL
 * Expected output from qemu-aarch64.  v0-v7, v16-v19, v24-v29 hold input patterns, v20-v23 are
 * reloaded with garbage before each case so that 64-bit forms must zero
 * the upper half and read-modify-write forms keep what they should.
 * NZCV is set to 1000 once and every CHECK shows it unchanged. */
#include "harness.h"

        .macro RESET
        LOADADDR x9, garbage
        ldp     q20, q21, [x9]
        ldp     q22, q23, [x9, #32]
        .endm

START
        LOADADDR x9, inputs
        ldr     q0, [x9, #0]
        ldr     q1, [x9, #16]
        ldr     q2, [x9, #32]
        ldr     q3, [x9, #48]
        ldr     q4, [x9, #64]
        ldr     q5, [x9, #80]
        ldr     q6, [x9, #96]
        ldr     q7, [x9, #112]
        ldr     q16, [x9, #128]
        ldr     q17, [x9, #144]
        ldr     q18, [x9, #160]
        ldr     q19, [x9, #176]
        ldr     q24, [x9, #192]
        ldr     q25, [x9, #208]
        ldr     q26, [x9, #224]
        ldr     q27, [x9, #240]
        ldr     q28, [x9, #256]
        ldr     q29, [x9, #272]
        mov     x0, #1
        cmp     x0, #2                  /* nzcv = 1000 */
        RESET
        rev64 v20.8b, v6.8b
        CHECK   "rev64-8b", q20
        RESET
        rev64 v20.16b, v6.16b
        CHECK   "rev64-16b", q20
        RESET
        rev64 v20.4h, v6.4h
        CHECK   "rev64-4h", q20
        RESET
        rev64 v20.8h, v6.8h
        CHECK   "rev64-8h", q20
        RESET
        rev64 v20.2s, v6.2s
        CHECK   "rev64-2s", q20
        RESET
        rev64 v20.4s, v6.4s
        CHECK   "rev64-4s", q20
        RESET
        rev32 v20.8b, v6.8b
        CHECK   "rev32-8b", q20
        RESET
        rev32 v20.16b, v6.16b
        CHECK   "rev32-16b", q20
        RESET
        rev32 v20.4h, v6.4h
        CHECK   "rev32-4h", q20
        RESET
        rev32 v20.8h, v6.8h
        CHECK   "rev32-8h", q20
        RESET
        rev16 v20.8b, v6.8b
        CHECK   "rev16-8b", q20
        RESET
        rev16 v20.16b, v6.16b
        CHECK   "rev16-16b", q20
        RESET
        cnt v20.8b, v0.8b
        cnt v21.8b, v6.8b
        CHECK   "cnt-8b", q20, q21
        RESET
        rbit v20.8b, v0.8b
        rbit v21.8b, v6.8b
        CHECK   "rbit-8b", q20, q21
        RESET
        cnt v20.16b, v0.16b
        cnt v21.16b, v6.16b
        CHECK   "cnt-16b", q20, q21
        RESET
        rbit v20.16b, v0.16b
        rbit v21.16b, v6.16b
        CHECK   "rbit-16b", q20, q21
        RESET
        clz v20.8b, v0.8b
        clz v21.8b, v6.8b
        clz v22.8b, v7.8b
        CHECK   "clz-8b", q20, q21, q22
        RESET
        clz v20.16b, v1.16b
        clz v21.16b, v6.16b
        clz v22.16b, v7.16b
        CHECK   "clz-16b", q20, q21, q22
        RESET
        clz v20.4h, v2.4h
        clz v21.4h, v6.4h
        clz v22.4h, v7.4h
        CHECK   "clz-4h", q20, q21, q22
        RESET
        clz v20.8h, v3.8h
        clz v21.8h, v6.8h
        clz v22.8h, v7.8h
        CHECK   "clz-8h", q20, q21, q22
        RESET
        clz v20.2s, v4.2s
        clz v21.2s, v6.2s
        clz v22.2s, v7.2s
        CHECK   "clz-2s", q20, q21, q22
        RESET
        clz v20.4s, v5.4s
        clz v21.4s, v6.4s
        clz v22.4s, v7.4s
        CHECK   "clz-4s", q20, q21, q22
        RESET
        cls v20.8b, v0.8b
        cls v21.8b, v6.8b
        cls v22.8b, v7.8b
        CHECK   "cls-8b", q20, q21, q22
        RESET
        cls v20.16b, v1.16b
        cls v21.16b, v6.16b
        cls v22.16b, v7.16b
        CHECK   "cls-16b", q20, q21, q22
        RESET
        cls v20.4h, v2.4h
        cls v21.4h, v6.4h
        cls v22.4h, v7.4h
        CHECK   "cls-4h", q20, q21, q22
        RESET
        cls v20.8h, v3.8h
        cls v21.8h, v6.8h
        cls v22.8h, v7.8h
        CHECK   "cls-8h", q20, q21, q22
        RESET
        cls v20.2s, v4.2s
        cls v21.2s, v6.2s
        cls v22.2s, v7.2s
        CHECK   "cls-2s", q20, q21, q22
        RESET
        cls v20.4s, v5.4s
        cls v21.4s, v6.4s
        cls v22.4s, v7.4s
        CHECK   "cls-4s", q20, q21, q22
        RESET
        msr fpsr, xzr
        xtn v20.8b, v2.8h
        xtn2 v21.16b, v4.8h
        xtn v22.8b, v6.8h
        xtn2 v23.16b, v28.8h
        CHECK   "xtn-8b", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        xtn v20.8b, v29.8h
        CHECK   "xtn-8b-small", q20, fpsr
        RESET
        msr fpsr, xzr
        xtn v20.4h, v2.4s
        xtn2 v21.8h, v4.4s
        xtn v22.4h, v6.4s
        xtn2 v23.8h, v28.4s
        CHECK   "xtn-4h", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        xtn v20.4h, v29.4s
        CHECK   "xtn-4h-small", q20, fpsr
        RESET
        msr fpsr, xzr
        xtn v20.2s, v2.2d
        xtn2 v21.4s, v4.2d
        xtn v22.2s, v6.2d
        xtn2 v23.4s, v28.2d
        CHECK   "xtn-2s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        xtn v20.2s, v29.2d
        CHECK   "xtn-2s-small", q20, fpsr
        RESET
        msr fpsr, xzr
        sqxtn v20.8b, v2.8h
        sqxtn2 v21.16b, v4.8h
        sqxtn v22.8b, v6.8h
        sqxtn2 v23.16b, v28.8h
        CHECK   "sqxtn-8b", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqxtn v20.8b, v29.8h
        CHECK   "sqxtn-8b-small", q20, fpsr
        RESET
        msr fpsr, xzr
        sqxtn v20.4h, v2.4s
        sqxtn2 v21.8h, v4.4s
        sqxtn v22.4h, v6.4s
        sqxtn2 v23.8h, v28.4s
        CHECK   "sqxtn-4h", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqxtn v20.4h, v29.4s
        CHECK   "sqxtn-4h-small", q20, fpsr
        RESET
        msr fpsr, xzr
        sqxtn v20.2s, v2.2d
        sqxtn2 v21.4s, v4.2d
        sqxtn v22.2s, v6.2d
        sqxtn2 v23.4s, v28.2d
        CHECK   "sqxtn-2s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqxtn v20.2s, v29.2d
        CHECK   "sqxtn-2s-small", q20, fpsr
        RESET
        msr fpsr, xzr
        uqxtn v20.8b, v2.8h
        uqxtn2 v21.16b, v4.8h
        uqxtn v22.8b, v6.8h
        uqxtn2 v23.16b, v28.8h
        CHECK   "uqxtn-8b", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        uqxtn v20.8b, v29.8h
        CHECK   "uqxtn-8b-small", q20, fpsr
        RESET
        msr fpsr, xzr
        uqxtn v20.4h, v2.4s
        uqxtn2 v21.8h, v4.4s
        uqxtn v22.4h, v6.4s
        uqxtn2 v23.8h, v28.4s
        CHECK   "uqxtn-4h", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        uqxtn v20.4h, v29.4s
        CHECK   "uqxtn-4h-small", q20, fpsr
        RESET
        msr fpsr, xzr
        uqxtn v20.2s, v2.2d
        uqxtn2 v21.4s, v4.2d
        uqxtn v22.2s, v6.2d
        uqxtn2 v23.4s, v28.2d
        CHECK   "uqxtn-2s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        uqxtn v20.2s, v29.2d
        CHECK   "uqxtn-2s-small", q20, fpsr
        RESET
        msr fpsr, xzr
        sqxtun v20.8b, v2.8h
        sqxtun2 v21.16b, v4.8h
        sqxtun v22.8b, v6.8h
        sqxtun2 v23.16b, v28.8h
        CHECK   "sqxtun-8b", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqxtun v20.8b, v29.8h
        CHECK   "sqxtun-8b-small", q20, fpsr
        RESET
        msr fpsr, xzr
        sqxtun v20.4h, v2.4s
        sqxtun2 v21.8h, v4.4s
        sqxtun v22.4h, v6.4s
        sqxtun2 v23.8h, v28.4s
        CHECK   "sqxtun-4h", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqxtun v20.4h, v29.4s
        CHECK   "sqxtun-4h-small", q20, fpsr
        RESET
        msr fpsr, xzr
        sqxtun v20.2s, v2.2d
        sqxtun2 v21.4s, v4.2d
        sqxtun v22.2s, v6.2d
        sqxtun2 v23.4s, v28.2d
        CHECK   "sqxtun-2s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqxtun v20.2s, v29.2d
        CHECK   "sqxtun-2s-small", q20, fpsr
        RESET
        msr fpsr, xzr
        sqxtn b20, h2
        sqxtn h21, s4
        sqxtn s22, d28
        sqxtn s23, d6
        CHECK   "sqxtn-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        uqxtn b20, h2
        uqxtn h21, s4
        uqxtn s22, d28
        uqxtn s23, d6
        CHECK   "uqxtn-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqxtun b20, h2
        sqxtun h21, s4
        sqxtun s22, d28
        sqxtun s23, d6
        CHECK   "sqxtun-scalar", q20, q21, q22, q23, fpsr
        RESET
        shll v20.8h, v0.8b, #8
        shll2 v21.8h, v1.16b, #8
        CHECK   "shll-8b", q20, q21
        RESET
        shll v20.4s, v0.4h, #16
        shll2 v21.4s, v1.8h, #16
        CHECK   "shll-4h", q20, q21
        RESET
        shll v20.2d, v0.2s, #32
        shll2 v21.2d, v1.4s, #32
        CHECK   "shll-2s", q20, q21
        EXIT

        .data
        .p2align 4
inputs:
        .quad   0x4081feff807f0100, 0x7e02aa55ef10c33c      /* v0 */
        .quad   0xc08102007f8001ff, 0x7ffd55aaee113c3c      /* v1 */
        .quad   0x80007fff0001ffff, 0x12348765fedc0080      /* v2 */
        .quad   0x7fff8000ffff0001, 0x12340765fedd8080      /* v3 */
        .quad   0x800000007fffffff, 0xffffffff00000001      /* v4 */
        .quad   0x7fffffff80000000, 0x00000001ffffffff      /* v5 */
        .quad   0x0123456789abcdef, 0xfedcba9876543210      /* v6 */
        .quad   0x0f0e0d0c0b0a0908, 0x0706050403020100      /* v7 */
        .quad   0xc01000003fc00000, 0x8000000000000000      /* v16 */
        .quad   0x7149f2ca40400000, 0x7fc00000c0f80000      /* v17 */
        .quad   0x4004000000000000, 0xfe37e43c8800759c      /* v18 */
        .quad   0xbfe0000000000000, 0x7ff0000000000000      /* v19 */
        .quad   0xc020000040200000, 0xbf00000040600000      /* v24 */
        .quad   0xcf32d05e4f000000, 0x7f8000004f800000      /* v25 */
        .quad   0x43e02207973f6440, 0xc3e02207973f6440      /* v26 */
        .quad   0x43ef399b1438a100, 0x7ff8000000000000      /* v27 */
        .quad   0x00000003fffffffd, 0x7fffffff80000001      /* v28 */
        .quad   0x0000000000000003, 0xfffffffffffffffd      /* v29 */
garbage:
        .quad   0xdeadbeefcafef00d, 0x5a5aa5a512345678
        .quad   0x1111222233334444, 0x5555666677778888
        .quad   0x9999aaaabbbbcccc, 0xddddeeeeffff0000
        .quad   0x0102030405060708, 0x090a0b0c0d0e0f10
