/* simd-copy.S - DUP, UMOV/SMOV, INS, MOV (element)
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
        dup v20.8b, v6.b[0]
        CHECK   "dup-elem-8b-0", q20
        RESET
        dup v20.16b, v6.b[0]
        CHECK   "dup-elem-16b-0", q20
        RESET
        dup v20.8b, v6.b[15]
        CHECK   "dup-elem-8b-15", q20
        RESET
        dup v20.16b, v6.b[15]
        CHECK   "dup-elem-16b-15", q20
        RESET
        dup v20.4h, v6.h[3]
        CHECK   "dup-elem-4h-3", q20
        RESET
        dup v20.8h, v6.h[3]
        CHECK   "dup-elem-8h-3", q20
        RESET
        dup v20.4h, v6.h[7]
        CHECK   "dup-elem-4h-7", q20
        RESET
        dup v20.8h, v6.h[7]
        CHECK   "dup-elem-8h-7", q20
        RESET
        dup v20.2s, v6.s[1]
        CHECK   "dup-elem-2s-1", q20
        RESET
        dup v20.4s, v6.s[1]
        CHECK   "dup-elem-4s-1", q20
        RESET
        dup v20.2s, v6.s[3]
        CHECK   "dup-elem-2s-3", q20
        RESET
        dup v20.4s, v6.s[3]
        CHECK   "dup-elem-4s-3", q20
        RESET
        dup v20.2d, v6.d[1]
        CHECK   "dup-elem-2d-1", q20
        RESET
        MOV64 x1, 0xffffffff123456f7
        MOV64 x2, 0x123480fe
        MOV64 x3, 0xaaaaaaaa89abcdef
        MOV64 x4, 0x8877665544332211
        dup v20.8b, w1
        CHECK   "dup-gen-8b", q20
        RESET
        MOV64 x1, 0xffffffff123456f7
        MOV64 x2, 0x123480fe
        MOV64 x3, 0xaaaaaaaa89abcdef
        MOV64 x4, 0x8877665544332211
        dup v20.16b, w1
        CHECK   "dup-gen-16b", q20
        RESET
        MOV64 x1, 0xffffffff123456f7
        MOV64 x2, 0x123480fe
        MOV64 x3, 0xaaaaaaaa89abcdef
        MOV64 x4, 0x8877665544332211
        dup v20.4h, w2
        CHECK   "dup-gen-4h", q20
        RESET
        MOV64 x1, 0xffffffff123456f7
        MOV64 x2, 0x123480fe
        MOV64 x3, 0xaaaaaaaa89abcdef
        MOV64 x4, 0x8877665544332211
        dup v20.8h, w2
        CHECK   "dup-gen-8h", q20
        RESET
        MOV64 x1, 0xffffffff123456f7
        MOV64 x2, 0x123480fe
        MOV64 x3, 0xaaaaaaaa89abcdef
        MOV64 x4, 0x8877665544332211
        dup v20.2s, w3
        CHECK   "dup-gen-2s", q20
        RESET
        MOV64 x1, 0xffffffff123456f7
        MOV64 x2, 0x123480fe
        MOV64 x3, 0xaaaaaaaa89abcdef
        MOV64 x4, 0x8877665544332211
        dup v20.4s, w3
        CHECK   "dup-gen-4s", q20
        RESET
        MOV64 x1, 0xffffffff123456f7
        MOV64 x2, 0x123480fe
        MOV64 x3, 0xaaaaaaaa89abcdef
        MOV64 x4, 0x8877665544332211
        dup v20.2d, x4
        CHECK   "dup-gen-2d", q20
        RESET
        dup v20.16b, wzr
        CHECK   "dup-gen-xzr", q20
        RESET
        MOV64 x15, 0x55aa
        dup v20.8h, w15
        dup v21.4s, w15
        CHECK   "dup-gen-unmapped", q20, q21
        RESET
        umov w1, v6.b[0]
        umov w2, v6.b[15]
        umov w3, v0.b[3]
        CHECK   "umov-b", x1, x2, x3
        RESET
        MOV64 x1, -1
        umov w1, v2.h[1]
        umov w2, v2.h[7]
        CHECK   "umov-h", x1, x2
        RESET
        MOV64 x1, -1
        umov w1, v4.s[0]
        mov w2, v4.s[3]
        CHECK   "umov-s", x1, x2
        RESET
        umov x1, v6.d[1]
        mov x2, v6.d[0]
        mov x15, v4.d[1]
        CHECK   "umov-d", x1, x2, x15
        RESET
        MOV64 x1, -1
        smov w1, v0.b[3]
        smov w2, v0.b[2]
        smov w3, v2.h[1]
        smov w4, v2.h[0]
        CHECK   "smov-w", x1, x2, x3, x4
        RESET
        smov x1, v0.b[3]
        smov x2, v0.b[2]
        smov x3, v2.h[1]
        smov x4, v2.h[0]
        smov x5, v4.s[1]
        smov x6, v4.s[0]
        smov x16, v0.b[4]
        CHECK   "smov-x", x1, x2, x3, x4, x5, x6, x16
        RESET
        MOV64 x1, 0x0102030405060708
        ins v20.b[3], w1
        ins v20.h[5], w1
        mov v21.s[2], w1
        mov v22.d[1], x1
        mov v23.d[0], xzr
        CHECK   "ins-gen", q20, q21, q22, q23
        RESET
        MOV64 x17, 0xfedcba9876543210
        mov v20.b[15], w17
        mov v20.s[0], w17
        CHECK   "ins-gen-unmapped", q20
        RESET
        mov v20.b[0], v6.b[15]
        mov v20.h[7], v6.h[0]
        mov v21.s[1], v6.s[2]
        mov v22.d[0], v6.d[1]
        mov v23.b[9], v23.b[1]
        CHECK   "ins-elem", q20, q21, q22, q23
        RESET
        mov b20, v6.b[5]
        mov h21, v6.h[7]
        mov s22, v6.s[3]
        mov d23, v6.d[1]
        CHECK   "mov-scalar", q20, q21, q22, q23
        RESET
        mov v20.s[1], v20.s[0]
        dup v21.4s, v21.s[3]
        CHECK   "mov-self", q20, q21
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
