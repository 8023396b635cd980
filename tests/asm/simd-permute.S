/* simd-permute.S - ZIP/UZP/TRN, EXT, TBL/TBX
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
        zip1 v20.8b, v6.8b, v7.8b
        zip1 v21.8b, v0.8b, v0.8b
        CHECK   "zip1-8b", q20, q21
        RESET
        zip2 v20.8b, v6.8b, v7.8b
        zip2 v21.8b, v0.8b, v0.8b
        CHECK   "zip2-8b", q20, q21
        RESET
        uzp1 v20.8b, v6.8b, v7.8b
        uzp1 v21.8b, v0.8b, v0.8b
        CHECK   "uzp1-8b", q20, q21
        RESET
        uzp2 v20.8b, v6.8b, v7.8b
        uzp2 v21.8b, v0.8b, v0.8b
        CHECK   "uzp2-8b", q20, q21
        RESET
        trn1 v20.8b, v6.8b, v7.8b
        trn1 v21.8b, v0.8b, v0.8b
        CHECK   "trn1-8b", q20, q21
        RESET
        trn2 v20.8b, v6.8b, v7.8b
        trn2 v21.8b, v0.8b, v0.8b
        CHECK   "trn2-8b", q20, q21
        RESET
        zip1 v20.16b, v6.16b, v7.16b
        zip1 v21.16b, v0.16b, v0.16b
        CHECK   "zip1-16b", q20, q21
        RESET
        zip2 v20.16b, v6.16b, v7.16b
        zip2 v21.16b, v0.16b, v0.16b
        CHECK   "zip2-16b", q20, q21
        RESET
        uzp1 v20.16b, v6.16b, v7.16b
        uzp1 v21.16b, v0.16b, v0.16b
        CHECK   "uzp1-16b", q20, q21
        RESET
        uzp2 v20.16b, v6.16b, v7.16b
        uzp2 v21.16b, v0.16b, v0.16b
        CHECK   "uzp2-16b", q20, q21
        RESET
        trn1 v20.16b, v6.16b, v7.16b
        trn1 v21.16b, v0.16b, v0.16b
        CHECK   "trn1-16b", q20, q21
        RESET
        trn2 v20.16b, v6.16b, v7.16b
        trn2 v21.16b, v0.16b, v0.16b
        CHECK   "trn2-16b", q20, q21
        RESET
        zip1 v20.4h, v6.4h, v7.4h
        zip1 v21.4h, v0.4h, v0.4h
        CHECK   "zip1-4h", q20, q21
        RESET
        zip2 v20.4h, v6.4h, v7.4h
        zip2 v21.4h, v0.4h, v0.4h
        CHECK   "zip2-4h", q20, q21
        RESET
        uzp1 v20.4h, v6.4h, v7.4h
        uzp1 v21.4h, v0.4h, v0.4h
        CHECK   "uzp1-4h", q20, q21
        RESET
        uzp2 v20.4h, v6.4h, v7.4h
        uzp2 v21.4h, v0.4h, v0.4h
        CHECK   "uzp2-4h", q20, q21
        RESET
        trn1 v20.4h, v6.4h, v7.4h
        trn1 v21.4h, v0.4h, v0.4h
        CHECK   "trn1-4h", q20, q21
        RESET
        trn2 v20.4h, v6.4h, v7.4h
        trn2 v21.4h, v0.4h, v0.4h
        CHECK   "trn2-4h", q20, q21
        RESET
        zip1 v20.8h, v6.8h, v7.8h
        zip1 v21.8h, v0.8h, v0.8h
        CHECK   "zip1-8h", q20, q21
        RESET
        zip2 v20.8h, v6.8h, v7.8h
        zip2 v21.8h, v0.8h, v0.8h
        CHECK   "zip2-8h", q20, q21
        RESET
        uzp1 v20.8h, v6.8h, v7.8h
        uzp1 v21.8h, v0.8h, v0.8h
        CHECK   "uzp1-8h", q20, q21
        RESET
        uzp2 v20.8h, v6.8h, v7.8h
        uzp2 v21.8h, v0.8h, v0.8h
        CHECK   "uzp2-8h", q20, q21
        RESET
        trn1 v20.8h, v6.8h, v7.8h
        trn1 v21.8h, v0.8h, v0.8h
        CHECK   "trn1-8h", q20, q21
        RESET
        trn2 v20.8h, v6.8h, v7.8h
        trn2 v21.8h, v0.8h, v0.8h
        CHECK   "trn2-8h", q20, q21
        RESET
        zip1 v20.2s, v6.2s, v7.2s
        zip1 v21.2s, v0.2s, v0.2s
        CHECK   "zip1-2s", q20, q21
        RESET
        zip2 v20.2s, v6.2s, v7.2s
        zip2 v21.2s, v0.2s, v0.2s
        CHECK   "zip2-2s", q20, q21
        RESET
        uzp1 v20.2s, v6.2s, v7.2s
        uzp1 v21.2s, v0.2s, v0.2s
        CHECK   "uzp1-2s", q20, q21
        RESET
        uzp2 v20.2s, v6.2s, v7.2s
        uzp2 v21.2s, v0.2s, v0.2s
        CHECK   "uzp2-2s", q20, q21
        RESET
        trn1 v20.2s, v6.2s, v7.2s
        trn1 v21.2s, v0.2s, v0.2s
        CHECK   "trn1-2s", q20, q21
        RESET
        trn2 v20.2s, v6.2s, v7.2s
        trn2 v21.2s, v0.2s, v0.2s
        CHECK   "trn2-2s", q20, q21
        RESET
        zip1 v20.4s, v6.4s, v7.4s
        zip1 v21.4s, v0.4s, v0.4s
        CHECK   "zip1-4s", q20, q21
        RESET
        zip2 v20.4s, v6.4s, v7.4s
        zip2 v21.4s, v0.4s, v0.4s
        CHECK   "zip2-4s", q20, q21
        RESET
        uzp1 v20.4s, v6.4s, v7.4s
        uzp1 v21.4s, v0.4s, v0.4s
        CHECK   "uzp1-4s", q20, q21
        RESET
        uzp2 v20.4s, v6.4s, v7.4s
        uzp2 v21.4s, v0.4s, v0.4s
        CHECK   "uzp2-4s", q20, q21
        RESET
        trn1 v20.4s, v6.4s, v7.4s
        trn1 v21.4s, v0.4s, v0.4s
        CHECK   "trn1-4s", q20, q21
        RESET
        trn2 v20.4s, v6.4s, v7.4s
        trn2 v21.4s, v0.4s, v0.4s
        CHECK   "trn2-4s", q20, q21
        RESET
        zip1 v20.2d, v6.2d, v7.2d
        zip1 v21.2d, v0.2d, v0.2d
        CHECK   "zip1-2d", q20, q21
        RESET
        zip2 v20.2d, v6.2d, v7.2d
        zip2 v21.2d, v0.2d, v0.2d
        CHECK   "zip2-2d", q20, q21
        RESET
        uzp1 v20.2d, v6.2d, v7.2d
        uzp1 v21.2d, v0.2d, v0.2d
        CHECK   "uzp1-2d", q20, q21
        RESET
        uzp2 v20.2d, v6.2d, v7.2d
        uzp2 v21.2d, v0.2d, v0.2d
        CHECK   "uzp2-2d", q20, q21
        RESET
        trn1 v20.2d, v6.2d, v7.2d
        trn1 v21.2d, v0.2d, v0.2d
        CHECK   "trn1-2d", q20, q21
        RESET
        trn2 v20.2d, v6.2d, v7.2d
        trn2 v21.2d, v0.2d, v0.2d
        CHECK   "trn2-2d", q20, q21
        RESET
        ext v20.16b, v6.16b, v7.16b, #0
        ext v21.16b, v21.16b, v21.16b, #0
        CHECK   "ext-16b-0", q20, q21
        RESET
        ext v20.16b, v6.16b, v7.16b, #1
        ext v21.16b, v21.16b, v21.16b, #1
        CHECK   "ext-16b-1", q20, q21
        RESET
        ext v20.16b, v6.16b, v7.16b, #7
        ext v21.16b, v21.16b, v21.16b, #7
        CHECK   "ext-16b-7", q20, q21
        RESET
        ext v20.16b, v6.16b, v7.16b, #8
        ext v21.16b, v21.16b, v21.16b, #8
        CHECK   "ext-16b-8", q20, q21
        RESET
        ext v20.16b, v6.16b, v7.16b, #15
        ext v21.16b, v21.16b, v21.16b, #15
        CHECK   "ext-16b-15", q20, q21
        RESET
        ext v20.8b, v6.8b, v7.8b, #0
        CHECK   "ext-8b-0", q20
        RESET
        ext v20.8b, v6.8b, v7.8b, #3
        CHECK   "ext-8b-3", q20
        RESET
        ext v20.8b, v6.8b, v7.8b, #7
        CHECK   "ext-8b-7", q20
        RESET
        tbl v20.16b, {v6.16b}, v7.16b
        tbl v21.8b, {v6.16b}, v0.8b
        tbl v22.16b, {v6.16b}, v1.16b
        CHECK   "tbl1", q20, q21, q22
        RESET
        MOV64 x1, 0x1f1e1110200f0100
        MOV64 x2, 0x07ff801817161514
        mov v24.d[0], x1
        mov v24.d[1], x2
        tbl v20.16b, {v6.16b, v7.16b}, v24.16b
        tbl v21.8b, {v31.16b, v0.16b}, v24.8b
        CHECK   "tbl2", q20, q21
        RESET
        MOV64 x1, 0x2f2e21203f301f10
        MOV64 x2, 0x000f40ff1f2f3031
        mov v24.d[0], x1
        mov v24.d[1], x2
        tbl v20.16b, {v5.16b, v6.16b, v7.16b}, v24.16b
        CHECK   "tbl3", q20
        RESET
        MOV64 x1, 0x3f302f201f100f00
        MOV64 x2, 0x4041ff80f0e0d0c0
        mov v24.d[0], x1
        mov v24.d[1], x2
        tbl v20.16b, {v4.16b, v5.16b, v6.16b, v7.16b}, v24.16b
        tbx v21.16b, {v4.16b, v5.16b, v6.16b, v7.16b}, v24.16b
        CHECK   "tbl4", q20, q21
        RESET
        tbx v20.16b, {v6.16b}, v7.16b
        tbx v21.8b, {v6.16b}, v0.8b
        tbx v22.16b, {v6.16b}, v1.16b
        CHECK   "tbx1", q20, q21, q22
        RESET
        MOV64 x1, 0x1f1e1110200f0100
        MOV64 x2, 0x07ff801817161514
        mov v24.d[0], x1
        mov v24.d[1], x2
        tbx v20.16b, {v6.16b, v7.16b}, v24.16b
        tbx v21.8b, {v6.16b, v7.16b}, v24.8b
        CHECK   "tbx2", q20, q21
        RESET
        tbl v20.16b, {v20.16b}, v7.16b
        CHECK   "tbl-alias", q20
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
