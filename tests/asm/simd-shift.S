/* simd-shift.S - shifts by immediate and by register, narrowing and widening shifts
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
        sshr v20.8b, v0.8b, #1
        sshr v21.8b, v6.8b, #1
        CHECK   "sshr-8b-1", q20, q21
        RESET
        sshr v20.8b, v0.8b, #3
        sshr v21.8b, v6.8b, #3
        CHECK   "sshr-8b-3", q20, q21
        RESET
        sshr v20.8b, v0.8b, #7
        sshr v21.8b, v6.8b, #7
        CHECK   "sshr-8b-7", q20, q21
        RESET
        sshr v20.8b, v0.8b, #8
        sshr v21.8b, v6.8b, #8
        CHECK   "sshr-8b-8", q20, q21
        RESET
        sshr v20.16b, v1.16b, #1
        sshr v21.16b, v6.16b, #1
        CHECK   "sshr-16b-1", q20, q21
        RESET
        sshr v20.16b, v1.16b, #3
        sshr v21.16b, v6.16b, #3
        CHECK   "sshr-16b-3", q20, q21
        RESET
        sshr v20.16b, v1.16b, #7
        sshr v21.16b, v6.16b, #7
        CHECK   "sshr-16b-7", q20, q21
        RESET
        sshr v20.16b, v1.16b, #8
        sshr v21.16b, v6.16b, #8
        CHECK   "sshr-16b-8", q20, q21
        RESET
        sshr v20.4h, v2.4h, #1
        sshr v21.4h, v6.4h, #1
        CHECK   "sshr-4h-1", q20, q21
        RESET
        sshr v20.4h, v2.4h, #7
        sshr v21.4h, v6.4h, #7
        CHECK   "sshr-4h-7", q20, q21
        RESET
        sshr v20.4h, v2.4h, #15
        sshr v21.4h, v6.4h, #15
        CHECK   "sshr-4h-15", q20, q21
        RESET
        sshr v20.4h, v2.4h, #16
        sshr v21.4h, v6.4h, #16
        CHECK   "sshr-4h-16", q20, q21
        RESET
        sshr v20.8h, v3.8h, #1
        sshr v21.8h, v6.8h, #1
        CHECK   "sshr-8h-1", q20, q21
        RESET
        sshr v20.8h, v3.8h, #7
        sshr v21.8h, v6.8h, #7
        CHECK   "sshr-8h-7", q20, q21
        RESET
        sshr v20.8h, v3.8h, #15
        sshr v21.8h, v6.8h, #15
        CHECK   "sshr-8h-15", q20, q21
        RESET
        sshr v20.8h, v3.8h, #16
        sshr v21.8h, v6.8h, #16
        CHECK   "sshr-8h-16", q20, q21
        RESET
        sshr v20.2s, v4.2s, #1
        sshr v21.2s, v6.2s, #1
        CHECK   "sshr-2s-1", q20, q21
        RESET
        sshr v20.2s, v4.2s, #15
        sshr v21.2s, v6.2s, #15
        CHECK   "sshr-2s-15", q20, q21
        RESET
        sshr v20.2s, v4.2s, #31
        sshr v21.2s, v6.2s, #31
        CHECK   "sshr-2s-31", q20, q21
        RESET
        sshr v20.2s, v4.2s, #32
        sshr v21.2s, v6.2s, #32
        CHECK   "sshr-2s-32", q20, q21
        RESET
        sshr v20.4s, v5.4s, #1
        sshr v21.4s, v6.4s, #1
        CHECK   "sshr-4s-1", q20, q21
        RESET
        sshr v20.4s, v5.4s, #15
        sshr v21.4s, v6.4s, #15
        CHECK   "sshr-4s-15", q20, q21
        RESET
        sshr v20.4s, v5.4s, #31
        sshr v21.4s, v6.4s, #31
        CHECK   "sshr-4s-31", q20, q21
        RESET
        sshr v20.4s, v5.4s, #32
        sshr v21.4s, v6.4s, #32
        CHECK   "sshr-4s-32", q20, q21
        RESET
        sshr v20.2d, v28.2d, #1
        sshr v21.2d, v6.2d, #1
        CHECK   "sshr-2d-1", q20, q21
        RESET
        sshr v20.2d, v28.2d, #31
        sshr v21.2d, v6.2d, #31
        CHECK   "sshr-2d-31", q20, q21
        RESET
        sshr v20.2d, v28.2d, #63
        sshr v21.2d, v6.2d, #63
        CHECK   "sshr-2d-63", q20, q21
        RESET
        sshr v20.2d, v28.2d, #64
        sshr v21.2d, v6.2d, #64
        CHECK   "sshr-2d-64", q20, q21
        RESET
        ushr v20.8b, v0.8b, #1
        ushr v21.8b, v6.8b, #1
        CHECK   "ushr-8b-1", q20, q21
        RESET
        ushr v20.8b, v0.8b, #3
        ushr v21.8b, v6.8b, #3
        CHECK   "ushr-8b-3", q20, q21
        RESET
        ushr v20.8b, v0.8b, #7
        ushr v21.8b, v6.8b, #7
        CHECK   "ushr-8b-7", q20, q21
        RESET
        ushr v20.8b, v0.8b, #8
        ushr v21.8b, v6.8b, #8
        CHECK   "ushr-8b-8", q20, q21
        RESET
        ushr v20.16b, v1.16b, #1
        ushr v21.16b, v6.16b, #1
        CHECK   "ushr-16b-1", q20, q21
        RESET
        ushr v20.16b, v1.16b, #3
        ushr v21.16b, v6.16b, #3
        CHECK   "ushr-16b-3", q20, q21
        RESET
        ushr v20.16b, v1.16b, #7
        ushr v21.16b, v6.16b, #7
        CHECK   "ushr-16b-7", q20, q21
        RESET
        ushr v20.16b, v1.16b, #8
        ushr v21.16b, v6.16b, #8
        CHECK   "ushr-16b-8", q20, q21
        RESET
        ushr v20.4h, v2.4h, #1
        ushr v21.4h, v6.4h, #1
        CHECK   "ushr-4h-1", q20, q21
        RESET
        ushr v20.4h, v2.4h, #7
        ushr v21.4h, v6.4h, #7
        CHECK   "ushr-4h-7", q20, q21
        RESET
        ushr v20.4h, v2.4h, #15
        ushr v21.4h, v6.4h, #15
        CHECK   "ushr-4h-15", q20, q21
        RESET
        ushr v20.4h, v2.4h, #16
        ushr v21.4h, v6.4h, #16
        CHECK   "ushr-4h-16", q20, q21
        RESET
        ushr v20.8h, v3.8h, #1
        ushr v21.8h, v6.8h, #1
        CHECK   "ushr-8h-1", q20, q21
        RESET
        ushr v20.8h, v3.8h, #7
        ushr v21.8h, v6.8h, #7
        CHECK   "ushr-8h-7", q20, q21
        RESET
        ushr v20.8h, v3.8h, #15
        ushr v21.8h, v6.8h, #15
        CHECK   "ushr-8h-15", q20, q21
        RESET
        ushr v20.8h, v3.8h, #16
        ushr v21.8h, v6.8h, #16
        CHECK   "ushr-8h-16", q20, q21
        RESET
        ushr v20.2s, v4.2s, #1
        ushr v21.2s, v6.2s, #1
        CHECK   "ushr-2s-1", q20, q21
        RESET
        ushr v20.2s, v4.2s, #15
        ushr v21.2s, v6.2s, #15
        CHECK   "ushr-2s-15", q20, q21
        RESET
        ushr v20.2s, v4.2s, #31
        ushr v21.2s, v6.2s, #31
        CHECK   "ushr-2s-31", q20, q21
        RESET
        ushr v20.2s, v4.2s, #32
        ushr v21.2s, v6.2s, #32
        CHECK   "ushr-2s-32", q20, q21
        RESET
        ushr v20.4s, v5.4s, #1
        ushr v21.4s, v6.4s, #1
        CHECK   "ushr-4s-1", q20, q21
        RESET
        ushr v20.4s, v5.4s, #15
        ushr v21.4s, v6.4s, #15
        CHECK   "ushr-4s-15", q20, q21
        RESET
        ushr v20.4s, v5.4s, #31
        ushr v21.4s, v6.4s, #31
        CHECK   "ushr-4s-31", q20, q21
        RESET
        ushr v20.4s, v5.4s, #32
        ushr v21.4s, v6.4s, #32
        CHECK   "ushr-4s-32", q20, q21
        RESET
        ushr v20.2d, v28.2d, #1
        ushr v21.2d, v6.2d, #1
        CHECK   "ushr-2d-1", q20, q21
        RESET
        ushr v20.2d, v28.2d, #31
        ushr v21.2d, v6.2d, #31
        CHECK   "ushr-2d-31", q20, q21
        RESET
        ushr v20.2d, v28.2d, #63
        ushr v21.2d, v6.2d, #63
        CHECK   "ushr-2d-63", q20, q21
        RESET
        ushr v20.2d, v28.2d, #64
        ushr v21.2d, v6.2d, #64
        CHECK   "ushr-2d-64", q20, q21
        RESET
        ssra v20.8b, v0.8b, #1
        ssra v21.8b, v6.8b, #1
        CHECK   "ssra-8b-1", q20, q21
        RESET
        ssra v20.8b, v0.8b, #3
        ssra v21.8b, v6.8b, #3
        CHECK   "ssra-8b-3", q20, q21
        RESET
        ssra v20.8b, v0.8b, #7
        ssra v21.8b, v6.8b, #7
        CHECK   "ssra-8b-7", q20, q21
        RESET
        ssra v20.8b, v0.8b, #8
        ssra v21.8b, v6.8b, #8
        CHECK   "ssra-8b-8", q20, q21
        RESET
        ssra v20.16b, v1.16b, #1
        ssra v21.16b, v6.16b, #1
        CHECK   "ssra-16b-1", q20, q21
        RESET
        ssra v20.16b, v1.16b, #3
        ssra v21.16b, v6.16b, #3
        CHECK   "ssra-16b-3", q20, q21
        RESET
        ssra v20.16b, v1.16b, #7
        ssra v21.16b, v6.16b, #7
        CHECK   "ssra-16b-7", q20, q21
        RESET
        ssra v20.16b, v1.16b, #8
        ssra v21.16b, v6.16b, #8
        CHECK   "ssra-16b-8", q20, q21
        RESET
        ssra v20.4h, v2.4h, #1
        ssra v21.4h, v6.4h, #1
        CHECK   "ssra-4h-1", q20, q21
        RESET
        ssra v20.4h, v2.4h, #7
        ssra v21.4h, v6.4h, #7
        CHECK   "ssra-4h-7", q20, q21
        RESET
        ssra v20.4h, v2.4h, #15
        ssra v21.4h, v6.4h, #15
        CHECK   "ssra-4h-15", q20, q21
        RESET
        ssra v20.4h, v2.4h, #16
        ssra v21.4h, v6.4h, #16
        CHECK   "ssra-4h-16", q20, q21
        RESET
        ssra v20.8h, v3.8h, #1
        ssra v21.8h, v6.8h, #1
        CHECK   "ssra-8h-1", q20, q21
        RESET
        ssra v20.8h, v3.8h, #7
        ssra v21.8h, v6.8h, #7
        CHECK   "ssra-8h-7", q20, q21
        RESET
        ssra v20.8h, v3.8h, #15
        ssra v21.8h, v6.8h, #15
        CHECK   "ssra-8h-15", q20, q21
        RESET
        ssra v20.8h, v3.8h, #16
        ssra v21.8h, v6.8h, #16
        CHECK   "ssra-8h-16", q20, q21
        RESET
        ssra v20.2s, v4.2s, #1
        ssra v21.2s, v6.2s, #1
        CHECK   "ssra-2s-1", q20, q21
        RESET
        ssra v20.2s, v4.2s, #15
        ssra v21.2s, v6.2s, #15
        CHECK   "ssra-2s-15", q20, q21
        RESET
        ssra v20.2s, v4.2s, #31
        ssra v21.2s, v6.2s, #31
        CHECK   "ssra-2s-31", q20, q21
        RESET
        ssra v20.2s, v4.2s, #32
        ssra v21.2s, v6.2s, #32
        CHECK   "ssra-2s-32", q20, q21
        RESET
        ssra v20.4s, v5.4s, #1
        ssra v21.4s, v6.4s, #1
        CHECK   "ssra-4s-1", q20, q21
        RESET
        ssra v20.4s, v5.4s, #15
        ssra v21.4s, v6.4s, #15
        CHECK   "ssra-4s-15", q20, q21
        RESET
        ssra v20.4s, v5.4s, #31
        ssra v21.4s, v6.4s, #31
        CHECK   "ssra-4s-31", q20, q21
        RESET
        ssra v20.4s, v5.4s, #32
        ssra v21.4s, v6.4s, #32
        CHECK   "ssra-4s-32", q20, q21
        RESET
        ssra v20.2d, v28.2d, #1
        ssra v21.2d, v6.2d, #1
        CHECK   "ssra-2d-1", q20, q21
        RESET
        ssra v20.2d, v28.2d, #31
        ssra v21.2d, v6.2d, #31
        CHECK   "ssra-2d-31", q20, q21
        RESET
        ssra v20.2d, v28.2d, #63
        ssra v21.2d, v6.2d, #63
        CHECK   "ssra-2d-63", q20, q21
        RESET
        ssra v20.2d, v28.2d, #64
        ssra v21.2d, v6.2d, #64
        CHECK   "ssra-2d-64", q20, q21
        RESET
        usra v20.8b, v0.8b, #1
        usra v21.8b, v6.8b, #1
        CHECK   "usra-8b-1", q20, q21
        RESET
        usra v20.8b, v0.8b, #3
        usra v21.8b, v6.8b, #3
        CHECK   "usra-8b-3", q20, q21
        RESET
        usra v20.8b, v0.8b, #7
        usra v21.8b, v6.8b, #7
        CHECK   "usra-8b-7", q20, q21
        RESET
        usra v20.8b, v0.8b, #8
        usra v21.8b, v6.8b, #8
        CHECK   "usra-8b-8", q20, q21
        RESET
        usra v20.16b, v1.16b, #1
        usra v21.16b, v6.16b, #1
        CHECK   "usra-16b-1", q20, q21
        RESET
        usra v20.16b, v1.16b, #3
        usra v21.16b, v6.16b, #3
        CHECK   "usra-16b-3", q20, q21
        RESET
        usra v20.16b, v1.16b, #7
        usra v21.16b, v6.16b, #7
        CHECK   "usra-16b-7", q20, q21
        RESET
        usra v20.16b, v1.16b, #8
        usra v21.16b, v6.16b, #8
        CHECK   "usra-16b-8", q20, q21
        RESET
        usra v20.4h, v2.4h, #1
        usra v21.4h, v6.4h, #1
        CHECK   "usra-4h-1", q20, q21
        RESET
        usra v20.4h, v2.4h, #7
        usra v21.4h, v6.4h, #7
        CHECK   "usra-4h-7", q20, q21
        RESET
        usra v20.4h, v2.4h, #15
        usra v21.4h, v6.4h, #15
        CHECK   "usra-4h-15", q20, q21
        RESET
        usra v20.4h, v2.4h, #16
        usra v21.4h, v6.4h, #16
        CHECK   "usra-4h-16", q20, q21
        RESET
        usra v20.8h, v3.8h, #1
        usra v21.8h, v6.8h, #1
        CHECK   "usra-8h-1", q20, q21
        RESET
        usra v20.8h, v3.8h, #7
        usra v21.8h, v6.8h, #7
        CHECK   "usra-8h-7", q20, q21
        RESET
        usra v20.8h, v3.8h, #15
        usra v21.8h, v6.8h, #15
        CHECK   "usra-8h-15", q20, q21
        RESET
        usra v20.8h, v3.8h, #16
        usra v21.8h, v6.8h, #16
        CHECK   "usra-8h-16", q20, q21
        RESET
        usra v20.2s, v4.2s, #1
        usra v21.2s, v6.2s, #1
        CHECK   "usra-2s-1", q20, q21
        RESET
        usra v20.2s, v4.2s, #15
        usra v21.2s, v6.2s, #15
        CHECK   "usra-2s-15", q20, q21
        RESET
        usra v20.2s, v4.2s, #31
        usra v21.2s, v6.2s, #31
        CHECK   "usra-2s-31", q20, q21
        RESET
        usra v20.2s, v4.2s, #32
        usra v21.2s, v6.2s, #32
        CHECK   "usra-2s-32", q20, q21
        RESET
        usra v20.4s, v5.4s, #1
        usra v21.4s, v6.4s, #1
        CHECK   "usra-4s-1", q20, q21
        RESET
        usra v20.4s, v5.4s, #15
        usra v21.4s, v6.4s, #15
        CHECK   "usra-4s-15", q20, q21
        RESET
        usra v20.4s, v5.4s, #31
        usra v21.4s, v6.4s, #31
        CHECK   "usra-4s-31", q20, q21
        RESET
        usra v20.4s, v5.4s, #32
        usra v21.4s, v6.4s, #32
        CHECK   "usra-4s-32", q20, q21
        RESET
        usra v20.2d, v28.2d, #1
        usra v21.2d, v6.2d, #1
        CHECK   "usra-2d-1", q20, q21
        RESET
        usra v20.2d, v28.2d, #31
        usra v21.2d, v6.2d, #31
        CHECK   "usra-2d-31", q20, q21
        RESET
        usra v20.2d, v28.2d, #63
        usra v21.2d, v6.2d, #63
        CHECK   "usra-2d-63", q20, q21
        RESET
        usra v20.2d, v28.2d, #64
        usra v21.2d, v6.2d, #64
        CHECK   "usra-2d-64", q20, q21
        RESET
        srshr v20.8b, v0.8b, #1
        srshr v21.8b, v6.8b, #1
        CHECK   "srshr-8b-1", q20, q21
        RESET
        srshr v20.8b, v0.8b, #3
        srshr v21.8b, v6.8b, #3
        CHECK   "srshr-8b-3", q20, q21
        RESET
        srshr v20.8b, v0.8b, #7
        srshr v21.8b, v6.8b, #7
        CHECK   "srshr-8b-7", q20, q21
        RESET
        srshr v20.8b, v0.8b, #8
        srshr v21.8b, v6.8b, #8
        CHECK   "srshr-8b-8", q20, q21
        RESET
        srshr v20.16b, v1.16b, #1
        srshr v21.16b, v6.16b, #1
        CHECK   "srshr-16b-1", q20, q21
        RESET
        srshr v20.16b, v1.16b, #3
        srshr v21.16b, v6.16b, #3
        CHECK   "srshr-16b-3", q20, q21
        RESET
        srshr v20.16b, v1.16b, #7
        srshr v21.16b, v6.16b, #7
        CHECK   "srshr-16b-7", q20, q21
        RESET
        srshr v20.16b, v1.16b, #8
        srshr v21.16b, v6.16b, #8
        CHECK   "srshr-16b-8", q20, q21
        RESET
        srshr v20.4h, v2.4h, #1
        srshr v21.4h, v6.4h, #1
        CHECK   "srshr-4h-1", q20, q21
        RESET
        srshr v20.4h, v2.4h, #7
        srshr v21.4h, v6.4h, #7
        CHECK   "srshr-4h-7", q20, q21
        RESET
        srshr v20.4h, v2.4h, #15
        srshr v21.4h, v6.4h, #15
        CHECK   "srshr-4h-15", q20, q21
        RESET
        srshr v20.4h, v2.4h, #16
        srshr v21.4h, v6.4h, #16
        CHECK   "srshr-4h-16", q20, q21
        RESET
        srshr v20.8h, v3.8h, #1
        srshr v21.8h, v6.8h, #1
        CHECK   "srshr-8h-1", q20, q21
        RESET
        srshr v20.8h, v3.8h, #7
        srshr v21.8h, v6.8h, #7
        CHECK   "srshr-8h-7", q20, q21
        RESET
        srshr v20.8h, v3.8h, #15
        srshr v21.8h, v6.8h, #15
        CHECK   "srshr-8h-15", q20, q21
        RESET
        srshr v20.8h, v3.8h, #16
        srshr v21.8h, v6.8h, #16
        CHECK   "srshr-8h-16", q20, q21
        RESET
        srshr v20.2s, v4.2s, #1
        srshr v21.2s, v6.2s, #1
        CHECK   "srshr-2s-1", q20, q21
        RESET
        srshr v20.2s, v4.2s, #15
        srshr v21.2s, v6.2s, #15
        CHECK   "srshr-2s-15", q20, q21
        RESET
        srshr v20.2s, v4.2s, #31
        srshr v21.2s, v6.2s, #31
        CHECK   "srshr-2s-31", q20, q21
        RESET
        srshr v20.2s, v4.2s, #32
        srshr v21.2s, v6.2s, #32
        CHECK   "srshr-2s-32", q20, q21
        RESET
        srshr v20.4s, v5.4s, #1
        srshr v21.4s, v6.4s, #1
        CHECK   "srshr-4s-1", q20, q21
        RESET
        srshr v20.4s, v5.4s, #15
        srshr v21.4s, v6.4s, #15
        CHECK   "srshr-4s-15", q20, q21
        RESET
        srshr v20.4s, v5.4s, #31
        srshr v21.4s, v6.4s, #31
        CHECK   "srshr-4s-31", q20, q21
        RESET
        srshr v20.4s, v5.4s, #32
        srshr v21.4s, v6.4s, #32
        CHECK   "srshr-4s-32", q20, q21
        RESET
        srshr v20.2d, v28.2d, #1
        srshr v21.2d, v6.2d, #1
        CHECK   "srshr-2d-1", q20, q21
        RESET
        srshr v20.2d, v28.2d, #31
        srshr v21.2d, v6.2d, #31
        CHECK   "srshr-2d-31", q20, q21
        RESET
        srshr v20.2d, v28.2d, #63
        srshr v21.2d, v6.2d, #63
        CHECK   "srshr-2d-63", q20, q21
        RESET
        srshr v20.2d, v28.2d, #64
        srshr v21.2d, v6.2d, #64
        CHECK   "srshr-2d-64", q20, q21
        RESET
        urshr v20.8b, v0.8b, #1
        urshr v21.8b, v6.8b, #1
        CHECK   "urshr-8b-1", q20, q21
        RESET
        urshr v20.8b, v0.8b, #3
        urshr v21.8b, v6.8b, #3
        CHECK   "urshr-8b-3", q20, q21
        RESET
        urshr v20.8b, v0.8b, #7
        urshr v21.8b, v6.8b, #7
        CHECK   "urshr-8b-7", q20, q21
        RESET
        urshr v20.8b, v0.8b, #8
        urshr v21.8b, v6.8b, #8
        CHECK   "urshr-8b-8", q20, q21
        RESET
        urshr v20.16b, v1.16b, #1
        urshr v21.16b, v6.16b, #1
        CHECK   "urshr-16b-1", q20, q21
        RESET
        urshr v20.16b, v1.16b, #3
        urshr v21.16b, v6.16b, #3
        CHECK   "urshr-16b-3", q20, q21
        RESET
        urshr v20.16b, v1.16b, #7
        urshr v21.16b, v6.16b, #7
        CHECK   "urshr-16b-7", q20, q21
        RESET
        urshr v20.16b, v1.16b, #8
        urshr v21.16b, v6.16b, #8
        CHECK   "urshr-16b-8", q20, q21
        RESET
        urshr v20.4h, v2.4h, #1
        urshr v21.4h, v6.4h, #1
        CHECK   "urshr-4h-1", q20, q21
        RESET
        urshr v20.4h, v2.4h, #7
        urshr v21.4h, v6.4h, #7
        CHECK   "urshr-4h-7", q20, q21
        RESET
        urshr v20.4h, v2.4h, #15
        urshr v21.4h, v6.4h, #15
        CHECK   "urshr-4h-15", q20, q21
        RESET
        urshr v20.4h, v2.4h, #16
        urshr v21.4h, v6.4h, #16
        CHECK   "urshr-4h-16", q20, q21
        RESET
        urshr v20.8h, v3.8h, #1
        urshr v21.8h, v6.8h, #1
        CHECK   "urshr-8h-1", q20, q21
        RESET
        urshr v20.8h, v3.8h, #7
        urshr v21.8h, v6.8h, #7
        CHECK   "urshr-8h-7", q20, q21
        RESET
        urshr v20.8h, v3.8h, #15
        urshr v21.8h, v6.8h, #15
        CHECK   "urshr-8h-15", q20, q21
        RESET
        urshr v20.8h, v3.8h, #16
        urshr v21.8h, v6.8h, #16
        CHECK   "urshr-8h-16", q20, q21
        RESET
        urshr v20.2s, v4.2s, #1
        urshr v21.2s, v6.2s, #1
        CHECK   "urshr-2s-1", q20, q21
        RESET
        urshr v20.2s, v4.2s, #15
        urshr v21.2s, v6.2s, #15
        CHECK   "urshr-2s-15", q20, q21
        RESET
        urshr v20.2s, v4.2s, #31
        urshr v21.2s, v6.2s, #31
        CHECK   "urshr-2s-31", q20, q21
        RESET
        urshr v20.2s, v4.2s, #32
        urshr v21.2s, v6.2s, #32
        CHECK   "urshr-2s-32", q20, q21
        RESET
        urshr v20.4s, v5.4s, #1
        urshr v21.4s, v6.4s, #1
        CHECK   "urshr-4s-1", q20, q21
        RESET
        urshr v20.4s, v5.4s, #15
        urshr v21.4s, v6.4s, #15
        CHECK   "urshr-4s-15", q20, q21
        RESET
        urshr v20.4s, v5.4s, #31
        urshr v21.4s, v6.4s, #31
        CHECK   "urshr-4s-31", q20, q21
        RESET
        urshr v20.4s, v5.4s, #32
        urshr v21.4s, v6.4s, #32
        CHECK   "urshr-4s-32", q20, q21
        RESET
        urshr v20.2d, v28.2d, #1
        urshr v21.2d, v6.2d, #1
        CHECK   "urshr-2d-1", q20, q21
        RESET
        urshr v20.2d, v28.2d, #31
        urshr v21.2d, v6.2d, #31
        CHECK   "urshr-2d-31", q20, q21
        RESET
        urshr v20.2d, v28.2d, #63
        urshr v21.2d, v6.2d, #63
        CHECK   "urshr-2d-63", q20, q21
        RESET
        urshr v20.2d, v28.2d, #64
        urshr v21.2d, v6.2d, #64
        CHECK   "urshr-2d-64", q20, q21
        RESET
        srsra v20.8b, v0.8b, #1
        srsra v21.8b, v6.8b, #1
        CHECK   "srsra-8b-1", q20, q21
        RESET
        srsra v20.8b, v0.8b, #3
        srsra v21.8b, v6.8b, #3
        CHECK   "srsra-8b-3", q20, q21
        RESET
        srsra v20.8b, v0.8b, #7
        srsra v21.8b, v6.8b, #7
        CHECK   "srsra-8b-7", q20, q21
        RESET
        srsra v20.8b, v0.8b, #8
        srsra v21.8b, v6.8b, #8
        CHECK   "srsra-8b-8", q20, q21
        RESET
        srsra v20.16b, v1.16b, #1
        srsra v21.16b, v6.16b, #1
        CHECK   "srsra-16b-1", q20, q21
        RESET
        srsra v20.16b, v1.16b, #3
        srsra v21.16b, v6.16b, #3
        CHECK   "srsra-16b-3", q20, q21
        RESET
        srsra v20.16b, v1.16b, #7
        srsra v21.16b, v6.16b, #7
        CHECK   "srsra-16b-7", q20, q21
        RESET
        srsra v20.16b, v1.16b, #8
        srsra v21.16b, v6.16b, #8
        CHECK   "srsra-16b-8", q20, q21
        RESET
        srsra v20.4h, v2.4h, #1
        srsra v21.4h, v6.4h, #1
        CHECK   "srsra-4h-1", q20, q21
        RESET
        srsra v20.4h, v2.4h, #7
        srsra v21.4h, v6.4h, #7
        CHECK   "srsra-4h-7", q20, q21
        RESET
        srsra v20.4h, v2.4h, #15
        srsra v21.4h, v6.4h, #15
        CHECK   "srsra-4h-15", q20, q21
        RESET
        srsra v20.4h, v2.4h, #16
        srsra v21.4h, v6.4h, #16
        CHECK   "srsra-4h-16", q20, q21
        RESET
        srsra v20.8h, v3.8h, #1
        srsra v21.8h, v6.8h, #1
        CHECK   "srsra-8h-1", q20, q21
        RESET
        srsra v20.8h, v3.8h, #7
        srsra v21.8h, v6.8h, #7
        CHECK   "srsra-8h-7", q20, q21
        RESET
        srsra v20.8h, v3.8h, #15
        srsra v21.8h, v6.8h, #15
        CHECK   "srsra-8h-15", q20, q21
        RESET
        srsra v20.8h, v3.8h, #16
        srsra v21.8h, v6.8h, #16
        CHECK   "srsra-8h-16", q20, q21
        RESET
        srsra v20.2s, v4.2s, #1
        srsra v21.2s, v6.2s, #1
        CHECK   "srsra-2s-1", q20, q21
        RESET
        srsra v20.2s, v4.2s, #15
        srsra v21.2s, v6.2s, #15
        CHECK   "srsra-2s-15", q20, q21
        RESET
        srsra v20.2s, v4.2s, #31
        srsra v21.2s, v6.2s, #31
        CHECK   "srsra-2s-31", q20, q21
        RESET
        srsra v20.2s, v4.2s, #32
        srsra v21.2s, v6.2s, #32
        CHECK   "srsra-2s-32", q20, q21
        RESET
        srsra v20.4s, v5.4s, #1
        srsra v21.4s, v6.4s, #1
        CHECK   "srsra-4s-1", q20, q21
        RESET
        srsra v20.4s, v5.4s, #15
        srsra v21.4s, v6.4s, #15
        CHECK   "srsra-4s-15", q20, q21
        RESET
        srsra v20.4s, v5.4s, #31
        srsra v21.4s, v6.4s, #31
        CHECK   "srsra-4s-31", q20, q21
        RESET
        srsra v20.4s, v5.4s, #32
        srsra v21.4s, v6.4s, #32
        CHECK   "srsra-4s-32", q20, q21
        RESET
        srsra v20.2d, v28.2d, #1
        srsra v21.2d, v6.2d, #1
        CHECK   "srsra-2d-1", q20, q21
        RESET
        srsra v20.2d, v28.2d, #31
        srsra v21.2d, v6.2d, #31
        CHECK   "srsra-2d-31", q20, q21
        RESET
        srsra v20.2d, v28.2d, #63
        srsra v21.2d, v6.2d, #63
        CHECK   "srsra-2d-63", q20, q21
        RESET
        srsra v20.2d, v28.2d, #64
        srsra v21.2d, v6.2d, #64
        CHECK   "srsra-2d-64", q20, q21
        RESET
        ursra v20.8b, v0.8b, #1
        ursra v21.8b, v6.8b, #1
        CHECK   "ursra-8b-1", q20, q21
        RESET
        ursra v20.8b, v0.8b, #3
        ursra v21.8b, v6.8b, #3
        CHECK   "ursra-8b-3", q20, q21
        RESET
        ursra v20.8b, v0.8b, #7
        ursra v21.8b, v6.8b, #7
        CHECK   "ursra-8b-7", q20, q21
        RESET
        ursra v20.8b, v0.8b, #8
        ursra v21.8b, v6.8b, #8
        CHECK   "ursra-8b-8", q20, q21
        RESET
        ursra v20.16b, v1.16b, #1
        ursra v21.16b, v6.16b, #1
        CHECK   "ursra-16b-1", q20, q21
        RESET
        ursra v20.16b, v1.16b, #3
        ursra v21.16b, v6.16b, #3
        CHECK   "ursra-16b-3", q20, q21
        RESET
        ursra v20.16b, v1.16b, #7
        ursra v21.16b, v6.16b, #7
        CHECK   "ursra-16b-7", q20, q21
        RESET
        ursra v20.16b, v1.16b, #8
        ursra v21.16b, v6.16b, #8
        CHECK   "ursra-16b-8", q20, q21
        RESET
        ursra v20.4h, v2.4h, #1
        ursra v21.4h, v6.4h, #1
        CHECK   "ursra-4h-1", q20, q21
        RESET
        ursra v20.4h, v2.4h, #7
        ursra v21.4h, v6.4h, #7
        CHECK   "ursra-4h-7", q20, q21
        RESET
        ursra v20.4h, v2.4h, #15
        ursra v21.4h, v6.4h, #15
        CHECK   "ursra-4h-15", q20, q21
        RESET
        ursra v20.4h, v2.4h, #16
        ursra v21.4h, v6.4h, #16
        CHECK   "ursra-4h-16", q20, q21
        RESET
        ursra v20.8h, v3.8h, #1
        ursra v21.8h, v6.8h, #1
        CHECK   "ursra-8h-1", q20, q21
        RESET
        ursra v20.8h, v3.8h, #7
        ursra v21.8h, v6.8h, #7
        CHECK   "ursra-8h-7", q20, q21
        RESET
        ursra v20.8h, v3.8h, #15
        ursra v21.8h, v6.8h, #15
        CHECK   "ursra-8h-15", q20, q21
        RESET
        ursra v20.8h, v3.8h, #16
        ursra v21.8h, v6.8h, #16
        CHECK   "ursra-8h-16", q20, q21
        RESET
        ursra v20.2s, v4.2s, #1
        ursra v21.2s, v6.2s, #1
        CHECK   "ursra-2s-1", q20, q21
        RESET
        ursra v20.2s, v4.2s, #15
        ursra v21.2s, v6.2s, #15
        CHECK   "ursra-2s-15", q20, q21
        RESET
        ursra v20.2s, v4.2s, #31
        ursra v21.2s, v6.2s, #31
        CHECK   "ursra-2s-31", q20, q21
        RESET
        ursra v20.2s, v4.2s, #32
        ursra v21.2s, v6.2s, #32
        CHECK   "ursra-2s-32", q20, q21
        RESET
        ursra v20.4s, v5.4s, #1
        ursra v21.4s, v6.4s, #1
        CHECK   "ursra-4s-1", q20, q21
        RESET
        ursra v20.4s, v5.4s, #15
        ursra v21.4s, v6.4s, #15
        CHECK   "ursra-4s-15", q20, q21
        RESET
        ursra v20.4s, v5.4s, #31
        ursra v21.4s, v6.4s, #31
        CHECK   "ursra-4s-31", q20, q21
        RESET
        ursra v20.4s, v5.4s, #32
        ursra v21.4s, v6.4s, #32
        CHECK   "ursra-4s-32", q20, q21
        RESET
        ursra v20.2d, v28.2d, #1
        ursra v21.2d, v6.2d, #1
        CHECK   "ursra-2d-1", q20, q21
        RESET
        ursra v20.2d, v28.2d, #31
        ursra v21.2d, v6.2d, #31
        CHECK   "ursra-2d-31", q20, q21
        RESET
        ursra v20.2d, v28.2d, #63
        ursra v21.2d, v6.2d, #63
        CHECK   "ursra-2d-63", q20, q21
        RESET
        ursra v20.2d, v28.2d, #64
        ursra v21.2d, v6.2d, #64
        CHECK   "ursra-2d-64", q20, q21
        RESET
        sri v20.8b, v0.8b, #1
        sri v21.8b, v6.8b, #1
        CHECK   "sri-8b-1", q20, q21
        RESET
        sri v20.8b, v0.8b, #3
        sri v21.8b, v6.8b, #3
        CHECK   "sri-8b-3", q20, q21
        RESET
        sri v20.8b, v0.8b, #7
        sri v21.8b, v6.8b, #7
        CHECK   "sri-8b-7", q20, q21
        RESET
        sri v20.8b, v0.8b, #8
        sri v21.8b, v6.8b, #8
        CHECK   "sri-8b-8", q20, q21
        RESET
        sri v20.16b, v1.16b, #1
        sri v21.16b, v6.16b, #1
        CHECK   "sri-16b-1", q20, q21
        RESET
        sri v20.16b, v1.16b, #3
        sri v21.16b, v6.16b, #3
        CHECK   "sri-16b-3", q20, q21
        RESET
        sri v20.16b, v1.16b, #7
        sri v21.16b, v6.16b, #7
        CHECK   "sri-16b-7", q20, q21
        RESET
        sri v20.16b, v1.16b, #8
        sri v21.16b, v6.16b, #8
        CHECK   "sri-16b-8", q20, q21
        RESET
        sri v20.4h, v2.4h, #1
        sri v21.4h, v6.4h, #1
        CHECK   "sri-4h-1", q20, q21
        RESET
        sri v20.4h, v2.4h, #7
        sri v21.4h, v6.4h, #7
        CHECK   "sri-4h-7", q20, q21
        RESET
        sri v20.4h, v2.4h, #15
        sri v21.4h, v6.4h, #15
        CHECK   "sri-4h-15", q20, q21
        RESET
        sri v20.4h, v2.4h, #16
        sri v21.4h, v6.4h, #16
        CHECK   "sri-4h-16", q20, q21
        RESET
        sri v20.8h, v3.8h, #1
        sri v21.8h, v6.8h, #1
        CHECK   "sri-8h-1", q20, q21
        RESET
        sri v20.8h, v3.8h, #7
        sri v21.8h, v6.8h, #7
        CHECK   "sri-8h-7", q20, q21
        RESET
        sri v20.8h, v3.8h, #15
        sri v21.8h, v6.8h, #15
        CHECK   "sri-8h-15", q20, q21
        RESET
        sri v20.8h, v3.8h, #16
        sri v21.8h, v6.8h, #16
        CHECK   "sri-8h-16", q20, q21
        RESET
        sri v20.2s, v4.2s, #1
        sri v21.2s, v6.2s, #1
        CHECK   "sri-2s-1", q20, q21
        RESET
        sri v20.2s, v4.2s, #15
        sri v21.2s, v6.2s, #15
        CHECK   "sri-2s-15", q20, q21
        RESET
        sri v20.2s, v4.2s, #31
        sri v21.2s, v6.2s, #31
        CHECK   "sri-2s-31", q20, q21
        RESET
        sri v20.2s, v4.2s, #32
        sri v21.2s, v6.2s, #32
        CHECK   "sri-2s-32", q20, q21
        RESET
        sri v20.4s, v5.4s, #1
        sri v21.4s, v6.4s, #1
        CHECK   "sri-4s-1", q20, q21
        RESET
        sri v20.4s, v5.4s, #15
        sri v21.4s, v6.4s, #15
        CHECK   "sri-4s-15", q20, q21
        RESET
        sri v20.4s, v5.4s, #31
        sri v21.4s, v6.4s, #31
        CHECK   "sri-4s-31", q20, q21
        RESET
        sri v20.4s, v5.4s, #32
        sri v21.4s, v6.4s, #32
        CHECK   "sri-4s-32", q20, q21
        RESET
        sri v20.2d, v28.2d, #1
        sri v21.2d, v6.2d, #1
        CHECK   "sri-2d-1", q20, q21
        RESET
        sri v20.2d, v28.2d, #31
        sri v21.2d, v6.2d, #31
        CHECK   "sri-2d-31", q20, q21
        RESET
        sri v20.2d, v28.2d, #63
        sri v21.2d, v6.2d, #63
        CHECK   "sri-2d-63", q20, q21
        RESET
        sri v20.2d, v28.2d, #64
        sri v21.2d, v6.2d, #64
        CHECK   "sri-2d-64", q20, q21
        RESET
        shl v20.8b, v0.8b, #0
        shl v21.8b, v6.8b, #0
        CHECK   "shl-8b-0", q20, q21
        RESET
        shl v20.8b, v0.8b, #1
        shl v21.8b, v6.8b, #1
        CHECK   "shl-8b-1", q20, q21
        RESET
        shl v20.8b, v0.8b, #5
        shl v21.8b, v6.8b, #5
        CHECK   "shl-8b-5", q20, q21
        RESET
        shl v20.8b, v0.8b, #7
        shl v21.8b, v6.8b, #7
        CHECK   "shl-8b-7", q20, q21
        RESET
        shl v20.16b, v1.16b, #0
        shl v21.16b, v6.16b, #0
        CHECK   "shl-16b-0", q20, q21
        RESET
        shl v20.16b, v1.16b, #1
        shl v21.16b, v6.16b, #1
        CHECK   "shl-16b-1", q20, q21
        RESET
        shl v20.16b, v1.16b, #5
        shl v21.16b, v6.16b, #5
        CHECK   "shl-16b-5", q20, q21
        RESET
        shl v20.16b, v1.16b, #7
        shl v21.16b, v6.16b, #7
        CHECK   "shl-16b-7", q20, q21
        RESET
        shl v20.4h, v2.4h, #0
        shl v21.4h, v6.4h, #0
        CHECK   "shl-4h-0", q20, q21
        RESET
        shl v20.4h, v2.4h, #1
        shl v21.4h, v6.4h, #1
        CHECK   "shl-4h-1", q20, q21
        RESET
        shl v20.4h, v2.4h, #9
        shl v21.4h, v6.4h, #9
        CHECK   "shl-4h-9", q20, q21
        RESET
        shl v20.4h, v2.4h, #15
        shl v21.4h, v6.4h, #15
        CHECK   "shl-4h-15", q20, q21
        RESET
        shl v20.8h, v3.8h, #0
        shl v21.8h, v6.8h, #0
        CHECK   "shl-8h-0", q20, q21
        RESET
        shl v20.8h, v3.8h, #1
        shl v21.8h, v6.8h, #1
        CHECK   "shl-8h-1", q20, q21
        RESET
        shl v20.8h, v3.8h, #9
        shl v21.8h, v6.8h, #9
        CHECK   "shl-8h-9", q20, q21
        RESET
        shl v20.8h, v3.8h, #15
        shl v21.8h, v6.8h, #15
        CHECK   "shl-8h-15", q20, q21
        RESET
        shl v20.2s, v4.2s, #0
        shl v21.2s, v6.2s, #0
        CHECK   "shl-2s-0", q20, q21
        RESET
        shl v20.2s, v4.2s, #1
        shl v21.2s, v6.2s, #1
        CHECK   "shl-2s-1", q20, q21
        RESET
        shl v20.2s, v4.2s, #17
        shl v21.2s, v6.2s, #17
        CHECK   "shl-2s-17", q20, q21
        RESET
        shl v20.2s, v4.2s, #31
        shl v21.2s, v6.2s, #31
        CHECK   "shl-2s-31", q20, q21
        RESET
        shl v20.4s, v5.4s, #0
        shl v21.4s, v6.4s, #0
        CHECK   "shl-4s-0", q20, q21
        RESET
        shl v20.4s, v5.4s, #1
        shl v21.4s, v6.4s, #1
        CHECK   "shl-4s-1", q20, q21
        RESET
        shl v20.4s, v5.4s, #17
        shl v21.4s, v6.4s, #17
        CHECK   "shl-4s-17", q20, q21
        RESET
        shl v20.4s, v5.4s, #31
        shl v21.4s, v6.4s, #31
        CHECK   "shl-4s-31", q20, q21
        RESET
        shl v20.2d, v28.2d, #0
        shl v21.2d, v6.2d, #0
        CHECK   "shl-2d-0", q20, q21
        RESET
        shl v20.2d, v28.2d, #1
        shl v21.2d, v6.2d, #1
        CHECK   "shl-2d-1", q20, q21
        RESET
        shl v20.2d, v28.2d, #33
        shl v21.2d, v6.2d, #33
        CHECK   "shl-2d-33", q20, q21
        RESET
        shl v20.2d, v28.2d, #63
        shl v21.2d, v6.2d, #63
        CHECK   "shl-2d-63", q20, q21
        RESET
        sli v20.8b, v0.8b, #0
        sli v21.8b, v6.8b, #0
        CHECK   "sli-8b-0", q20, q21
        RESET
        sli v20.8b, v0.8b, #1
        sli v21.8b, v6.8b, #1
        CHECK   "sli-8b-1", q20, q21
        RESET
        sli v20.8b, v0.8b, #5
        sli v21.8b, v6.8b, #5
        CHECK   "sli-8b-5", q20, q21
        RESET
        sli v20.8b, v0.8b, #7
        sli v21.8b, v6.8b, #7
        CHECK   "sli-8b-7", q20, q21
        RESET
        sli v20.16b, v1.16b, #0
        sli v21.16b, v6.16b, #0
        CHECK   "sli-16b-0", q20, q21
        RESET
        sli v20.16b, v1.16b, #1
        sli v21.16b, v6.16b, #1
        CHECK   "sli-16b-1", q20, q21
        RESET
        sli v20.16b, v1.16b, #5
        sli v21.16b, v6.16b, #5
        CHECK   "sli-16b-5", q20, q21
        RESET
        sli v20.16b, v1.16b, #7
        sli v21.16b, v6.16b, #7
        CHECK   "sli-16b-7", q20, q21
        RESET
        sli v20.4h, v2.4h, #0
        sli v21.4h, v6.4h, #0
        CHECK   "sli-4h-0", q20, q21
        RESET
        sli v20.4h, v2.4h, #1
        sli v21.4h, v6.4h, #1
        CHECK   "sli-4h-1", q20, q21
        RESET
        sli v20.4h, v2.4h, #9
        sli v21.4h, v6.4h, #9
        CHECK   "sli-4h-9", q20, q21
        RESET
        sli v20.4h, v2.4h, #15
        sli v21.4h, v6.4h, #15
        CHECK   "sli-4h-15", q20, q21
        RESET
        sli v20.8h, v3.8h, #0
        sli v21.8h, v6.8h, #0
        CHECK   "sli-8h-0", q20, q21
        RESET
        sli v20.8h, v3.8h, #1
        sli v21.8h, v6.8h, #1
        CHECK   "sli-8h-1", q20, q21
        RESET
        sli v20.8h, v3.8h, #9
        sli v21.8h, v6.8h, #9
        CHECK   "sli-8h-9", q20, q21
        RESET
        sli v20.8h, v3.8h, #15
        sli v21.8h, v6.8h, #15
        CHECK   "sli-8h-15", q20, q21
        RESET
        sli v20.2s, v4.2s, #0
        sli v21.2s, v6.2s, #0
        CHECK   "sli-2s-0", q20, q21
        RESET
        sli v20.2s, v4.2s, #1
        sli v21.2s, v6.2s, #1
        CHECK   "sli-2s-1", q20, q21
        RESET
        sli v20.2s, v4.2s, #17
        sli v21.2s, v6.2s, #17
        CHECK   "sli-2s-17", q20, q21
        RESET
        sli v20.2s, v4.2s, #31
        sli v21.2s, v6.2s, #31
        CHECK   "sli-2s-31", q20, q21
        RESET
        sli v20.4s, v5.4s, #0
        sli v21.4s, v6.4s, #0
        CHECK   "sli-4s-0", q20, q21
        RESET
        sli v20.4s, v5.4s, #1
        sli v21.4s, v6.4s, #1
        CHECK   "sli-4s-1", q20, q21
        RESET
        sli v20.4s, v5.4s, #17
        sli v21.4s, v6.4s, #17
        CHECK   "sli-4s-17", q20, q21
        RESET
        sli v20.4s, v5.4s, #31
        sli v21.4s, v6.4s, #31
        CHECK   "sli-4s-31", q20, q21
        RESET
        sli v20.2d, v28.2d, #0
        sli v21.2d, v6.2d, #0
        CHECK   "sli-2d-0", q20, q21
        RESET
        sli v20.2d, v28.2d, #1
        sli v21.2d, v6.2d, #1
        CHECK   "sli-2d-1", q20, q21
        RESET
        sli v20.2d, v28.2d, #33
        sli v21.2d, v6.2d, #33
        CHECK   "sli-2d-33", q20, q21
        RESET
        sli v20.2d, v28.2d, #63
        sli v21.2d, v6.2d, #63
        CHECK   "sli-2d-63", q20, q21
        RESET
        sshr d20, d28, #1
        sshr d21, d6, #1
        CHECK   "sshr-d-1", q20, q21
        RESET
        sshr d20, d28, #31
        sshr d21, d6, #31
        CHECK   "sshr-d-31", q20, q21
        RESET
        sshr d20, d28, #63
        sshr d21, d6, #63
        CHECK   "sshr-d-63", q20, q21
        RESET
        sshr d20, d28, #64
        sshr d21, d6, #64
        CHECK   "sshr-d-64", q20, q21
        RESET
        ushr d20, d28, #1
        ushr d21, d6, #1
        CHECK   "ushr-d-1", q20, q21
        RESET
        ushr d20, d28, #31
        ushr d21, d6, #31
        CHECK   "ushr-d-31", q20, q21
        RESET
        ushr d20, d28, #63
        ushr d21, d6, #63
        CHECK   "ushr-d-63", q20, q21
        RESET
        ushr d20, d28, #64
        ushr d21, d6, #64
        CHECK   "ushr-d-64", q20, q21
        RESET
        ssra d20, d28, #1
        ssra d21, d6, #1
        CHECK   "ssra-d-1", q20, q21
        RESET
        ssra d20, d28, #31
        ssra d21, d6, #31
        CHECK   "ssra-d-31", q20, q21
        RESET
        ssra d20, d28, #63
        ssra d21, d6, #63
        CHECK   "ssra-d-63", q20, q21
        RESET
        ssra d20, d28, #64
        ssra d21, d6, #64
        CHECK   "ssra-d-64", q20, q21
        RESET
        usra d20, d28, #1
        usra d21, d6, #1
        CHECK   "usra-d-1", q20, q21
        RESET
        usra d20, d28, #31
        usra d21, d6, #31
        CHECK   "usra-d-31", q20, q21
        RESET
        usra d20, d28, #63
        usra d21, d6, #63
        CHECK   "usra-d-63", q20, q21
        RESET
        usra d20, d28, #64
        usra d21, d6, #64
        CHECK   "usra-d-64", q20, q21
        RESET
        srshr d20, d28, #1
        srshr d21, d6, #1
        CHECK   "srshr-d-1", q20, q21
        RESET
        srshr d20, d28, #31
        srshr d21, d6, #31
        CHECK   "srshr-d-31", q20, q21
        RESET
        srshr d20, d28, #63
        srshr d21, d6, #63
        CHECK   "srshr-d-63", q20, q21
        RESET
        srshr d20, d28, #64
        srshr d21, d6, #64
        CHECK   "srshr-d-64", q20, q21
        RESET
        urshr d20, d28, #1
        urshr d21, d6, #1
        CHECK   "urshr-d-1", q20, q21
        RESET
        urshr d20, d28, #31
        urshr d21, d6, #31
        CHECK   "urshr-d-31", q20, q21
        RESET
        urshr d20, d28, #63
        urshr d21, d6, #63
        CHECK   "urshr-d-63", q20, q21
        RESET
        urshr d20, d28, #64
        urshr d21, d6, #64
        CHECK   "urshr-d-64", q20, q21
        RESET
        sri d20, d28, #1
        sri d21, d6, #1
        CHECK   "sri-d-1", q20, q21
        RESET
        sri d20, d28, #31
        sri d21, d6, #31
        CHECK   "sri-d-31", q20, q21
        RESET
        sri d20, d28, #63
        sri d21, d6, #63
        CHECK   "sri-d-63", q20, q21
        RESET
        sri d20, d28, #64
        sri d21, d6, #64
        CHECK   "sri-d-64", q20, q21
        RESET
        shl d20, d28, #0
        shl d21, d6, #0
        CHECK   "shl-d-0", q20, q21
        RESET
        shl d20, d28, #1
        shl d21, d6, #1
        CHECK   "shl-d-1", q20, q21
        RESET
        shl d20, d28, #33
        shl d21, d6, #33
        CHECK   "shl-d-33", q20, q21
        RESET
        shl d20, d28, #63
        shl d21, d6, #63
        CHECK   "shl-d-63", q20, q21
        RESET
        sli d20, d28, #0
        sli d21, d6, #0
        CHECK   "sli-d-0", q20, q21
        RESET
        sli d20, d28, #1
        sli d21, d6, #1
        CHECK   "sli-d-1", q20, q21
        RESET
        sli d20, d28, #33
        sli d21, d6, #33
        CHECK   "sli-d-33", q20, q21
        RESET
        sli d20, d28, #63
        sli d21, d6, #63
        CHECK   "sli-d-63", q20, q21
        RESET
        shrn v20.8b, v6.8h, #1
        shrn2 v21.16b, v3.8h, #1
        CHECK   "shrn-8b-1", q20, q21
        RESET
        shrn v20.8b, v6.8h, #4
        shrn2 v21.16b, v3.8h, #4
        CHECK   "shrn-8b-4", q20, q21
        RESET
        shrn v20.8b, v6.8h, #8
        shrn2 v21.16b, v3.8h, #8
        CHECK   "shrn-8b-8", q20, q21
        RESET
        shrn v20.4h, v6.4s, #1
        shrn2 v21.8h, v3.4s, #1
        CHECK   "shrn-4h-1", q20, q21
        RESET
        shrn v20.4h, v6.4s, #8
        shrn2 v21.8h, v3.4s, #8
        CHECK   "shrn-4h-8", q20, q21
        RESET
        shrn v20.4h, v6.4s, #16
        shrn2 v21.8h, v3.4s, #16
        CHECK   "shrn-4h-16", q20, q21
        RESET
        shrn v20.2s, v6.2d, #1
        shrn2 v21.4s, v3.2d, #1
        CHECK   "shrn-2s-1", q20, q21
        RESET
        shrn v20.2s, v6.2d, #16
        shrn2 v21.4s, v3.2d, #16
        CHECK   "shrn-2s-16", q20, q21
        RESET
        shrn v20.2s, v6.2d, #32
        shrn2 v21.4s, v3.2d, #32
        CHECK   "shrn-2s-32", q20, q21
        RESET
        rshrn v20.8b, v6.8h, #1
        rshrn2 v21.16b, v3.8h, #1
        CHECK   "rshrn-8b-1", q20, q21
        RESET
        rshrn v20.8b, v6.8h, #4
        rshrn2 v21.16b, v3.8h, #4
        CHECK   "rshrn-8b-4", q20, q21
        RESET
        rshrn v20.8b, v6.8h, #8
        rshrn2 v21.16b, v3.8h, #8
        CHECK   "rshrn-8b-8", q20, q21
        RESET
        rshrn v20.4h, v6.4s, #1
        rshrn2 v21.8h, v3.4s, #1
        CHECK   "rshrn-4h-1", q20, q21
        RESET
        rshrn v20.4h, v6.4s, #8
        rshrn2 v21.8h, v3.4s, #8
        CHECK   "rshrn-4h-8", q20, q21
        RESET
        rshrn v20.4h, v6.4s, #16
        rshrn2 v21.8h, v3.4s, #16
        CHECK   "rshrn-4h-16", q20, q21
        RESET
        rshrn v20.2s, v6.2d, #1
        rshrn2 v21.4s, v3.2d, #1
        CHECK   "rshrn-2s-1", q20, q21
        RESET
        rshrn v20.2s, v6.2d, #16
        rshrn2 v21.4s, v3.2d, #16
        CHECK   "rshrn-2s-16", q20, q21
        RESET
        rshrn v20.2s, v6.2d, #32
        rshrn2 v21.4s, v3.2d, #32
        CHECK   "rshrn-2s-32", q20, q21
        RESET
        sshll v20.8h, v0.8b, #0
        sshll2 v21.8h, v1.16b, #0
        sshll v22.8h, v4.8b, #0
        CHECK   "sshll-8b-0", q20, q21, q22
        RESET
        sshll v20.8h, v0.8b, #1
        sshll2 v21.8h, v1.16b, #1
        sshll v22.8h, v4.8b, #1
        CHECK   "sshll-8b-1", q20, q21, q22
        RESET
        sshll v20.8h, v0.8b, #7
        sshll2 v21.8h, v1.16b, #7
        sshll v22.8h, v4.8b, #7
        CHECK   "sshll-8b-7", q20, q21, q22
        RESET
        sshll v20.4s, v0.4h, #0
        sshll2 v21.4s, v1.8h, #0
        sshll v22.4s, v4.4h, #0
        CHECK   "sshll-4h-0", q20, q21, q22
        RESET
        sshll v20.4s, v0.4h, #1
        sshll2 v21.4s, v1.8h, #1
        sshll v22.4s, v4.4h, #1
        CHECK   "sshll-4h-1", q20, q21, q22
        RESET
        sshll v20.4s, v0.4h, #15
        sshll2 v21.4s, v1.8h, #15
        sshll v22.4s, v4.4h, #15
        CHECK   "sshll-4h-15", q20, q21, q22
        RESET
        sshll v20.2d, v0.2s, #0
        sshll2 v21.2d, v1.4s, #0
        sshll v22.2d, v4.2s, #0
        CHECK   "sshll-2s-0", q20, q21, q22
        RESET
        sshll v20.2d, v0.2s, #1
        sshll2 v21.2d, v1.4s, #1
        sshll v22.2d, v4.2s, #1
        CHECK   "sshll-2s-1", q20, q21, q22
        RESET
        sshll v20.2d, v0.2s, #31
        sshll2 v21.2d, v1.4s, #31
        sshll v22.2d, v4.2s, #31
        CHECK   "sshll-2s-31", q20, q21, q22
        RESET
        ushll v20.8h, v0.8b, #0
        ushll2 v21.8h, v1.16b, #0
        ushll v22.8h, v4.8b, #0
        CHECK   "ushll-8b-0", q20, q21, q22
        RESET
        ushll v20.8h, v0.8b, #1
        ushll2 v21.8h, v1.16b, #1
        ushll v22.8h, v4.8b, #1
        CHECK   "ushll-8b-1", q20, q21, q22
        RESET
        ushll v20.8h, v0.8b, #7
        ushll2 v21.8h, v1.16b, #7
        ushll v22.8h, v4.8b, #7
        CHECK   "ushll-8b-7", q20, q21, q22
        RESET
        ushll v20.4s, v0.4h, #0
        ushll2 v21.4s, v1.8h, #0
        ushll v22.4s, v4.4h, #0
        CHECK   "ushll-4h-0", q20, q21, q22
        RESET
        ushll v20.4s, v0.4h, #1
        ushll2 v21.4s, v1.8h, #1
        ushll v22.4s, v4.4h, #1
        CHECK   "ushll-4h-1", q20, q21, q22
        RESET
        ushll v20.4s, v0.4h, #15
        ushll2 v21.4s, v1.8h, #15
        ushll v22.4s, v4.4h, #15
        CHECK   "ushll-4h-15", q20, q21, q22
        RESET
        ushll v20.2d, v0.2s, #0
        ushll2 v21.2d, v1.4s, #0
        ushll v22.2d, v4.2s, #0
        CHECK   "ushll-2s-0", q20, q21, q22
        RESET
        ushll v20.2d, v0.2s, #1
        ushll2 v21.2d, v1.4s, #1
        ushll v22.2d, v4.2s, #1
        CHECK   "ushll-2s-1", q20, q21, q22
        RESET
        ushll v20.2d, v0.2s, #31
        ushll2 v21.2d, v1.4s, #31
        ushll v22.2d, v4.2s, #31
        CHECK   "ushll-2s-31", q20, q21, q22
        RESET
        sxtl v20.8h, v0.8b
        sxtl2 v21.4s, v2.8h
        uxtl v22.2d, v4.2s
        uxtl2 v23.8h, v0.16b
        CHECK   "sxtl", q20, q21, q22, q23
        RESET
        ushr v20.16b, v20.16b, #3
        sli v21.4s, v21.4s, #7
        CHECK   "shift-alias", q20, q21
        RESET
        sshl v20.2s, v4.2s, v29.2s
        sshl v21.2s, v6.2s, v7.2s
        sshl v22.2s, v6.2s, v0.2s
        CHECK   "sshl-2s", q20, q21, q22
        RESET
        sshl v20.4s, v5.4s, v29.4s
        sshl v21.4s, v6.4s, v7.4s
        sshl v22.4s, v6.4s, v0.4s
        CHECK   "sshl-4s", q20, q21, q22
        RESET
        sshl v20.2d, v28.2d, v29.2d
        sshl v21.2d, v6.2d, v7.2d
        sshl v22.2d, v6.2d, v0.2d
        CHECK   "sshl-2d", q20, q21, q22
        RESET
        sshl d20, d28, d29
        sshl d21, d6, d7
        sshl d22, d6, d0
        CHECK   "sshl-d", q20, q21, q22
        RESET
        ushl v20.2s, v4.2s, v29.2s
        ushl v21.2s, v6.2s, v7.2s
        ushl v22.2s, v6.2s, v0.2s
        CHECK   "ushl-2s", q20, q21, q22
        RESET
        ushl v20.4s, v5.4s, v29.4s
        ushl v21.4s, v6.4s, v7.4s
        ushl v22.4s, v6.4s, v0.4s
        CHECK   "ushl-4s", q20, q21, q22
        RESET
        ushl v20.2d, v28.2d, v29.2d
        ushl v21.2d, v6.2d, v7.2d
        ushl v22.2d, v6.2d, v0.2d
        CHECK   "ushl-2d", q20, q21, q22
        RESET
        ushl d20, d28, d29
        ushl d21, d6, d7
        ushl d22, d6, d0
        CHECK   "ushl-d", q20, q21, q22
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
