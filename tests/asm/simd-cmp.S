/* simd-cmp.S - CMEQ, CMGT, CMGE, CMHI, CMHS, CMTST, compares with zero, vector and scalar
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
        cmeq v20.8b, v0.8b, v1.8b
        cmeq v21.8b, v1.8b, v0.8b
        cmeq v22.8b, v0.8b, v0.8b
        CHECK   "cmeq-8b", q20, q21, q22
        RESET
        cmeq v20.16b, v0.16b, v1.16b
        cmeq v21.16b, v1.16b, v0.16b
        cmeq v22.16b, v0.16b, v0.16b
        CHECK   "cmeq-16b", q20, q21, q22
        RESET
        cmeq v20.4h, v2.4h, v3.4h
        cmeq v21.4h, v3.4h, v2.4h
        cmeq v22.4h, v2.4h, v2.4h
        CHECK   "cmeq-4h", q20, q21, q22
        RESET
        cmeq v20.8h, v2.8h, v3.8h
        cmeq v21.8h, v3.8h, v2.8h
        cmeq v22.8h, v2.8h, v2.8h
        CHECK   "cmeq-8h", q20, q21, q22
        RESET
        cmeq v20.2s, v4.2s, v5.2s
        cmeq v21.2s, v5.2s, v4.2s
        cmeq v22.2s, v4.2s, v4.2s
        CHECK   "cmeq-2s", q20, q21, q22
        RESET
        cmeq v20.4s, v4.4s, v5.4s
        cmeq v21.4s, v5.4s, v4.4s
        cmeq v22.4s, v4.4s, v4.4s
        CHECK   "cmeq-4s", q20, q21, q22
        RESET
        cmeq v20.2d, v28.2d, v29.2d
        cmeq v21.2d, v29.2d, v28.2d
        cmeq v22.2d, v28.2d, v28.2d
        CHECK   "cmeq-2d", q20, q21, q22
        RESET
        cmgt v20.8b, v0.8b, v1.8b
        cmgt v21.8b, v1.8b, v0.8b
        cmgt v22.8b, v0.8b, v0.8b
        CHECK   "cmgt-8b", q20, q21, q22
        RESET
        cmgt v20.16b, v0.16b, v1.16b
        cmgt v21.16b, v1.16b, v0.16b
        cmgt v22.16b, v0.16b, v0.16b
        CHECK   "cmgt-16b", q20, q21, q22
        RESET
        cmgt v20.4h, v2.4h, v3.4h
        cmgt v21.4h, v3.4h, v2.4h
        cmgt v22.4h, v2.4h, v2.4h
        CHECK   "cmgt-4h", q20, q21, q22
        RESET
        cmgt v20.8h, v2.8h, v3.8h
        cmgt v21.8h, v3.8h, v2.8h
        cmgt v22.8h, v2.8h, v2.8h
        CHECK   "cmgt-8h", q20, q21, q22
        RESET
        cmgt v20.2s, v4.2s, v5.2s
        cmgt v21.2s, v5.2s, v4.2s
        cmgt v22.2s, v4.2s, v4.2s
        CHECK   "cmgt-2s", q20, q21, q22
        RESET
        cmgt v20.4s, v4.4s, v5.4s
        cmgt v21.4s, v5.4s, v4.4s
        cmgt v22.4s, v4.4s, v4.4s
        CHECK   "cmgt-4s", q20, q21, q22
        RESET
        cmgt v20.2d, v28.2d, v29.2d
        cmgt v21.2d, v29.2d, v28.2d
        cmgt v22.2d, v28.2d, v28.2d
        CHECK   "cmgt-2d", q20, q21, q22
        RESET
        cmge v20.8b, v0.8b, v1.8b
        cmge v21.8b, v1.8b, v0.8b
        cmge v22.8b, v0.8b, v0.8b
        CHECK   "cmge-8b", q20, q21, q22
        RESET
        cmge v20.16b, v0.16b, v1.16b
        cmge v21.16b, v1.16b, v0.16b
        cmge v22.16b, v0.16b, v0.16b
        CHECK   "cmge-16b", q20, q21, q22
        RESET
        cmge v20.4h, v2.4h, v3.4h
        cmge v21.4h, v3.4h, v2.4h
        cmge v22.4h, v2.4h, v2.4h
        CHECK   "cmge-4h", q20, q21, q22
        RESET
        cmge v20.8h, v2.8h, v3.8h
        cmge v21.8h, v3.8h, v2.8h
        cmge v22.8h, v2.8h, v2.8h
        CHECK   "cmge-8h", q20, q21, q22
        RESET
        cmge v20.2s, v4.2s, v5.2s
        cmge v21.2s, v5.2s, v4.2s
        cmge v22.2s, v4.2s, v4.2s
        CHECK   "cmge-2s", q20, q21, q22
        RESET
        cmge v20.4s, v4.4s, v5.4s
        cmge v21.4s, v5.4s, v4.4s
        cmge v22.4s, v4.4s, v4.4s
        CHECK   "cmge-4s", q20, q21, q22
        RESET
        cmge v20.2d, v28.2d, v29.2d
        cmge v21.2d, v29.2d, v28.2d
        cmge v22.2d, v28.2d, v28.2d
        CHECK   "cmge-2d", q20, q21, q22
        RESET
        cmhi v20.8b, v0.8b, v1.8b
        cmhi v21.8b, v1.8b, v0.8b
        cmhi v22.8b, v0.8b, v0.8b
        CHECK   "cmhi-8b", q20, q21, q22
        RESET
        cmhi v20.16b, v0.16b, v1.16b
        cmhi v21.16b, v1.16b, v0.16b
        cmhi v22.16b, v0.16b, v0.16b
        CHECK   "cmhi-16b", q20, q21, q22
        RESET
        cmhi v20.4h, v2.4h, v3.4h
        cmhi v21.4h, v3.4h, v2.4h
        cmhi v22.4h, v2.4h, v2.4h
        CHECK   "cmhi-4h", q20, q21, q22
        RESET
        cmhi v20.8h, v2.8h, v3.8h
        cmhi v21.8h, v3.8h, v2.8h
        cmhi v22.8h, v2.8h, v2.8h
        CHECK   "cmhi-8h", q20, q21, q22
        RESET
        cmhi v20.2s, v4.2s, v5.2s
        cmhi v21.2s, v5.2s, v4.2s
        cmhi v22.2s, v4.2s, v4.2s
        CHECK   "cmhi-2s", q20, q21, q22
        RESET
        cmhi v20.4s, v4.4s, v5.4s
        cmhi v21.4s, v5.4s, v4.4s
        cmhi v22.4s, v4.4s, v4.4s
        CHECK   "cmhi-4s", q20, q21, q22
        RESET
        cmhi v20.2d, v28.2d, v29.2d
        cmhi v21.2d, v29.2d, v28.2d
        cmhi v22.2d, v28.2d, v28.2d
        CHECK   "cmhi-2d", q20, q21, q22
        RESET
        cmhs v20.8b, v0.8b, v1.8b
        cmhs v21.8b, v1.8b, v0.8b
        cmhs v22.8b, v0.8b, v0.8b
        CHECK   "cmhs-8b", q20, q21, q22
        RESET
        cmhs v20.16b, v0.16b, v1.16b
        cmhs v21.16b, v1.16b, v0.16b
        cmhs v22.16b, v0.16b, v0.16b
        CHECK   "cmhs-16b", q20, q21, q22
        RESET
        cmhs v20.4h, v2.4h, v3.4h
        cmhs v21.4h, v3.4h, v2.4h
        cmhs v22.4h, v2.4h, v2.4h
        CHECK   "cmhs-4h", q20, q21, q22
        RESET
        cmhs v20.8h, v2.8h, v3.8h
        cmhs v21.8h, v3.8h, v2.8h
        cmhs v22.8h, v2.8h, v2.8h
        CHECK   "cmhs-8h", q20, q21, q22
        RESET
        cmhs v20.2s, v4.2s, v5.2s
        cmhs v21.2s, v5.2s, v4.2s
        cmhs v22.2s, v4.2s, v4.2s
        CHECK   "cmhs-2s", q20, q21, q22
        RESET
        cmhs v20.4s, v4.4s, v5.4s
        cmhs v21.4s, v5.4s, v4.4s
        cmhs v22.4s, v4.4s, v4.4s
        CHECK   "cmhs-4s", q20, q21, q22
        RESET
        cmhs v20.2d, v28.2d, v29.2d
        cmhs v21.2d, v29.2d, v28.2d
        cmhs v22.2d, v28.2d, v28.2d
        CHECK   "cmhs-2d", q20, q21, q22
        RESET
        cmtst v20.8b, v0.8b, v1.8b
        cmtst v21.8b, v1.8b, v0.8b
        cmtst v22.8b, v0.8b, v0.8b
        CHECK   "cmtst-8b", q20, q21, q22
        RESET
        cmtst v20.16b, v0.16b, v1.16b
        cmtst v21.16b, v1.16b, v0.16b
        cmtst v22.16b, v0.16b, v0.16b
        CHECK   "cmtst-16b", q20, q21, q22
        RESET
        cmtst v20.4h, v2.4h, v3.4h
        cmtst v21.4h, v3.4h, v2.4h
        cmtst v22.4h, v2.4h, v2.4h
        CHECK   "cmtst-4h", q20, q21, q22
        RESET
        cmtst v20.8h, v2.8h, v3.8h
        cmtst v21.8h, v3.8h, v2.8h
        cmtst v22.8h, v2.8h, v2.8h
        CHECK   "cmtst-8h", q20, q21, q22
        RESET
        cmtst v20.2s, v4.2s, v5.2s
        cmtst v21.2s, v5.2s, v4.2s
        cmtst v22.2s, v4.2s, v4.2s
        CHECK   "cmtst-2s", q20, q21, q22
        RESET
        cmtst v20.4s, v4.4s, v5.4s
        cmtst v21.4s, v5.4s, v4.4s
        cmtst v22.4s, v4.4s, v4.4s
        CHECK   "cmtst-4s", q20, q21, q22
        RESET
        cmtst v20.2d, v28.2d, v29.2d
        cmtst v21.2d, v29.2d, v28.2d
        cmtst v22.2d, v28.2d, v28.2d
        CHECK   "cmtst-2d", q20, q21, q22
        RESET
        cmeq v20.8b, v0.8b, #0
        cmeq v21.8b, v1.8b, #0
        CHECK   "cmeq-zero-8b", q20, q21
        RESET
        cmeq v20.16b, v0.16b, #0
        cmeq v21.16b, v1.16b, #0
        CHECK   "cmeq-zero-16b", q20, q21
        RESET
        cmeq v20.4h, v2.4h, #0
        cmeq v21.4h, v1.4h, #0
        CHECK   "cmeq-zero-4h", q20, q21
        RESET
        cmeq v20.8h, v2.8h, #0
        cmeq v21.8h, v1.8h, #0
        CHECK   "cmeq-zero-8h", q20, q21
        RESET
        cmeq v20.2s, v4.2s, #0
        cmeq v21.2s, v1.2s, #0
        CHECK   "cmeq-zero-2s", q20, q21
        RESET
        cmeq v20.4s, v4.4s, #0
        cmeq v21.4s, v1.4s, #0
        CHECK   "cmeq-zero-4s", q20, q21
        RESET
        cmeq v20.2d, v28.2d, #0
        cmeq v21.2d, v1.2d, #0
        CHECK   "cmeq-zero-2d", q20, q21
        RESET
        cmgt v20.8b, v0.8b, #0
        cmgt v21.8b, v1.8b, #0
        CHECK   "cmgt-zero-8b", q20, q21
        RESET
        cmgt v20.16b, v0.16b, #0
        cmgt v21.16b, v1.16b, #0
        CHECK   "cmgt-zero-16b", q20, q21
        RESET
        cmgt v20.4h, v2.4h, #0
        cmgt v21.4h, v1.4h, #0
        CHECK   "cmgt-zero-4h", q20, q21
        RESET
        cmgt v20.8h, v2.8h, #0
        cmgt v21.8h, v1.8h, #0
        CHECK   "cmgt-zero-8h", q20, q21
        RESET
        cmgt v20.2s, v4.2s, #0
        cmgt v21.2s, v1.2s, #0
        CHECK   "cmgt-zero-2s", q20, q21
        RESET
        cmgt v20.4s, v4.4s, #0
        cmgt v21.4s, v1.4s, #0
        CHECK   "cmgt-zero-4s", q20, q21
        RESET
        cmgt v20.2d, v28.2d, #0
        cmgt v21.2d, v1.2d, #0
        CHECK   "cmgt-zero-2d", q20, q21
        RESET
        cmge v20.8b, v0.8b, #0
        cmge v21.8b, v1.8b, #0
        CHECK   "cmge-zero-8b", q20, q21
        RESET
        cmge v20.16b, v0.16b, #0
        cmge v21.16b, v1.16b, #0
        CHECK   "cmge-zero-16b", q20, q21
        RESET
        cmge v20.4h, v2.4h, #0
        cmge v21.4h, v1.4h, #0
        CHECK   "cmge-zero-4h", q20, q21
        RESET
        cmge v20.8h, v2.8h, #0
        cmge v21.8h, v1.8h, #0
        CHECK   "cmge-zero-8h", q20, q21
        RESET
        cmge v20.2s, v4.2s, #0
        cmge v21.2s, v1.2s, #0
        CHECK   "cmge-zero-2s", q20, q21
        RESET
        cmge v20.4s, v4.4s, #0
        cmge v21.4s, v1.4s, #0
        CHECK   "cmge-zero-4s", q20, q21
        RESET
        cmge v20.2d, v28.2d, #0
        cmge v21.2d, v1.2d, #0
        CHECK   "cmge-zero-2d", q20, q21
        RESET
        cmle v20.8b, v0.8b, #0
        cmle v21.8b, v1.8b, #0
        CHECK   "cmle-zero-8b", q20, q21
        RESET
        cmle v20.16b, v0.16b, #0
        cmle v21.16b, v1.16b, #0
        CHECK   "cmle-zero-16b", q20, q21
        RESET
        cmle v20.4h, v2.4h, #0
        cmle v21.4h, v1.4h, #0
        CHECK   "cmle-zero-4h", q20, q21
        RESET
        cmle v20.8h, v2.8h, #0
        cmle v21.8h, v1.8h, #0
        CHECK   "cmle-zero-8h", q20, q21
        RESET
        cmle v20.2s, v4.2s, #0
        cmle v21.2s, v1.2s, #0
        CHECK   "cmle-zero-2s", q20, q21
        RESET
        cmle v20.4s, v4.4s, #0
        cmle v21.4s, v1.4s, #0
        CHECK   "cmle-zero-4s", q20, q21
        RESET
        cmle v20.2d, v28.2d, #0
        cmle v21.2d, v1.2d, #0
        CHECK   "cmle-zero-2d", q20, q21
        RESET
        cmlt v20.8b, v0.8b, #0
        cmlt v21.8b, v1.8b, #0
        CHECK   "cmlt-zero-8b", q20, q21
        RESET
        cmlt v20.16b, v0.16b, #0
        cmlt v21.16b, v1.16b, #0
        CHECK   "cmlt-zero-16b", q20, q21
        RESET
        cmlt v20.4h, v2.4h, #0
        cmlt v21.4h, v1.4h, #0
        CHECK   "cmlt-zero-4h", q20, q21
        RESET
        cmlt v20.8h, v2.8h, #0
        cmlt v21.8h, v1.8h, #0
        CHECK   "cmlt-zero-8h", q20, q21
        RESET
        cmlt v20.2s, v4.2s, #0
        cmlt v21.2s, v1.2s, #0
        CHECK   "cmlt-zero-2s", q20, q21
        RESET
        cmlt v20.4s, v4.4s, #0
        cmlt v21.4s, v1.4s, #0
        CHECK   "cmlt-zero-4s", q20, q21
        RESET
        cmlt v20.2d, v28.2d, #0
        cmlt v21.2d, v1.2d, #0
        CHECK   "cmlt-zero-2d", q20, q21
        RESET
        cmeq d20, d28, d29
        cmeq d21, d29, d28
        cmeq d22, d4, d4
        CHECK   "cmeq-d", q20, q21, q22
        RESET
        cmgt d20, d28, d29
        cmgt d21, d29, d28
        cmgt d22, d4, d4
        CHECK   "cmgt-d", q20, q21, q22
        RESET
        cmge d20, d28, d29
        cmge d21, d29, d28
        cmge d22, d4, d4
        CHECK   "cmge-d", q20, q21, q22
        RESET
        cmhi d20, d28, d29
        cmhi d21, d29, d28
        cmhi d22, d4, d4
        CHECK   "cmhi-d", q20, q21, q22
        RESET
        cmhs d20, d28, d29
        cmhs d21, d29, d28
        cmhs d22, d4, d4
        CHECK   "cmhs-d", q20, q21, q22
        RESET
        cmtst d20, d28, d29
        cmtst d21, d29, d28
        cmtst d22, d4, d4
        CHECK   "cmtst-d", q20, q21, q22
        RESET
        cmeq d20, d28, #0
        cmeq d21, d29, #0
        cmeq d22, d7, #0
        CHECK   "cmeq-zero-d", q20, q21, q22
        RESET
        cmgt d20, d28, #0
        cmgt d21, d29, #0
        cmgt d22, d7, #0
        CHECK   "cmgt-zero-d", q20, q21, q22
        RESET
        cmge d20, d28, #0
        cmge d21, d29, #0
        cmge d22, d7, #0
        CHECK   "cmge-zero-d", q20, q21, q22
        RESET
        cmle d20, d28, #0
        cmle d21, d29, #0
        cmle d22, d7, #0
        CHECK   "cmle-zero-d", q20, q21, q22
        RESET
        cmlt d20, d28, #0
        cmlt d21, d29, #0
        cmlt d22, d7, #0
        CHECK   "cmlt-zero-d", q20, q21, q22
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
