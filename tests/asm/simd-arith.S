/* simd-arith.S - ADD/SUB/MUL/MLA/MLS, min/max, absolute differences, halving and saturating adds, ABS/NEG
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
        add v20.8b, v0.8b, v1.8b
        add v21.8b, v1.8b, v0.8b
        add v22.8b, v6.8b, v7.8b
        CHECK   "add-8b", q20, q21, q22
        RESET
        add v20.16b, v0.16b, v1.16b
        add v21.16b, v1.16b, v0.16b
        add v22.16b, v6.16b, v7.16b
        CHECK   "add-16b", q20, q21, q22
        RESET
        add v20.4h, v2.4h, v3.4h
        add v21.4h, v3.4h, v2.4h
        add v22.4h, v6.4h, v7.4h
        CHECK   "add-4h", q20, q21, q22
        RESET
        add v20.8h, v2.8h, v3.8h
        add v21.8h, v3.8h, v2.8h
        add v22.8h, v6.8h, v7.8h
        CHECK   "add-8h", q20, q21, q22
        RESET
        add v20.2s, v4.2s, v5.2s
        add v21.2s, v5.2s, v4.2s
        add v22.2s, v6.2s, v7.2s
        CHECK   "add-2s", q20, q21, q22
        RESET
        add v20.4s, v4.4s, v5.4s
        add v21.4s, v5.4s, v4.4s
        add v22.4s, v6.4s, v7.4s
        CHECK   "add-4s", q20, q21, q22
        RESET
        add v20.2d, v28.2d, v29.2d
        add v21.2d, v29.2d, v28.2d
        add v22.2d, v6.2d, v7.2d
        CHECK   "add-2d", q20, q21, q22
        RESET
        sub v20.8b, v0.8b, v1.8b
        sub v21.8b, v1.8b, v0.8b
        sub v22.8b, v6.8b, v7.8b
        CHECK   "sub-8b", q20, q21, q22
        RESET
        sub v20.16b, v0.16b, v1.16b
        sub v21.16b, v1.16b, v0.16b
        sub v22.16b, v6.16b, v7.16b
        CHECK   "sub-16b", q20, q21, q22
        RESET
        sub v20.4h, v2.4h, v3.4h
        sub v21.4h, v3.4h, v2.4h
        sub v22.4h, v6.4h, v7.4h
        CHECK   "sub-4h", q20, q21, q22
        RESET
        sub v20.8h, v2.8h, v3.8h
        sub v21.8h, v3.8h, v2.8h
        sub v22.8h, v6.8h, v7.8h
        CHECK   "sub-8h", q20, q21, q22
        RESET
        sub v20.2s, v4.2s, v5.2s
        sub v21.2s, v5.2s, v4.2s
        sub v22.2s, v6.2s, v7.2s
        CHECK   "sub-2s", q20, q21, q22
        RESET
        sub v20.4s, v4.4s, v5.4s
        sub v21.4s, v5.4s, v4.4s
        sub v22.4s, v6.4s, v7.4s
        CHECK   "sub-4s", q20, q21, q22
        RESET
        sub v20.2d, v28.2d, v29.2d
        sub v21.2d, v29.2d, v28.2d
        sub v22.2d, v6.2d, v7.2d
        CHECK   "sub-2d", q20, q21, q22
        RESET
        mul v20.8b, v0.8b, v1.8b
        mul v21.8b, v1.8b, v0.8b
        mul v22.8b, v6.8b, v7.8b
        CHECK   "mul-8b", q20, q21, q22
        RESET
        mul v20.16b, v0.16b, v1.16b
        mul v21.16b, v1.16b, v0.16b
        mul v22.16b, v6.16b, v7.16b
        CHECK   "mul-16b", q20, q21, q22
        RESET
        mul v20.4h, v2.4h, v3.4h
        mul v21.4h, v3.4h, v2.4h
        mul v22.4h, v6.4h, v7.4h
        CHECK   "mul-4h", q20, q21, q22
        RESET
        mul v20.8h, v2.8h, v3.8h
        mul v21.8h, v3.8h, v2.8h
        mul v22.8h, v6.8h, v7.8h
        CHECK   "mul-8h", q20, q21, q22
        RESET
        mul v20.2s, v4.2s, v5.2s
        mul v21.2s, v5.2s, v4.2s
        mul v22.2s, v6.2s, v7.2s
        CHECK   "mul-2s", q20, q21, q22
        RESET
        mul v20.4s, v4.4s, v5.4s
        mul v21.4s, v5.4s, v4.4s
        mul v22.4s, v6.4s, v7.4s
        CHECK   "mul-4s", q20, q21, q22
        RESET
        mla v20.8b, v0.8b, v1.8b
        mla v21.8b, v1.8b, v0.8b
        mla v22.8b, v6.8b, v7.8b
        CHECK   "mla-8b", q20, q21, q22
        RESET
        mla v20.16b, v0.16b, v1.16b
        mla v21.16b, v1.16b, v0.16b
        mla v22.16b, v6.16b, v7.16b
        CHECK   "mla-16b", q20, q21, q22
        RESET
        mla v20.4h, v2.4h, v3.4h
        mla v21.4h, v3.4h, v2.4h
        mla v22.4h, v6.4h, v7.4h
        CHECK   "mla-4h", q20, q21, q22
        RESET
        mla v20.8h, v2.8h, v3.8h
        mla v21.8h, v3.8h, v2.8h
        mla v22.8h, v6.8h, v7.8h
        CHECK   "mla-8h", q20, q21, q22
        RESET
        mla v20.2s, v4.2s, v5.2s
        mla v21.2s, v5.2s, v4.2s
        mla v22.2s, v6.2s, v7.2s
        CHECK   "mla-2s", q20, q21, q22
        RESET
        mla v20.4s, v4.4s, v5.4s
        mla v21.4s, v5.4s, v4.4s
        mla v22.4s, v6.4s, v7.4s
        CHECK   "mla-4s", q20, q21, q22
        RESET
        mls v20.8b, v0.8b, v1.8b
        mls v21.8b, v1.8b, v0.8b
        mls v22.8b, v6.8b, v7.8b
        CHECK   "mls-8b", q20, q21, q22
        RESET
        mls v20.16b, v0.16b, v1.16b
        mls v21.16b, v1.16b, v0.16b
        mls v22.16b, v6.16b, v7.16b
        CHECK   "mls-16b", q20, q21, q22
        RESET
        mls v20.4h, v2.4h, v3.4h
        mls v21.4h, v3.4h, v2.4h
        mls v22.4h, v6.4h, v7.4h
        CHECK   "mls-4h", q20, q21, q22
        RESET
        mls v20.8h, v2.8h, v3.8h
        mls v21.8h, v3.8h, v2.8h
        mls v22.8h, v6.8h, v7.8h
        CHECK   "mls-8h", q20, q21, q22
        RESET
        mls v20.2s, v4.2s, v5.2s
        mls v21.2s, v5.2s, v4.2s
        mls v22.2s, v6.2s, v7.2s
        CHECK   "mls-2s", q20, q21, q22
        RESET
        mls v20.4s, v4.4s, v5.4s
        mls v21.4s, v5.4s, v4.4s
        mls v22.4s, v6.4s, v7.4s
        CHECK   "mls-4s", q20, q21, q22
        RESET
        smax v20.8b, v0.8b, v1.8b
        smax v21.8b, v1.8b, v0.8b
        smax v22.8b, v6.8b, v7.8b
        CHECK   "smax-8b", q20, q21, q22
        RESET
        smax v20.16b, v0.16b, v1.16b
        smax v21.16b, v1.16b, v0.16b
        smax v22.16b, v6.16b, v7.16b
        CHECK   "smax-16b", q20, q21, q22
        RESET
        smax v20.4h, v2.4h, v3.4h
        smax v21.4h, v3.4h, v2.4h
        smax v22.4h, v6.4h, v7.4h
        CHECK   "smax-4h", q20, q21, q22
        RESET
        smax v20.8h, v2.8h, v3.8h
        smax v21.8h, v3.8h, v2.8h
        smax v22.8h, v6.8h, v7.8h
        CHECK   "smax-8h", q20, q21, q22
        RESET
        smax v20.2s, v4.2s, v5.2s
        smax v21.2s, v5.2s, v4.2s
        smax v22.2s, v6.2s, v7.2s
        CHECK   "smax-2s", q20, q21, q22
        RESET
        smax v20.4s, v4.4s, v5.4s
        smax v21.4s, v5.4s, v4.4s
        smax v22.4s, v6.4s, v7.4s
        CHECK   "smax-4s", q20, q21, q22
        RESET
        smin v20.8b, v0.8b, v1.8b
        smin v21.8b, v1.8b, v0.8b
        smin v22.8b, v6.8b, v7.8b
        CHECK   "smin-8b", q20, q21, q22
        RESET
        smin v20.16b, v0.16b, v1.16b
        smin v21.16b, v1.16b, v0.16b
        smin v22.16b, v6.16b, v7.16b
        CHECK   "smin-16b", q20, q21, q22
        RESET
        smin v20.4h, v2.4h, v3.4h
        smin v21.4h, v3.4h, v2.4h
        smin v22.4h, v6.4h, v7.4h
        CHECK   "smin-4h", q20, q21, q22
        RESET
        smin v20.8h, v2.8h, v3.8h
        smin v21.8h, v3.8h, v2.8h
        smin v22.8h, v6.8h, v7.8h
        CHECK   "smin-8h", q20, q21, q22
        RESET
        smin v20.2s, v4.2s, v5.2s
        smin v21.2s, v5.2s, v4.2s
        smin v22.2s, v6.2s, v7.2s
        CHECK   "smin-2s", q20, q21, q22
        RESET
        smin v20.4s, v4.4s, v5.4s
        smin v21.4s, v5.4s, v4.4s
        smin v22.4s, v6.4s, v7.4s
        CHECK   "smin-4s", q20, q21, q22
        RESET
        umax v20.8b, v0.8b, v1.8b
        umax v21.8b, v1.8b, v0.8b
        umax v22.8b, v6.8b, v7.8b
        CHECK   "umax-8b", q20, q21, q22
        RESET
        umax v20.16b, v0.16b, v1.16b
        umax v21.16b, v1.16b, v0.16b
        umax v22.16b, v6.16b, v7.16b
        CHECK   "umax-16b", q20, q21, q22
        RESET
        umax v20.4h, v2.4h, v3.4h
        umax v21.4h, v3.4h, v2.4h
        umax v22.4h, v6.4h, v7.4h
        CHECK   "umax-4h", q20, q21, q22
        RESET
        umax v20.8h, v2.8h, v3.8h
        umax v21.8h, v3.8h, v2.8h
        umax v22.8h, v6.8h, v7.8h
        CHECK   "umax-8h", q20, q21, q22
        RESET
        umax v20.2s, v4.2s, v5.2s
        umax v21.2s, v5.2s, v4.2s
        umax v22.2s, v6.2s, v7.2s
        CHECK   "umax-2s", q20, q21, q22
        RESET
        umax v20.4s, v4.4s, v5.4s
        umax v21.4s, v5.4s, v4.4s
        umax v22.4s, v6.4s, v7.4s
        CHECK   "umax-4s", q20, q21, q22
        RESET
        umin v20.8b, v0.8b, v1.8b
        umin v21.8b, v1.8b, v0.8b
        umin v22.8b, v6.8b, v7.8b
        CHECK   "umin-8b", q20, q21, q22
        RESET
        umin v20.16b, v0.16b, v1.16b
        umin v21.16b, v1.16b, v0.16b
        umin v22.16b, v6.16b, v7.16b
        CHECK   "umin-16b", q20, q21, q22
        RESET
        umin v20.4h, v2.4h, v3.4h
        umin v21.4h, v3.4h, v2.4h
        umin v22.4h, v6.4h, v7.4h
        CHECK   "umin-4h", q20, q21, q22
        RESET
        umin v20.8h, v2.8h, v3.8h
        umin v21.8h, v3.8h, v2.8h
        umin v22.8h, v6.8h, v7.8h
        CHECK   "umin-8h", q20, q21, q22
        RESET
        umin v20.2s, v4.2s, v5.2s
        umin v21.2s, v5.2s, v4.2s
        umin v22.2s, v6.2s, v7.2s
        CHECK   "umin-2s", q20, q21, q22
        RESET
        umin v20.4s, v4.4s, v5.4s
        umin v21.4s, v5.4s, v4.4s
        umin v22.4s, v6.4s, v7.4s
        CHECK   "umin-4s", q20, q21, q22
        RESET
        sabd v20.8b, v0.8b, v1.8b
        sabd v21.8b, v1.8b, v0.8b
        sabd v22.8b, v6.8b, v7.8b
        CHECK   "sabd-8b", q20, q21, q22
        RESET
        sabd v20.16b, v0.16b, v1.16b
        sabd v21.16b, v1.16b, v0.16b
        sabd v22.16b, v6.16b, v7.16b
        CHECK   "sabd-16b", q20, q21, q22
        RESET
        sabd v20.4h, v2.4h, v3.4h
        sabd v21.4h, v3.4h, v2.4h
        sabd v22.4h, v6.4h, v7.4h
        CHECK   "sabd-4h", q20, q21, q22
        RESET
        sabd v20.8h, v2.8h, v3.8h
        sabd v21.8h, v3.8h, v2.8h
        sabd v22.8h, v6.8h, v7.8h
        CHECK   "sabd-8h", q20, q21, q22
        RESET
        sabd v20.2s, v4.2s, v5.2s
        sabd v21.2s, v5.2s, v4.2s
        sabd v22.2s, v6.2s, v7.2s
        CHECK   "sabd-2s", q20, q21, q22
        RESET
        sabd v20.4s, v4.4s, v5.4s
        sabd v21.4s, v5.4s, v4.4s
        sabd v22.4s, v6.4s, v7.4s
        CHECK   "sabd-4s", q20, q21, q22
        RESET
        uabd v20.8b, v0.8b, v1.8b
        uabd v21.8b, v1.8b, v0.8b
        uabd v22.8b, v6.8b, v7.8b
        CHECK   "uabd-8b", q20, q21, q22
        RESET
        uabd v20.16b, v0.16b, v1.16b
        uabd v21.16b, v1.16b, v0.16b
        uabd v22.16b, v6.16b, v7.16b
        CHECK   "uabd-16b", q20, q21, q22
        RESET
        uabd v20.4h, v2.4h, v3.4h
        uabd v21.4h, v3.4h, v2.4h
        uabd v22.4h, v6.4h, v7.4h
        CHECK   "uabd-4h", q20, q21, q22
        RESET
        uabd v20.8h, v2.8h, v3.8h
        uabd v21.8h, v3.8h, v2.8h
        uabd v22.8h, v6.8h, v7.8h
        CHECK   "uabd-8h", q20, q21, q22
        RESET
        uabd v20.2s, v4.2s, v5.2s
        uabd v21.2s, v5.2s, v4.2s
        uabd v22.2s, v6.2s, v7.2s
        CHECK   "uabd-2s", q20, q21, q22
        RESET
        uabd v20.4s, v4.4s, v5.4s
        uabd v21.4s, v5.4s, v4.4s
        uabd v22.4s, v6.4s, v7.4s
        CHECK   "uabd-4s", q20, q21, q22
        RESET
        saba v20.8b, v0.8b, v1.8b
        saba v21.8b, v1.8b, v0.8b
        saba v22.8b, v6.8b, v7.8b
        CHECK   "saba-8b", q20, q21, q22
        RESET
        saba v20.16b, v0.16b, v1.16b
        saba v21.16b, v1.16b, v0.16b
        saba v22.16b, v6.16b, v7.16b
        CHECK   "saba-16b", q20, q21, q22
        RESET
        saba v20.4h, v2.4h, v3.4h
        saba v21.4h, v3.4h, v2.4h
        saba v22.4h, v6.4h, v7.4h
        CHECK   "saba-4h", q20, q21, q22
        RESET
        saba v20.8h, v2.8h, v3.8h
        saba v21.8h, v3.8h, v2.8h
        saba v22.8h, v6.8h, v7.8h
        CHECK   "saba-8h", q20, q21, q22
        RESET
        saba v20.2s, v4.2s, v5.2s
        saba v21.2s, v5.2s, v4.2s
        saba v22.2s, v6.2s, v7.2s
        CHECK   "saba-2s", q20, q21, q22
        RESET
        saba v20.4s, v4.4s, v5.4s
        saba v21.4s, v5.4s, v4.4s
        saba v22.4s, v6.4s, v7.4s
        CHECK   "saba-4s", q20, q21, q22
        RESET
        uaba v20.8b, v0.8b, v1.8b
        uaba v21.8b, v1.8b, v0.8b
        uaba v22.8b, v6.8b, v7.8b
        CHECK   "uaba-8b", q20, q21, q22
        RESET
        uaba v20.16b, v0.16b, v1.16b
        uaba v21.16b, v1.16b, v0.16b
        uaba v22.16b, v6.16b, v7.16b
        CHECK   "uaba-16b", q20, q21, q22
        RESET
        uaba v20.4h, v2.4h, v3.4h
        uaba v21.4h, v3.4h, v2.4h
        uaba v22.4h, v6.4h, v7.4h
        CHECK   "uaba-4h", q20, q21, q22
        RESET
        uaba v20.8h, v2.8h, v3.8h
        uaba v21.8h, v3.8h, v2.8h
        uaba v22.8h, v6.8h, v7.8h
        CHECK   "uaba-8h", q20, q21, q22
        RESET
        uaba v20.2s, v4.2s, v5.2s
        uaba v21.2s, v5.2s, v4.2s
        uaba v22.2s, v6.2s, v7.2s
        CHECK   "uaba-2s", q20, q21, q22
        RESET
        uaba v20.4s, v4.4s, v5.4s
        uaba v21.4s, v5.4s, v4.4s
        uaba v22.4s, v6.4s, v7.4s
        CHECK   "uaba-4s", q20, q21, q22
        RESET
        shadd v20.8b, v0.8b, v1.8b
        shadd v21.8b, v1.8b, v0.8b
        shadd v22.8b, v6.8b, v7.8b
        CHECK   "shadd-8b", q20, q21, q22
        RESET
        shadd v20.16b, v0.16b, v1.16b
        shadd v21.16b, v1.16b, v0.16b
        shadd v22.16b, v6.16b, v7.16b
        CHECK   "shadd-16b", q20, q21, q22
        RESET
        shadd v20.4h, v2.4h, v3.4h
        shadd v21.4h, v3.4h, v2.4h
        shadd v22.4h, v6.4h, v7.4h
        CHECK   "shadd-4h", q20, q21, q22
        RESET
        shadd v20.8h, v2.8h, v3.8h
        shadd v21.8h, v3.8h, v2.8h
        shadd v22.8h, v6.8h, v7.8h
        CHECK   "shadd-8h", q20, q21, q22
        RESET
        shadd v20.2s, v4.2s, v5.2s
        shadd v21.2s, v5.2s, v4.2s
        shadd v22.2s, v6.2s, v7.2s
        CHECK   "shadd-2s", q20, q21, q22
        RESET
        shadd v20.4s, v4.4s, v5.4s
        shadd v21.4s, v5.4s, v4.4s
        shadd v22.4s, v6.4s, v7.4s
        CHECK   "shadd-4s", q20, q21, q22
        RESET
        uhadd v20.8b, v0.8b, v1.8b
        uhadd v21.8b, v1.8b, v0.8b
        uhadd v22.8b, v6.8b, v7.8b
        CHECK   "uhadd-8b", q20, q21, q22
        RESET
        uhadd v20.16b, v0.16b, v1.16b
        uhadd v21.16b, v1.16b, v0.16b
        uhadd v22.16b, v6.16b, v7.16b
        CHECK   "uhadd-16b", q20, q21, q22
        RESET
        uhadd v20.4h, v2.4h, v3.4h
        uhadd v21.4h, v3.4h, v2.4h
        uhadd v22.4h, v6.4h, v7.4h
        CHECK   "uhadd-4h", q20, q21, q22
        RESET
        uhadd v20.8h, v2.8h, v3.8h
        uhadd v21.8h, v3.8h, v2.8h
        uhadd v22.8h, v6.8h, v7.8h
        CHECK   "uhadd-8h", q20, q21, q22
        RESET
        uhadd v20.2s, v4.2s, v5.2s
        uhadd v21.2s, v5.2s, v4.2s
        uhadd v22.2s, v6.2s, v7.2s
        CHECK   "uhadd-2s", q20, q21, q22
        RESET
        uhadd v20.4s, v4.4s, v5.4s
        uhadd v21.4s, v5.4s, v4.4s
        uhadd v22.4s, v6.4s, v7.4s
        CHECK   "uhadd-4s", q20, q21, q22
        RESET
        srhadd v20.8b, v0.8b, v1.8b
        srhadd v21.8b, v1.8b, v0.8b
        srhadd v22.8b, v6.8b, v7.8b
        CHECK   "srhadd-8b", q20, q21, q22
        RESET
        srhadd v20.16b, v0.16b, v1.16b
        srhadd v21.16b, v1.16b, v0.16b
        srhadd v22.16b, v6.16b, v7.16b
        CHECK   "srhadd-16b", q20, q21, q22
        RESET
        srhadd v20.4h, v2.4h, v3.4h
        srhadd v21.4h, v3.4h, v2.4h
        srhadd v22.4h, v6.4h, v7.4h
        CHECK   "srhadd-4h", q20, q21, q22
        RESET
        srhadd v20.8h, v2.8h, v3.8h
        srhadd v21.8h, v3.8h, v2.8h
        srhadd v22.8h, v6.8h, v7.8h
        CHECK   "srhadd-8h", q20, q21, q22
        RESET
        srhadd v20.2s, v4.2s, v5.2s
        srhadd v21.2s, v5.2s, v4.2s
        srhadd v22.2s, v6.2s, v7.2s
        CHECK   "srhadd-2s", q20, q21, q22
        RESET
        srhadd v20.4s, v4.4s, v5.4s
        srhadd v21.4s, v5.4s, v4.4s
        srhadd v22.4s, v6.4s, v7.4s
        CHECK   "srhadd-4s", q20, q21, q22
        RESET
        urhadd v20.8b, v0.8b, v1.8b
        urhadd v21.8b, v1.8b, v0.8b
        urhadd v22.8b, v6.8b, v7.8b
        CHECK   "urhadd-8b", q20, q21, q22
        RESET
        urhadd v20.16b, v0.16b, v1.16b
        urhadd v21.16b, v1.16b, v0.16b
        urhadd v22.16b, v6.16b, v7.16b
        CHECK   "urhadd-16b", q20, q21, q22
        RESET
        urhadd v20.4h, v2.4h, v3.4h
        urhadd v21.4h, v3.4h, v2.4h
        urhadd v22.4h, v6.4h, v7.4h
        CHECK   "urhadd-4h", q20, q21, q22
        RESET
        urhadd v20.8h, v2.8h, v3.8h
        urhadd v21.8h, v3.8h, v2.8h
        urhadd v22.8h, v6.8h, v7.8h
        CHECK   "urhadd-8h", q20, q21, q22
        RESET
        urhadd v20.2s, v4.2s, v5.2s
        urhadd v21.2s, v5.2s, v4.2s
        urhadd v22.2s, v6.2s, v7.2s
        CHECK   "urhadd-2s", q20, q21, q22
        RESET
        urhadd v20.4s, v4.4s, v5.4s
        urhadd v21.4s, v5.4s, v4.4s
        urhadd v22.4s, v6.4s, v7.4s
        CHECK   "urhadd-4s", q20, q21, q22
        RESET
        sqadd v20.8b, v0.8b, v1.8b
        sqadd v21.8b, v1.8b, v0.8b
        sqadd v22.8b, v6.8b, v7.8b
        CHECK   "sqadd-8b", q20, q21, q22
        RESET
        sqadd v20.16b, v0.16b, v1.16b
        sqadd v21.16b, v1.16b, v0.16b
        sqadd v22.16b, v6.16b, v7.16b
        CHECK   "sqadd-16b", q20, q21, q22
        RESET
        sqadd v20.4h, v2.4h, v3.4h
        sqadd v21.4h, v3.4h, v2.4h
        sqadd v22.4h, v6.4h, v7.4h
        CHECK   "sqadd-4h", q20, q21, q22
        RESET
        sqadd v20.8h, v2.8h, v3.8h
        sqadd v21.8h, v3.8h, v2.8h
        sqadd v22.8h, v6.8h, v7.8h
        CHECK   "sqadd-8h", q20, q21, q22
        RESET
        uqadd v20.8b, v0.8b, v1.8b
        uqadd v21.8b, v1.8b, v0.8b
        uqadd v22.8b, v6.8b, v7.8b
        CHECK   "uqadd-8b", q20, q21, q22
        RESET
        uqadd v20.16b, v0.16b, v1.16b
        uqadd v21.16b, v1.16b, v0.16b
        uqadd v22.16b, v6.16b, v7.16b
        CHECK   "uqadd-16b", q20, q21, q22
        RESET
        uqadd v20.4h, v2.4h, v3.4h
        uqadd v21.4h, v3.4h, v2.4h
        uqadd v22.4h, v6.4h, v7.4h
        CHECK   "uqadd-4h", q20, q21, q22
        RESET
        uqadd v20.8h, v2.8h, v3.8h
        uqadd v21.8h, v3.8h, v2.8h
        uqadd v22.8h, v6.8h, v7.8h
        CHECK   "uqadd-8h", q20, q21, q22
        RESET
        sqsub v20.8b, v0.8b, v1.8b
        sqsub v21.8b, v1.8b, v0.8b
        sqsub v22.8b, v6.8b, v7.8b
        CHECK   "sqsub-8b", q20, q21, q22
        RESET
        sqsub v20.16b, v0.16b, v1.16b
        sqsub v21.16b, v1.16b, v0.16b
        sqsub v22.16b, v6.16b, v7.16b
        CHECK   "sqsub-16b", q20, q21, q22
        RESET
        sqsub v20.4h, v2.4h, v3.4h
        sqsub v21.4h, v3.4h, v2.4h
        sqsub v22.4h, v6.4h, v7.4h
        CHECK   "sqsub-4h", q20, q21, q22
        RESET
        sqsub v20.8h, v2.8h, v3.8h
        sqsub v21.8h, v3.8h, v2.8h
        sqsub v22.8h, v6.8h, v7.8h
        CHECK   "sqsub-8h", q20, q21, q22
        RESET
        uqsub v20.8b, v0.8b, v1.8b
        uqsub v21.8b, v1.8b, v0.8b
        uqsub v22.8b, v6.8b, v7.8b
        CHECK   "uqsub-8b", q20, q21, q22
        RESET
        uqsub v20.16b, v0.16b, v1.16b
        uqsub v21.16b, v1.16b, v0.16b
        uqsub v22.16b, v6.16b, v7.16b
        CHECK   "uqsub-16b", q20, q21, q22
        RESET
        uqsub v20.4h, v2.4h, v3.4h
        uqsub v21.4h, v3.4h, v2.4h
        uqsub v22.4h, v6.4h, v7.4h
        CHECK   "uqsub-4h", q20, q21, q22
        RESET
        uqsub v20.8h, v2.8h, v3.8h
        uqsub v21.8h, v3.8h, v2.8h
        uqsub v22.8h, v6.8h, v7.8h
        CHECK   "uqsub-8h", q20, q21, q22
        RESET
        add v20.16b, v20.16b, v20.16b
        sub v21.4s, v21.4s, v6.4s
        CHECK   "add-alias", q20, q21
        RESET
        add d20, d28, d29
        sub d21, d28, d29
        add d22, d6, d7
        CHECK   "add-d", q20, q21, q22
        RESET
        mul v20.8h, v20.8h, v20.8h
        mla v21.4s, v21.4s, v21.4s
        CHECK   "mul-alias", q20, q21
        RESET
        abs v20.8b, v0.8b
        abs v21.8b, v1.8b
        CHECK   "abs-8b", q20, q21
        RESET
        abs v20.16b, v0.16b
        abs v21.16b, v1.16b
        CHECK   "abs-16b", q20, q21
        RESET
        abs v20.4h, v2.4h
        abs v21.4h, v3.4h
        CHECK   "abs-4h", q20, q21
        RESET
        abs v20.8h, v2.8h
        abs v21.8h, v3.8h
        CHECK   "abs-8h", q20, q21
        RESET
        abs v20.2s, v4.2s
        abs v21.2s, v5.2s
        CHECK   "abs-2s", q20, q21
        RESET
        abs v20.4s, v4.4s
        abs v21.4s, v5.4s
        CHECK   "abs-4s", q20, q21
        RESET
        abs v20.2d, v28.2d
        abs v21.2d, v29.2d
        CHECK   "abs-2d", q20, q21
        RESET
        abs d20, d28
        abs d21, d29
        abs d22, d4
        CHECK   "abs-d", q20, q21, q22
        RESET
        neg v20.8b, v0.8b
        neg v21.8b, v1.8b
        CHECK   "neg-8b", q20, q21
        RESET
        neg v20.16b, v0.16b
        neg v21.16b, v1.16b
        CHECK   "neg-16b", q20, q21
        RESET
        neg v20.4h, v2.4h
        neg v21.4h, v3.4h
        CHECK   "neg-4h", q20, q21
        RESET
        neg v20.8h, v2.8h
        neg v21.8h, v3.8h
        CHECK   "neg-8h", q20, q21
        RESET
        neg v20.2s, v4.2s
        neg v21.2s, v5.2s
        CHECK   "neg-2s", q20, q21
        RESET
        neg v20.4s, v4.4s
        neg v21.4s, v5.4s
        CHECK   "neg-4s", q20, q21
        RESET
        neg v20.2d, v28.2d
        neg v21.2d, v29.2d
        CHECK   "neg-2d", q20, q21
        RESET
        neg d20, d28
        neg d21, d29
        neg d22, d4
        CHECK   "neg-d", q20, q21, q22
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
