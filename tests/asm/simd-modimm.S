/* simd-modimm.S - MOVI, MVNI, ORR/BIC (immediate), FMOV (vector, immediate)
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
        movi v20.4s, #0xa5, lsl #0
        movi v21.2s, #0x5a, lsl #0
        CHECK   "movi-4s-lsl0", q20, q21
        RESET
        mvni v20.4s, #0xa5, lsl #0
        mvni v21.2s, #0x5a, lsl #0
        CHECK   "mvni-4s-lsl0", q20, q21
        RESET
        orr v20.4s, #0xa5, lsl #0
        orr v21.2s, #0x5a, lsl #0
        CHECK   "orr-4s-lsl0", q20, q21
        RESET
        bic v20.4s, #0xa5, lsl #0
        bic v21.2s, #0x5a, lsl #0
        CHECK   "bic-4s-lsl0", q20, q21
        RESET
        movi v20.4s, #0xa5, lsl #8
        movi v21.2s, #0x5a, lsl #8
        CHECK   "movi-4s-lsl8", q20, q21
        RESET
        mvni v20.4s, #0xa5, lsl #8
        mvni v21.2s, #0x5a, lsl #8
        CHECK   "mvni-4s-lsl8", q20, q21
        RESET
        orr v20.4s, #0xa5, lsl #8
        orr v21.2s, #0x5a, lsl #8
        CHECK   "orr-4s-lsl8", q20, q21
        RESET
        bic v20.4s, #0xa5, lsl #8
        bic v21.2s, #0x5a, lsl #8
        CHECK   "bic-4s-lsl8", q20, q21
        RESET
        movi v20.4s, #0xa5, lsl #16
        movi v21.2s, #0x5a, lsl #16
        CHECK   "movi-4s-lsl16", q20, q21
        RESET
        mvni v20.4s, #0xa5, lsl #16
        mvni v21.2s, #0x5a, lsl #16
        CHECK   "mvni-4s-lsl16", q20, q21
        RESET
        orr v20.4s, #0xa5, lsl #16
        orr v21.2s, #0x5a, lsl #16
        CHECK   "orr-4s-lsl16", q20, q21
        RESET
        bic v20.4s, #0xa5, lsl #16
        bic v21.2s, #0x5a, lsl #16
        CHECK   "bic-4s-lsl16", q20, q21
        RESET
        movi v20.4s, #0xa5, lsl #24
        movi v21.2s, #0x5a, lsl #24
        CHECK   "movi-4s-lsl24", q20, q21
        RESET
        mvni v20.4s, #0xa5, lsl #24
        mvni v21.2s, #0x5a, lsl #24
        CHECK   "mvni-4s-lsl24", q20, q21
        RESET
        orr v20.4s, #0xa5, lsl #24
        orr v21.2s, #0x5a, lsl #24
        CHECK   "orr-4s-lsl24", q20, q21
        RESET
        bic v20.4s, #0xa5, lsl #24
        bic v21.2s, #0x5a, lsl #24
        CHECK   "bic-4s-lsl24", q20, q21
        RESET
        movi v20.8h, #0xc3, lsl #0
        movi v21.4h, #0x3c, lsl #0
        CHECK   "movi-8h-lsl0", q20, q21
        RESET
        mvni v20.8h, #0xc3, lsl #0
        mvni v21.4h, #0x3c, lsl #0
        CHECK   "mvni-8h-lsl0", q20, q21
        RESET
        orr v20.8h, #0xc3, lsl #0
        orr v21.4h, #0x3c, lsl #0
        CHECK   "orr-8h-lsl0", q20, q21
        RESET
        bic v20.8h, #0xc3, lsl #0
        bic v21.4h, #0x3c, lsl #0
        CHECK   "bic-8h-lsl0", q20, q21
        RESET
        movi v20.8h, #0xc3, lsl #8
        movi v21.4h, #0x3c, lsl #8
        CHECK   "movi-8h-lsl8", q20, q21
        RESET
        mvni v20.8h, #0xc3, lsl #8
        mvni v21.4h, #0x3c, lsl #8
        CHECK   "mvni-8h-lsl8", q20, q21
        RESET
        orr v20.8h, #0xc3, lsl #8
        orr v21.4h, #0x3c, lsl #8
        CHECK   "orr-8h-lsl8", q20, q21
        RESET
        bic v20.8h, #0xc3, lsl #8
        bic v21.4h, #0x3c, lsl #8
        CHECK   "bic-8h-lsl8", q20, q21
        RESET
        movi v20.4s, #0x12, msl #8
        movi v21.2s, #0x34, msl #16
        mvni v22.4s, #0x56, msl #8
        mvni v23.2s, #0x78, msl #16
        CHECK   "movi-msl", q20, q21, q22, q23
        RESET
        movi v20.16b, #0xe7
        movi v21.8b, #0x01
        movi v22.16b, #0
        movi v23.8b, #0xff
        CHECK   "movi-8b", q20, q21, q22, q23
        RESET
        movi v20.2d, #0xff00ff0000ffff00
        movi d21, #0x00ff00ff00ff00ff
        movi v22.2d, #0
        movi v23.2d, #-1
        CHECK   "movi-64", q20, q21, q22, q23
        RESET
        fmov v20.4s, #1.0
        fmov v21.2s, #-0.125
        fmov v22.2d, #31.0
        fmov v23.4s, #-2.5
        CHECK   "fmov-vec", q20, q21, q22, q23
        RESET
        fmov v20.2d, #-1.9375
        fmov v21.2s, #0.1875
        CHECK   "fmov-vec2", q20, q21
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
