/* simd-sat.S - saturating, rounding and doubling operations (the C fallback)
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
        msr fpsr, xzr
        sqadd v20.2s, v4.2s, v5.2s
        sqadd v21.2s, v5.2s, v4.2s
        CHECK   "sqadd-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqadd v20.4s, v4.4s, v5.4s
        sqadd v21.4s, v5.4s, v4.4s
        CHECK   "sqadd-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqadd v20.2d, v28.2d, v29.2d
        sqadd v21.2d, v29.2d, v28.2d
        CHECK   "sqadd-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqadd v20.16b, v0.16b, v1.16b
        sqadd v21.16b, v1.16b, v0.16b
        CHECK   "sqadd-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqadd v20.8b, v6.8b, v7.8b
        sqadd v21.8b, v7.8b, v6.8b
        CHECK   "sqadd-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqadd v20.4h, v2.4h, v3.4h
        sqadd v21.4h, v3.4h, v2.4h
        CHECK   "sqadd-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqadd v20.8h, v6.8h, v7.8h
        sqadd v21.8h, v7.8h, v6.8h
        CHECK   "sqadd-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqadd b20, b0, b1
        sqadd h21, h2, h3
        sqadd s22, s4, s5
        sqadd d23, d28, d29
        CHECK   "sqadd-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        uqadd v20.2s, v4.2s, v5.2s
        uqadd v21.2s, v5.2s, v4.2s
        CHECK   "uqadd-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqadd v20.4s, v4.4s, v5.4s
        uqadd v21.4s, v5.4s, v4.4s
        CHECK   "uqadd-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqadd v20.2d, v28.2d, v29.2d
        uqadd v21.2d, v29.2d, v28.2d
        CHECK   "uqadd-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqadd v20.16b, v0.16b, v1.16b
        uqadd v21.16b, v1.16b, v0.16b
        CHECK   "uqadd-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqadd v20.8b, v6.8b, v7.8b
        uqadd v21.8b, v7.8b, v6.8b
        CHECK   "uqadd-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqadd v20.4h, v2.4h, v3.4h
        uqadd v21.4h, v3.4h, v2.4h
        CHECK   "uqadd-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqadd v20.8h, v6.8h, v7.8h
        uqadd v21.8h, v7.8h, v6.8h
        CHECK   "uqadd-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqadd b20, b0, b1
        uqadd h21, h2, h3
        uqadd s22, s4, s5
        uqadd d23, d28, d29
        CHECK   "uqadd-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqsub v20.2s, v4.2s, v5.2s
        sqsub v21.2s, v5.2s, v4.2s
        CHECK   "sqsub-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqsub v20.4s, v4.4s, v5.4s
        sqsub v21.4s, v5.4s, v4.4s
        CHECK   "sqsub-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqsub v20.2d, v28.2d, v29.2d
        sqsub v21.2d, v29.2d, v28.2d
        CHECK   "sqsub-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqsub v20.16b, v0.16b, v1.16b
        sqsub v21.16b, v1.16b, v0.16b
        CHECK   "sqsub-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqsub v20.8b, v6.8b, v7.8b
        sqsub v21.8b, v7.8b, v6.8b
        CHECK   "sqsub-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqsub v20.4h, v2.4h, v3.4h
        sqsub v21.4h, v3.4h, v2.4h
        CHECK   "sqsub-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqsub v20.8h, v6.8h, v7.8h
        sqsub v21.8h, v7.8h, v6.8h
        CHECK   "sqsub-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqsub b20, b0, b1
        sqsub h21, h2, h3
        sqsub s22, s4, s5
        sqsub d23, d28, d29
        CHECK   "sqsub-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        uqsub v20.2s, v4.2s, v5.2s
        uqsub v21.2s, v5.2s, v4.2s
        CHECK   "uqsub-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqsub v20.4s, v4.4s, v5.4s
        uqsub v21.4s, v5.4s, v4.4s
        CHECK   "uqsub-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqsub v20.2d, v28.2d, v29.2d
        uqsub v21.2d, v29.2d, v28.2d
        CHECK   "uqsub-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqsub v20.16b, v0.16b, v1.16b
        uqsub v21.16b, v1.16b, v0.16b
        CHECK   "uqsub-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqsub v20.8b, v6.8b, v7.8b
        uqsub v21.8b, v7.8b, v6.8b
        CHECK   "uqsub-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqsub v20.4h, v2.4h, v3.4h
        uqsub v21.4h, v3.4h, v2.4h
        CHECK   "uqsub-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqsub v20.8h, v6.8h, v7.8h
        uqsub v21.8h, v7.8h, v6.8h
        CHECK   "uqsub-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqsub b20, b0, b1
        uqsub h21, h2, h3
        uqsub s22, s4, s5
        uqsub d23, d28, d29
        CHECK   "uqsub-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.8b, v6.8b, v0.8b
        sqshl v21.8b, v1.8b, v7.8b
        CHECK   "sqshl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.16b, v6.16b, v0.16b
        sqshl v21.16b, v1.16b, v7.16b
        CHECK   "sqshl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.4h, v6.4h, v0.4h
        sqshl v21.4h, v1.4h, v7.4h
        CHECK   "sqshl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.8h, v6.8h, v0.8h
        sqshl v21.8h, v1.8h, v7.8h
        CHECK   "sqshl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.4s, v6.4s, v0.4s
        sqshl v21.4s, v1.4s, v7.4s
        CHECK   "sqshl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.2d, v6.2d, v0.2d
        sqshl v21.2d, v1.2d, v7.2d
        CHECK   "sqshl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.8b, v6.8b, v0.8b
        uqshl v21.8b, v1.8b, v7.8b
        CHECK   "uqshl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.16b, v6.16b, v0.16b
        uqshl v21.16b, v1.16b, v7.16b
        CHECK   "uqshl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.4h, v6.4h, v0.4h
        uqshl v21.4h, v1.4h, v7.4h
        CHECK   "uqshl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.8h, v6.8h, v0.8h
        uqshl v21.8h, v1.8h, v7.8h
        CHECK   "uqshl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.4s, v6.4s, v0.4s
        uqshl v21.4s, v1.4s, v7.4s
        CHECK   "uqshl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.2d, v6.2d, v0.2d
        uqshl v21.2d, v1.2d, v7.2d
        CHECK   "uqshl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        srshl v20.8b, v6.8b, v0.8b
        srshl v21.8b, v1.8b, v7.8b
        CHECK   "srshl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        srshl v20.16b, v6.16b, v0.16b
        srshl v21.16b, v1.16b, v7.16b
        CHECK   "srshl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        srshl v20.4h, v6.4h, v0.4h
        srshl v21.4h, v1.4h, v7.4h
        CHECK   "srshl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        srshl v20.8h, v6.8h, v0.8h
        srshl v21.8h, v1.8h, v7.8h
        CHECK   "srshl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        srshl v20.4s, v6.4s, v0.4s
        srshl v21.4s, v1.4s, v7.4s
        CHECK   "srshl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        srshl v20.2d, v6.2d, v0.2d
        srshl v21.2d, v1.2d, v7.2d
        CHECK   "srshl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        urshl v20.8b, v6.8b, v0.8b
        urshl v21.8b, v1.8b, v7.8b
        CHECK   "urshl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        urshl v20.16b, v6.16b, v0.16b
        urshl v21.16b, v1.16b, v7.16b
        CHECK   "urshl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        urshl v20.4h, v6.4h, v0.4h
        urshl v21.4h, v1.4h, v7.4h
        CHECK   "urshl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        urshl v20.8h, v6.8h, v0.8h
        urshl v21.8h, v1.8h, v7.8h
        CHECK   "urshl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        urshl v20.4s, v6.4s, v0.4s
        urshl v21.4s, v1.4s, v7.4s
        CHECK   "urshl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        urshl v20.2d, v6.2d, v0.2d
        urshl v21.2d, v1.2d, v7.2d
        CHECK   "urshl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshl v20.8b, v6.8b, v0.8b
        sqrshl v21.8b, v1.8b, v7.8b
        CHECK   "sqrshl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshl v20.16b, v6.16b, v0.16b
        sqrshl v21.16b, v1.16b, v7.16b
        CHECK   "sqrshl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshl v20.4h, v6.4h, v0.4h
        sqrshl v21.4h, v1.4h, v7.4h
        CHECK   "sqrshl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshl v20.8h, v6.8h, v0.8h
        sqrshl v21.8h, v1.8h, v7.8h
        CHECK   "sqrshl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshl v20.4s, v6.4s, v0.4s
        sqrshl v21.4s, v1.4s, v7.4s
        CHECK   "sqrshl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshl v20.2d, v6.2d, v0.2d
        sqrshl v21.2d, v1.2d, v7.2d
        CHECK   "sqrshl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshl v20.8b, v6.8b, v0.8b
        uqrshl v21.8b, v1.8b, v7.8b
        CHECK   "uqrshl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshl v20.16b, v6.16b, v0.16b
        uqrshl v21.16b, v1.16b, v7.16b
        CHECK   "uqrshl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshl v20.4h, v6.4h, v0.4h
        uqrshl v21.4h, v1.4h, v7.4h
        CHECK   "uqrshl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshl v20.8h, v6.8h, v0.8h
        uqrshl v21.8h, v1.8h, v7.8h
        CHECK   "uqrshl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshl v20.4s, v6.4s, v0.4s
        uqrshl v21.4s, v1.4s, v7.4s
        CHECK   "uqrshl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshl v20.2d, v6.2d, v0.2d
        uqrshl v21.2d, v1.2d, v7.2d
        CHECK   "uqrshl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sshl v20.8b, v6.8b, v0.8b
        sshl v21.8b, v1.8b, v7.8b
        CHECK   "sshl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sshl v20.16b, v6.16b, v0.16b
        sshl v21.16b, v1.16b, v7.16b
        CHECK   "sshl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sshl v20.4h, v6.4h, v0.4h
        sshl v21.4h, v1.4h, v7.4h
        CHECK   "sshl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sshl v20.8h, v6.8h, v0.8h
        sshl v21.8h, v1.8h, v7.8h
        CHECK   "sshl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sshl v20.4s, v6.4s, v0.4s
        sshl v21.4s, v1.4s, v7.4s
        CHECK   "sshl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sshl v20.2d, v6.2d, v0.2d
        sshl v21.2d, v1.2d, v7.2d
        CHECK   "sshl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        ushl v20.8b, v6.8b, v0.8b
        ushl v21.8b, v1.8b, v7.8b
        CHECK   "ushl-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        ushl v20.16b, v6.16b, v0.16b
        ushl v21.16b, v1.16b, v7.16b
        CHECK   "ushl-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        ushl v20.4h, v6.4h, v0.4h
        ushl v21.4h, v1.4h, v7.4h
        CHECK   "ushl-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        ushl v20.8h, v6.8h, v0.8h
        ushl v21.8h, v1.8h, v7.8h
        CHECK   "ushl-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        ushl v20.4s, v6.4s, v0.4s
        ushl v21.4s, v1.4s, v7.4s
        CHECK   "ushl-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        ushl v20.2d, v6.2d, v0.2d
        ushl v21.2d, v1.2d, v7.2d
        CHECK   "ushl-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.16b, v6.16b, #3
        sqshl v21.16b, v1.16b, #0
        CHECK   "sqshl-imm-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.8h, v6.8h, #9
        sqshl v21.8h, v1.8h, #0
        CHECK   "sqshl-imm-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.4s, v6.4s, #31
        sqshl v21.4s, v1.4s, #0
        CHECK   "sqshl-imm-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshl v20.2d, v6.2d, #1
        sqshl v21.2d, v1.2d, #0
        CHECK   "sqshl-imm-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.16b, v6.16b, #3
        uqshl v21.16b, v1.16b, #0
        CHECK   "uqshl-imm-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.8h, v6.8h, #9
        uqshl v21.8h, v1.8h, #0
        CHECK   "uqshl-imm-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.4s, v6.4s, #31
        uqshl v21.4s, v1.4s, #0
        CHECK   "uqshl-imm-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshl v20.2d, v6.2d, #1
        uqshl v21.2d, v1.2d, #0
        CHECK   "uqshl-imm-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshlu v20.16b, v6.16b, #3
        sqshlu v21.16b, v1.16b, #0
        CHECK   "sqshlu-imm-16b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshlu v20.8h, v6.8h, #9
        sqshlu v21.8h, v1.8h, #0
        CHECK   "sqshlu-imm-8h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshlu v20.4s, v6.4s, #31
        sqshlu v21.4s, v1.4s, #0
        CHECK   "sqshlu-imm-4s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshlu v20.2d, v6.2d, #1
        sqshlu v21.2d, v1.2d, #0
        CHECK   "sqshlu-imm-2d", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshrn v20.8b, v2.8h, #3
        sqshrn2 v21.16b, v6.8h, #3
        CHECK   "sqshrn-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshrn v20.4h, v2.4s, #16
        sqshrn2 v21.8h, v6.4s, #16
        CHECK   "sqshrn-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshrn v20.2s, v2.2d, #1
        sqshrn2 v21.4s, v6.2d, #1
        CHECK   "sqshrn-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshrn v20.8b, v2.8h, #3
        uqshrn2 v21.16b, v6.8h, #3
        CHECK   "uqshrn-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshrn v20.4h, v2.4s, #16
        uqshrn2 v21.8h, v6.4s, #16
        CHECK   "uqshrn-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqshrn v20.2s, v2.2d, #1
        uqshrn2 v21.4s, v6.2d, #1
        CHECK   "uqshrn-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshrn v20.8b, v2.8h, #3
        sqrshrn2 v21.16b, v6.8h, #3
        CHECK   "sqrshrn-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshrn v20.4h, v2.4s, #16
        sqrshrn2 v21.8h, v6.4s, #16
        CHECK   "sqrshrn-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshrn v20.2s, v2.2d, #1
        sqrshrn2 v21.4s, v6.2d, #1
        CHECK   "sqrshrn-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshrn v20.8b, v2.8h, #3
        uqrshrn2 v21.16b, v6.8h, #3
        CHECK   "uqrshrn-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshrn v20.4h, v2.4s, #16
        uqrshrn2 v21.8h, v6.4s, #16
        CHECK   "uqrshrn-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        uqrshrn v20.2s, v2.2d, #1
        uqrshrn2 v21.4s, v6.2d, #1
        CHECK   "uqrshrn-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshrun v20.8b, v2.8h, #3
        sqshrun2 v21.16b, v6.8h, #3
        CHECK   "sqshrun-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshrun v20.4h, v2.4s, #16
        sqshrun2 v21.8h, v6.4s, #16
        CHECK   "sqshrun-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqshrun v20.2s, v2.2d, #1
        sqshrun2 v21.4s, v6.2d, #1
        CHECK   "sqshrun-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshrun v20.8b, v2.8h, #3
        sqrshrun2 v21.16b, v6.8h, #3
        CHECK   "sqrshrun-8b", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshrun v20.4h, v2.4s, #16
        sqrshrun2 v21.8h, v6.4s, #16
        CHECK   "sqrshrun-4h", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqrshrun v20.2s, v2.2d, #1
        sqrshrun2 v21.4s, v6.2d, #1
        CHECK   "sqrshrun-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        sqdmulh v20.4h, v2.4h, v3.4h
        sqdmulh v21.4h, v2.4h, v2.4h
        sqdmulh v22.4h, v6.4h, v7.4h
        CHECK   "sqdmulh-4h", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqdmulh v20.8h, v2.8h, v3.8h
        sqdmulh v21.8h, v2.8h, v2.8h
        sqdmulh v22.8h, v6.8h, v7.8h
        CHECK   "sqdmulh-8h", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqdmulh v20.2s, v2.2s, v3.2s
        sqdmulh v21.2s, v2.2s, v2.2s
        sqdmulh v22.2s, v6.2s, v7.2s
        CHECK   "sqdmulh-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqdmulh v20.4s, v2.4s, v3.4s
        sqdmulh v21.4s, v2.4s, v2.4s
        sqdmulh v22.4s, v6.4s, v7.4s
        CHECK   "sqdmulh-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqdmulh v20.8h, v2.8h, v3.h[1]
        sqdmulh v21.4s, v4.4s, v5.s[2]
        sqdmulh h22, h2, v2.h[7]
        CHECK   "sqdmulh-elem", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqrdmulh v20.4h, v2.4h, v3.4h
        sqrdmulh v21.4h, v2.4h, v2.4h
        sqrdmulh v22.4h, v6.4h, v7.4h
        CHECK   "sqrdmulh-4h", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqrdmulh v20.8h, v2.8h, v3.8h
        sqrdmulh v21.8h, v2.8h, v2.8h
        sqrdmulh v22.8h, v6.8h, v7.8h
        CHECK   "sqrdmulh-8h", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqrdmulh v20.2s, v2.2s, v3.2s
        sqrdmulh v21.2s, v2.2s, v2.2s
        sqrdmulh v22.2s, v6.2s, v7.2s
        CHECK   "sqrdmulh-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqrdmulh v20.4s, v2.4s, v3.4s
        sqrdmulh v21.4s, v2.4s, v2.4s
        sqrdmulh v22.4s, v6.4s, v7.4s
        CHECK   "sqrdmulh-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqrdmulh v20.8h, v2.8h, v3.h[1]
        sqrdmulh v21.4s, v4.4s, v5.s[2]
        sqrdmulh h22, h2, v2.h[7]
        CHECK   "sqrdmulh-elem", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        sqdmull v20.4s, v2.4h, v3.4h
        sqdmull2 v21.2d, v4.4s, v5.4s
        sqdmull v22.4s, v2.4h, v2.h[0]
        sqdmull s23, h2, h3
        CHECK   "sqdmull", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqdmlal v20.4s, v2.4h, v3.4h
        sqdmlal2 v21.2d, v4.4s, v5.4s
        sqdmlal v22.4s, v2.4h, v2.h[0]
        sqdmlal s23, h2, h3
        CHECK   "sqdmlal", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqdmlsl v20.4s, v2.4h, v3.4h
        sqdmlsl2 v21.2d, v4.4s, v5.4s
        sqdmlsl v22.4s, v2.4h, v2.h[0]
        sqdmlsl s23, h2, h3
        CHECK   "sqdmlsl", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        sqabs v20.16b, v0.16b
        sqneg v21.8h, v2.8h
        sqabs v22.4s, v4.4s
        sqneg d23, d4
        CHECK   "sqabs-sqneg", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        suqadd v20.16b, v0.16b
        usqadd v21.8h, v2.8h
        suqadd s22, s5
        usqadd v23.2d, v29.2d
        CHECK   "suqadd-usqadd", q20, q21, q22, q23, fpsr
        RESET
        pmul v20.16b, v6.16b, v7.16b
        pmul v21.8b, v0.8b, v1.8b
        pmull v22.8h, v6.8b, v7.8b
        pmull2 v23.8h, v0.16b, v1.16b
        CHECK   "pmul", q20, q21, q22, q23
        RESET
        shsub v20.16b, v0.16b, v1.16b
        uhsub v21.8h, v2.8h, v3.8h
        shsub v22.4s, v4.4s, v5.4s
        uhsub v23.4s, v5.4s, v4.4s
        CHECK   "shsub-uhsub", q20, q21, q22, q23
        RESET
        msr fpsr, xzr
        srshl d20, d6, d0
        urshl d21, d6, d1
        sqshl d22, d28, d7
        uqrshl s23, s4, s0
        CHECK   "srshl-d", q20, q21, q22, q23, fpsr
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
