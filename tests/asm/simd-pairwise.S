/* simd-pairwise.S - ADDP, [SU]MAXP/[SU]MINP, across lanes (ADDV, [SU]MAXV, [SU]MINV, [SU]ADDLV), [SU]ADDLP/ADALP
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
        addp v20.8b, v0.8b, v1.8b
        addp v21.8b, v1.8b, v0.8b
        addp v22.8b, v6.8b, v7.8b
        CHECK   "addp-8b", q20, q21, q22
        RESET
        addp v20.16b, v0.16b, v1.16b
        addp v21.16b, v1.16b, v0.16b
        addp v22.16b, v6.16b, v7.16b
        CHECK   "addp-16b", q20, q21, q22
        RESET
        addp v20.4h, v2.4h, v3.4h
        addp v21.4h, v3.4h, v2.4h
        addp v22.4h, v6.4h, v7.4h
        CHECK   "addp-4h", q20, q21, q22
        RESET
        addp v20.8h, v2.8h, v3.8h
        addp v21.8h, v3.8h, v2.8h
        addp v22.8h, v6.8h, v7.8h
        CHECK   "addp-8h", q20, q21, q22
        RESET
        addp v20.2s, v4.2s, v5.2s
        addp v21.2s, v5.2s, v4.2s
        addp v22.2s, v6.2s, v7.2s
        CHECK   "addp-2s", q20, q21, q22
        RESET
        addp v20.4s, v4.4s, v5.4s
        addp v21.4s, v5.4s, v4.4s
        addp v22.4s, v6.4s, v7.4s
        CHECK   "addp-4s", q20, q21, q22
        RESET
        addp v20.2d, v28.2d, v29.2d
        addp v21.2d, v29.2d, v28.2d
        addp v22.2d, v6.2d, v7.2d
        CHECK   "addp-2d", q20, q21, q22
        RESET
        smaxp v20.8b, v0.8b, v1.8b
        smaxp v21.8b, v1.8b, v0.8b
        smaxp v22.8b, v6.8b, v7.8b
        CHECK   "smaxp-8b", q20, q21, q22
        RESET
        smaxp v20.16b, v0.16b, v1.16b
        smaxp v21.16b, v1.16b, v0.16b
        smaxp v22.16b, v6.16b, v7.16b
        CHECK   "smaxp-16b", q20, q21, q22
        RESET
        smaxp v20.4h, v2.4h, v3.4h
        smaxp v21.4h, v3.4h, v2.4h
        smaxp v22.4h, v6.4h, v7.4h
        CHECK   "smaxp-4h", q20, q21, q22
        RESET
        smaxp v20.8h, v2.8h, v3.8h
        smaxp v21.8h, v3.8h, v2.8h
        smaxp v22.8h, v6.8h, v7.8h
        CHECK   "smaxp-8h", q20, q21, q22
        RESET
        smaxp v20.2s, v4.2s, v5.2s
        smaxp v21.2s, v5.2s, v4.2s
        smaxp v22.2s, v6.2s, v7.2s
        CHECK   "smaxp-2s", q20, q21, q22
        RESET
        smaxp v20.4s, v4.4s, v5.4s
        smaxp v21.4s, v5.4s, v4.4s
        smaxp v22.4s, v6.4s, v7.4s
        CHECK   "smaxp-4s", q20, q21, q22
        RESET
        sminp v20.8b, v0.8b, v1.8b
        sminp v21.8b, v1.8b, v0.8b
        sminp v22.8b, v6.8b, v7.8b
        CHECK   "sminp-8b", q20, q21, q22
        RESET
        sminp v20.16b, v0.16b, v1.16b
        sminp v21.16b, v1.16b, v0.16b
        sminp v22.16b, v6.16b, v7.16b
        CHECK   "sminp-16b", q20, q21, q22
        RESET
        sminp v20.4h, v2.4h, v3.4h
        sminp v21.4h, v3.4h, v2.4h
        sminp v22.4h, v6.4h, v7.4h
        CHECK   "sminp-4h", q20, q21, q22
        RESET
        sminp v20.8h, v2.8h, v3.8h
        sminp v21.8h, v3.8h, v2.8h
        sminp v22.8h, v6.8h, v7.8h
        CHECK   "sminp-8h", q20, q21, q22
        RESET
        sminp v20.2s, v4.2s, v5.2s
        sminp v21.2s, v5.2s, v4.2s
        sminp v22.2s, v6.2s, v7.2s
        CHECK   "sminp-2s", q20, q21, q22
        RESET
        sminp v20.4s, v4.4s, v5.4s
        sminp v21.4s, v5.4s, v4.4s
        sminp v22.4s, v6.4s, v7.4s
        CHECK   "sminp-4s", q20, q21, q22
        RESET
        umaxp v20.8b, v0.8b, v1.8b
        umaxp v21.8b, v1.8b, v0.8b
        umaxp v22.8b, v6.8b, v7.8b
        CHECK   "umaxp-8b", q20, q21, q22
        RESET
        umaxp v20.16b, v0.16b, v1.16b
        umaxp v21.16b, v1.16b, v0.16b
        umaxp v22.16b, v6.16b, v7.16b
        CHECK   "umaxp-16b", q20, q21, q22
        RESET
        umaxp v20.4h, v2.4h, v3.4h
        umaxp v21.4h, v3.4h, v2.4h
        umaxp v22.4h, v6.4h, v7.4h
        CHECK   "umaxp-4h", q20, q21, q22
        RESET
        umaxp v20.8h, v2.8h, v3.8h
        umaxp v21.8h, v3.8h, v2.8h
        umaxp v22.8h, v6.8h, v7.8h
        CHECK   "umaxp-8h", q20, q21, q22
        RESET
        umaxp v20.2s, v4.2s, v5.2s
        umaxp v21.2s, v5.2s, v4.2s
        umaxp v22.2s, v6.2s, v7.2s
        CHECK   "umaxp-2s", q20, q21, q22
        RESET
        umaxp v20.4s, v4.4s, v5.4s
        umaxp v21.4s, v5.4s, v4.4s
        umaxp v22.4s, v6.4s, v7.4s
        CHECK   "umaxp-4s", q20, q21, q22
        RESET
        uminp v20.8b, v0.8b, v1.8b
        uminp v21.8b, v1.8b, v0.8b
        uminp v22.8b, v6.8b, v7.8b
        CHECK   "uminp-8b", q20, q21, q22
        RESET
        uminp v20.16b, v0.16b, v1.16b
        uminp v21.16b, v1.16b, v0.16b
        uminp v22.16b, v6.16b, v7.16b
        CHECK   "uminp-16b", q20, q21, q22
        RESET
        uminp v20.4h, v2.4h, v3.4h
        uminp v21.4h, v3.4h, v2.4h
        uminp v22.4h, v6.4h, v7.4h
        CHECK   "uminp-4h", q20, q21, q22
        RESET
        uminp v20.8h, v2.8h, v3.8h
        uminp v21.8h, v3.8h, v2.8h
        uminp v22.8h, v6.8h, v7.8h
        CHECK   "uminp-8h", q20, q21, q22
        RESET
        uminp v20.2s, v4.2s, v5.2s
        uminp v21.2s, v5.2s, v4.2s
        uminp v22.2s, v6.2s, v7.2s
        CHECK   "uminp-2s", q20, q21, q22
        RESET
        uminp v20.4s, v4.4s, v5.4s
        uminp v21.4s, v5.4s, v4.4s
        uminp v22.4s, v6.4s, v7.4s
        CHECK   "uminp-4s", q20, q21, q22
        RESET
        addp d20, v28.2d
        addp d21, v6.2d
        CHECK   "addp-scalar", q20, q21
        RESET
        umaxp v20.16b, v0.16b, v0.16b
        uminp v21.16b, v21.16b, v21.16b
        CHECK   "umaxp-self", q20, q21
        RESET
        addv b20, v0.8b
        CHECK   "addv-8b-v0", q20
        RESET
        addv b20, v0.16b
        CHECK   "addv-16b-v0", q20
        RESET
        addv b20, v1.16b
        CHECK   "addv-16b-v1", q20
        RESET
        addv h20, v2.4h
        CHECK   "addv-4h-v2", q20
        RESET
        addv h20, v2.8h
        CHECK   "addv-8h-v2", q20
        RESET
        addv h20, v3.8h
        CHECK   "addv-8h-v3", q20
        RESET
        addv s20, v4.4s
        CHECK   "addv-4s-v4", q20
        RESET
        addv s20, v5.4s
        CHECK   "addv-4s-v5", q20
        RESET
        smaxv b20, v0.8b
        CHECK   "smaxv-8b-v0", q20
        RESET
        smaxv b20, v0.16b
        CHECK   "smaxv-16b-v0", q20
        RESET
        smaxv b20, v1.16b
        CHECK   "smaxv-16b-v1", q20
        RESET
        smaxv h20, v2.4h
        CHECK   "smaxv-4h-v2", q20
        RESET
        smaxv h20, v2.8h
        CHECK   "smaxv-8h-v2", q20
        RESET
        smaxv h20, v3.8h
        CHECK   "smaxv-8h-v3", q20
        RESET
        smaxv s20, v4.4s
        CHECK   "smaxv-4s-v4", q20
        RESET
        smaxv s20, v5.4s
        CHECK   "smaxv-4s-v5", q20
        RESET
        sminv b20, v0.8b
        CHECK   "sminv-8b-v0", q20
        RESET
        sminv b20, v0.16b
        CHECK   "sminv-16b-v0", q20
        RESET
        sminv b20, v1.16b
        CHECK   "sminv-16b-v1", q20
        RESET
        sminv h20, v2.4h
        CHECK   "sminv-4h-v2", q20
        RESET
        sminv h20, v2.8h
        CHECK   "sminv-8h-v2", q20
        RESET
        sminv h20, v3.8h
        CHECK   "sminv-8h-v3", q20
        RESET
        sminv s20, v4.4s
        CHECK   "sminv-4s-v4", q20
        RESET
        sminv s20, v5.4s
        CHECK   "sminv-4s-v5", q20
        RESET
        umaxv b20, v0.8b
        CHECK   "umaxv-8b-v0", q20
        RESET
        umaxv b20, v0.16b
        CHECK   "umaxv-16b-v0", q20
        RESET
        umaxv b20, v1.16b
        CHECK   "umaxv-16b-v1", q20
        RESET
        umaxv h20, v2.4h
        CHECK   "umaxv-4h-v2", q20
        RESET
        umaxv h20, v2.8h
        CHECK   "umaxv-8h-v2", q20
        RESET
        umaxv h20, v3.8h
        CHECK   "umaxv-8h-v3", q20
        RESET
        umaxv s20, v4.4s
        CHECK   "umaxv-4s-v4", q20
        RESET
        umaxv s20, v5.4s
        CHECK   "umaxv-4s-v5", q20
        RESET
        uminv b20, v0.8b
        CHECK   "uminv-8b-v0", q20
        RESET
        uminv b20, v0.16b
        CHECK   "uminv-16b-v0", q20
        RESET
        uminv b20, v1.16b
        CHECK   "uminv-16b-v1", q20
        RESET
        uminv h20, v2.4h
        CHECK   "uminv-4h-v2", q20
        RESET
        uminv h20, v2.8h
        CHECK   "uminv-8h-v2", q20
        RESET
        uminv h20, v3.8h
        CHECK   "uminv-8h-v3", q20
        RESET
        uminv s20, v4.4s
        CHECK   "uminv-4s-v4", q20
        RESET
        uminv s20, v5.4s
        CHECK   "uminv-4s-v5", q20
        RESET
        saddlv h20, v0.8b
        CHECK   "saddlv-8b-v0", q20
        RESET
        saddlv h20, v0.16b
        CHECK   "saddlv-16b-v0", q20
        RESET
        saddlv h20, v1.16b
        CHECK   "saddlv-16b-v1", q20
        RESET
        saddlv s20, v2.4h
        CHECK   "saddlv-4h-v2", q20
        RESET
        saddlv s20, v2.8h
        CHECK   "saddlv-8h-v2", q20
        RESET
        saddlv s20, v3.8h
        CHECK   "saddlv-8h-v3", q20
        RESET
        saddlv d20, v4.4s
        CHECK   "saddlv-4s-v4", q20
        RESET
        saddlv d20, v5.4s
        CHECK   "saddlv-4s-v5", q20
        RESET
        uaddlv h20, v0.8b
        CHECK   "uaddlv-8b-v0", q20
        RESET
        uaddlv h20, v0.16b
        CHECK   "uaddlv-16b-v0", q20
        RESET
        uaddlv h20, v1.16b
        CHECK   "uaddlv-16b-v1", q20
        RESET
        uaddlv s20, v2.4h
        CHECK   "uaddlv-4h-v2", q20
        RESET
        uaddlv s20, v2.8h
        CHECK   "uaddlv-8h-v2", q20
        RESET
        uaddlv s20, v3.8h
        CHECK   "uaddlv-8h-v3", q20
        RESET
        uaddlv d20, v4.4s
        CHECK   "uaddlv-4s-v4", q20
        RESET
        uaddlv d20, v5.4s
        CHECK   "uaddlv-4s-v5", q20
        RESET
        saddlp v20.4h, v0.8b
        saddlp v21.4h, v1.8b
        CHECK   "saddlp-8b", q20, q21
        RESET
        saddlp v20.8h, v0.16b
        saddlp v21.8h, v1.16b
        CHECK   "saddlp-16b", q20, q21
        RESET
        saddlp v20.2s, v2.4h
        saddlp v21.2s, v3.4h
        CHECK   "saddlp-4h", q20, q21
        RESET
        saddlp v20.4s, v2.8h
        saddlp v21.4s, v3.8h
        CHECK   "saddlp-8h", q20, q21
        RESET
        saddlp v20.1d, v4.2s
        saddlp v21.1d, v5.2s
        CHECK   "saddlp-2s", q20, q21
        RESET
        saddlp v20.2d, v4.4s
        saddlp v21.2d, v5.4s
        CHECK   "saddlp-4s", q20, q21
        RESET
        uaddlp v20.4h, v0.8b
        uaddlp v21.4h, v1.8b
        CHECK   "uaddlp-8b", q20, q21
        RESET
        uaddlp v20.8h, v0.16b
        uaddlp v21.8h, v1.16b
        CHECK   "uaddlp-16b", q20, q21
        RESET
        uaddlp v20.2s, v2.4h
        uaddlp v21.2s, v3.4h
        CHECK   "uaddlp-4h", q20, q21
        RESET
        uaddlp v20.4s, v2.8h
        uaddlp v21.4s, v3.8h
        CHECK   "uaddlp-8h", q20, q21
        RESET
        uaddlp v20.1d, v4.2s
        uaddlp v21.1d, v5.2s
        CHECK   "uaddlp-2s", q20, q21
        RESET
        uaddlp v20.2d, v4.4s
        uaddlp v21.2d, v5.4s
        CHECK   "uaddlp-4s", q20, q21
        RESET
        sadalp v20.4h, v0.8b
        sadalp v21.4h, v1.8b
        CHECK   "sadalp-8b", q20, q21
        RESET
        sadalp v20.8h, v0.16b
        sadalp v21.8h, v1.16b
        CHECK   "sadalp-16b", q20, q21
        RESET
        sadalp v20.2s, v2.4h
        sadalp v21.2s, v3.4h
        CHECK   "sadalp-4h", q20, q21
        RESET
        sadalp v20.4s, v2.8h
        sadalp v21.4s, v3.8h
        CHECK   "sadalp-8h", q20, q21
        RESET
        sadalp v20.1d, v4.2s
        sadalp v21.1d, v5.2s
        CHECK   "sadalp-2s", q20, q21
        RESET
        sadalp v20.2d, v4.4s
        sadalp v21.2d, v5.4s
        CHECK   "sadalp-4s", q20, q21
        RESET
        uadalp v20.4h, v0.8b
        uadalp v21.4h, v1.8b
        CHECK   "uadalp-8b", q20, q21
        RESET
        uadalp v20.8h, v0.16b
        uadalp v21.8h, v1.16b
        CHECK   "uadalp-16b", q20, q21
        RESET
        uadalp v20.2s, v2.4h
        uadalp v21.2s, v3.4h
        CHECK   "uadalp-4h", q20, q21
        RESET
        uadalp v20.4s, v2.8h
        uadalp v21.4s, v3.8h
        CHECK   "uadalp-8h", q20, q21
        RESET
        uadalp v20.1d, v4.2s
        uadalp v21.1d, v5.2s
        CHECK   "uadalp-2s", q20, q21
        RESET
        uadalp v20.2d, v4.4s
        uadalp v21.2d, v5.4s
        CHECK   "uadalp-4s", q20, q21
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
