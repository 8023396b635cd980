/* simd-fp.S - floating-point vector and AdvSIMD scalar operations
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
        fadd v20.4s, v16.4s, v17.4s
        fadd v21.4s, v17.4s, v16.4s
        fadd v22.4s, v24.4s, v25.4s
        CHECK   "fadd-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fadd v20.2s, v16.2s, v17.2s
        fadd v21.2s, v17.2s, v16.2s
        fadd v22.2s, v24.2s, v25.2s
        CHECK   "fadd-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fadd v20.2d, v18.2d, v19.2d
        fadd v21.2d, v19.2d, v18.2d
        fadd v22.2d, v24.2d, v25.2d
        CHECK   "fadd-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fsub v20.4s, v16.4s, v17.4s
        fsub v21.4s, v17.4s, v16.4s
        fsub v22.4s, v24.4s, v25.4s
        CHECK   "fsub-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fsub v20.2s, v16.2s, v17.2s
        fsub v21.2s, v17.2s, v16.2s
        fsub v22.2s, v24.2s, v25.2s
        CHECK   "fsub-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fsub v20.2d, v18.2d, v19.2d
        fsub v21.2d, v19.2d, v18.2d
        fsub v22.2d, v24.2d, v25.2d
        CHECK   "fsub-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmul v20.4s, v16.4s, v17.4s
        fmul v21.4s, v17.4s, v16.4s
        fmul v22.4s, v24.4s, v25.4s
        CHECK   "fmul-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmul v20.2s, v16.2s, v17.2s
        fmul v21.2s, v17.2s, v16.2s
        fmul v22.2s, v24.2s, v25.2s
        CHECK   "fmul-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmul v20.2d, v18.2d, v19.2d
        fmul v21.2d, v19.2d, v18.2d
        fmul v22.2d, v24.2d, v25.2d
        CHECK   "fmul-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fdiv v20.4s, v16.4s, v17.4s
        fdiv v21.4s, v17.4s, v16.4s
        fdiv v22.4s, v24.4s, v25.4s
        CHECK   "fdiv-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fdiv v20.2s, v16.2s, v17.2s
        fdiv v21.2s, v17.2s, v16.2s
        fdiv v22.2s, v24.2s, v25.2s
        CHECK   "fdiv-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fdiv v20.2d, v18.2d, v19.2d
        fdiv v21.2d, v19.2d, v18.2d
        fdiv v22.2d, v24.2d, v25.2d
        CHECK   "fdiv-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fabd v20.4s, v16.4s, v17.4s
        fabd v21.4s, v17.4s, v16.4s
        fabd v22.4s, v24.4s, v25.4s
        CHECK   "fabd-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fabd v20.2s, v16.2s, v17.2s
        fabd v21.2s, v17.2s, v16.2s
        fabd v22.2s, v24.2s, v25.2s
        CHECK   "fabd-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fabd v20.2d, v18.2d, v19.2d
        fabd v21.2d, v19.2d, v18.2d
        fabd v22.2d, v24.2d, v25.2d
        CHECK   "fabd-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmax v20.4s, v16.4s, v17.4s
        fmax v21.4s, v17.4s, v16.4s
        fmax v22.4s, v24.4s, v25.4s
        CHECK   "fmax-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmax v20.2s, v16.2s, v17.2s
        fmax v21.2s, v17.2s, v16.2s
        fmax v22.2s, v24.2s, v25.2s
        CHECK   "fmax-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmax v20.2d, v18.2d, v19.2d
        fmax v21.2d, v19.2d, v18.2d
        fmax v22.2d, v24.2d, v25.2d
        CHECK   "fmax-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmin v20.4s, v16.4s, v17.4s
        fmin v21.4s, v17.4s, v16.4s
        fmin v22.4s, v24.4s, v25.4s
        CHECK   "fmin-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmin v20.2s, v16.2s, v17.2s
        fmin v21.2s, v17.2s, v16.2s
        fmin v22.2s, v24.2s, v25.2s
        CHECK   "fmin-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmin v20.2d, v18.2d, v19.2d
        fmin v21.2d, v19.2d, v18.2d
        fmin v22.2d, v24.2d, v25.2d
        CHECK   "fmin-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxnm v20.4s, v16.4s, v17.4s
        fmaxnm v21.4s, v17.4s, v16.4s
        fmaxnm v22.4s, v24.4s, v25.4s
        CHECK   "fmaxnm-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxnm v20.2s, v16.2s, v17.2s
        fmaxnm v21.2s, v17.2s, v16.2s
        fmaxnm v22.2s, v24.2s, v25.2s
        CHECK   "fmaxnm-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxnm v20.2d, v18.2d, v19.2d
        fmaxnm v21.2d, v19.2d, v18.2d
        fmaxnm v22.2d, v24.2d, v25.2d
        CHECK   "fmaxnm-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminnm v20.4s, v16.4s, v17.4s
        fminnm v21.4s, v17.4s, v16.4s
        fminnm v22.4s, v24.4s, v25.4s
        CHECK   "fminnm-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminnm v20.2s, v16.2s, v17.2s
        fminnm v21.2s, v17.2s, v16.2s
        fminnm v22.2s, v24.2s, v25.2s
        CHECK   "fminnm-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminnm v20.2d, v18.2d, v19.2d
        fminnm v21.2d, v19.2d, v18.2d
        fminnm v22.2d, v24.2d, v25.2d
        CHECK   "fminnm-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmla v20.4s, v16.4s, v17.4s
        fmla v21.4s, v17.4s, v16.4s
        fmla v22.4s, v24.4s, v25.4s
        CHECK   "fmla-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmla v20.2s, v16.2s, v17.2s
        fmla v21.2s, v17.2s, v16.2s
        fmla v22.2s, v24.2s, v25.2s
        CHECK   "fmla-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmla v20.2d, v18.2d, v19.2d
        fmla v21.2d, v19.2d, v18.2d
        fmla v22.2d, v24.2d, v25.2d
        CHECK   "fmla-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmls v20.4s, v16.4s, v17.4s
        fmls v21.4s, v17.4s, v16.4s
        fmls v22.4s, v24.4s, v25.4s
        CHECK   "fmls-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmls v20.2s, v16.2s, v17.2s
        fmls v21.2s, v17.2s, v16.2s
        fmls v22.2s, v24.2s, v25.2s
        CHECK   "fmls-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmls v20.2d, v18.2d, v19.2d
        fmls v21.2d, v19.2d, v18.2d
        fmls v22.2d, v24.2d, v25.2d
        CHECK   "fmls-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmeq v20.4s, v16.4s, v17.4s
        fcmeq v21.4s, v17.4s, v16.4s
        fcmeq v22.4s, v24.4s, v25.4s
        CHECK   "fcmeq-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmeq v20.2s, v16.2s, v17.2s
        fcmeq v21.2s, v17.2s, v16.2s
        fcmeq v22.2s, v24.2s, v25.2s
        CHECK   "fcmeq-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmeq v20.2d, v18.2d, v19.2d
        fcmeq v21.2d, v19.2d, v18.2d
        fcmeq v22.2d, v24.2d, v25.2d
        CHECK   "fcmeq-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmge v20.4s, v16.4s, v17.4s
        fcmge v21.4s, v17.4s, v16.4s
        fcmge v22.4s, v24.4s, v25.4s
        CHECK   "fcmge-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmge v20.2s, v16.2s, v17.2s
        fcmge v21.2s, v17.2s, v16.2s
        fcmge v22.2s, v24.2s, v25.2s
        CHECK   "fcmge-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmge v20.2d, v18.2d, v19.2d
        fcmge v21.2d, v19.2d, v18.2d
        fcmge v22.2d, v24.2d, v25.2d
        CHECK   "fcmge-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmgt v20.4s, v16.4s, v17.4s
        fcmgt v21.4s, v17.4s, v16.4s
        fcmgt v22.4s, v24.4s, v25.4s
        CHECK   "fcmgt-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmgt v20.2s, v16.2s, v17.2s
        fcmgt v21.2s, v17.2s, v16.2s
        fcmgt v22.2s, v24.2s, v25.2s
        CHECK   "fcmgt-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fcmgt v20.2d, v18.2d, v19.2d
        fcmgt v21.2d, v19.2d, v18.2d
        fcmgt v22.2d, v24.2d, v25.2d
        CHECK   "fcmgt-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        facge v20.4s, v16.4s, v17.4s
        facge v21.4s, v17.4s, v16.4s
        facge v22.4s, v24.4s, v25.4s
        CHECK   "facge-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        facge v20.2s, v16.2s, v17.2s
        facge v21.2s, v17.2s, v16.2s
        facge v22.2s, v24.2s, v25.2s
        CHECK   "facge-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        facge v20.2d, v18.2d, v19.2d
        facge v21.2d, v19.2d, v18.2d
        facge v22.2d, v24.2d, v25.2d
        CHECK   "facge-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        facgt v20.4s, v16.4s, v17.4s
        facgt v21.4s, v17.4s, v16.4s
        facgt v22.4s, v24.4s, v25.4s
        CHECK   "facgt-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        facgt v20.2s, v16.2s, v17.2s
        facgt v21.2s, v17.2s, v16.2s
        facgt v22.2s, v24.2s, v25.2s
        CHECK   "facgt-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        facgt v20.2d, v18.2d, v19.2d
        facgt v21.2d, v19.2d, v18.2d
        facgt v22.2d, v24.2d, v25.2d
        CHECK   "facgt-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        faddp v20.4s, v16.4s, v17.4s
        faddp v21.4s, v17.4s, v16.4s
        faddp v22.4s, v24.4s, v25.4s
        CHECK   "faddp-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        faddp v20.2s, v16.2s, v17.2s
        faddp v21.2s, v17.2s, v16.2s
        faddp v22.2s, v24.2s, v25.2s
        CHECK   "faddp-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        faddp v20.2d, v18.2d, v19.2d
        faddp v21.2d, v19.2d, v18.2d
        faddp v22.2d, v24.2d, v25.2d
        CHECK   "faddp-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxp v20.4s, v16.4s, v17.4s
        fmaxp v21.4s, v17.4s, v16.4s
        fmaxp v22.4s, v24.4s, v25.4s
        CHECK   "fmaxp-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxp v20.2s, v16.2s, v17.2s
        fmaxp v21.2s, v17.2s, v16.2s
        fmaxp v22.2s, v24.2s, v25.2s
        CHECK   "fmaxp-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxp v20.2d, v18.2d, v19.2d
        fmaxp v21.2d, v19.2d, v18.2d
        fmaxp v22.2d, v24.2d, v25.2d
        CHECK   "fmaxp-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminp v20.4s, v16.4s, v17.4s
        fminp v21.4s, v17.4s, v16.4s
        fminp v22.4s, v24.4s, v25.4s
        CHECK   "fminp-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminp v20.2s, v16.2s, v17.2s
        fminp v21.2s, v17.2s, v16.2s
        fminp v22.2s, v24.2s, v25.2s
        CHECK   "fminp-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminp v20.2d, v18.2d, v19.2d
        fminp v21.2d, v19.2d, v18.2d
        fminp v22.2d, v24.2d, v25.2d
        CHECK   "fminp-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxnmp v20.4s, v16.4s, v17.4s
        fmaxnmp v21.4s, v17.4s, v16.4s
        fmaxnmp v22.4s, v24.4s, v25.4s
        CHECK   "fmaxnmp-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxnmp v20.2s, v16.2s, v17.2s
        fmaxnmp v21.2s, v17.2s, v16.2s
        fmaxnmp v22.2s, v24.2s, v25.2s
        CHECK   "fmaxnmp-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmaxnmp v20.2d, v18.2d, v19.2d
        fmaxnmp v21.2d, v19.2d, v18.2d
        fmaxnmp v22.2d, v24.2d, v25.2d
        CHECK   "fmaxnmp-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminnmp v20.4s, v16.4s, v17.4s
        fminnmp v21.4s, v17.4s, v16.4s
        fminnmp v22.4s, v24.4s, v25.4s
        CHECK   "fminnmp-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminnmp v20.2s, v16.2s, v17.2s
        fminnmp v21.2s, v17.2s, v16.2s
        fminnmp v22.2s, v24.2s, v25.2s
        CHECK   "fminnmp-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fminnmp v20.2d, v18.2d, v19.2d
        fminnmp v21.2d, v19.2d, v18.2d
        fminnmp v22.2d, v24.2d, v25.2d
        CHECK   "fminnmp-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        frecps v20.4s, v16.4s, v17.4s
        frecps v21.4s, v17.4s, v16.4s
        frecps v22.4s, v24.4s, v25.4s
        CHECK   "frecps-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        frecps v20.2s, v16.2s, v17.2s
        frecps v21.2s, v17.2s, v16.2s
        frecps v22.2s, v24.2s, v25.2s
        CHECK   "frecps-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        frecps v20.2d, v18.2d, v19.2d
        frecps v21.2d, v19.2d, v18.2d
        frecps v22.2d, v24.2d, v25.2d
        CHECK   "frecps-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        frsqrts v20.4s, v16.4s, v17.4s
        frsqrts v21.4s, v17.4s, v16.4s
        frsqrts v22.4s, v24.4s, v25.4s
        CHECK   "frsqrts-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        frsqrts v20.2s, v16.2s, v17.2s
        frsqrts v21.2s, v17.2s, v16.2s
        frsqrts v22.2s, v24.2s, v25.2s
        CHECK   "frsqrts-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        frsqrts v20.2d, v18.2d, v19.2d
        frsqrts v21.2d, v19.2d, v18.2d
        frsqrts v22.2d, v24.2d, v25.2d
        CHECK   "frsqrts-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmulx v20.4s, v16.4s, v17.4s
        fmulx v21.4s, v17.4s, v16.4s
        fmulx v22.4s, v24.4s, v25.4s
        CHECK   "fmulx-4s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmulx v20.2s, v16.2s, v17.2s
        fmulx v21.2s, v17.2s, v16.2s
        fmulx v22.2s, v24.2s, v25.2s
        CHECK   "fmulx-2s", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fmulx v20.2d, v18.2d, v19.2d
        fmulx v21.2d, v19.2d, v18.2d
        fmulx v22.2d, v24.2d, v25.2d
        CHECK   "fmulx-2d", q20, q21, q22, fpsr
        RESET
        msr fpsr, xzr
        fabd s20, s16, s17
        fabd s21, s17, s16
        fabd d22, d18, d19
        fabd d23, d26, d27
        CHECK   "fabd-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcmeq s20, s16, s17
        fcmeq s21, s17, s16
        fcmeq d22, d18, d19
        fcmeq d23, d26, d27
        CHECK   "fcmeq-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcmge s20, s16, s17
        fcmge s21, s17, s16
        fcmge d22, d18, d19
        fcmge d23, d26, d27
        CHECK   "fcmge-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcmgt s20, s16, s17
        fcmgt s21, s17, s16
        fcmgt d22, d18, d19
        fcmgt d23, d26, d27
        CHECK   "fcmgt-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        facge s20, s16, s17
        facge s21, s17, s16
        facge d22, d18, d19
        facge d23, d26, d27
        CHECK   "facge-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        facgt s20, s16, s17
        facgt s21, s17, s16
        facgt d22, d18, d19
        facgt d23, d26, d27
        CHECK   "facgt-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frecps s20, s16, s17
        frecps s21, s17, s16
        frecps d22, d18, d19
        frecps d23, d26, d27
        CHECK   "frecps-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frsqrts s20, s16, s17
        frsqrts s21, s17, s16
        frsqrts d22, d18, d19
        frsqrts d23, d26, d27
        CHECK   "frsqrts-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fmulx s20, s16, s17
        fmulx s21, s17, s16
        fmulx d22, d18, d19
        fmulx d23, d26, d27
        CHECK   "fmulx-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fabs v20.4s, v16.4s
        fabs v21.4s, v17.4s
        fabs v22.4s, v24.4s
        fabs v23.4s, v25.4s
        CHECK   "fabs-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fabs v20.2s, v24.2s
        fabs v21.2s, v25.2s
        CHECK   "fabs-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fabs v20.2d, v18.2d
        fabs v21.2d, v19.2d
        fabs v22.2d, v26.2d
        fabs v23.2d, v27.2d
        CHECK   "fabs-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fneg v20.4s, v16.4s
        fneg v21.4s, v17.4s
        fneg v22.4s, v24.4s
        fneg v23.4s, v25.4s
        CHECK   "fneg-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fneg v20.2s, v24.2s
        fneg v21.2s, v25.2s
        CHECK   "fneg-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fneg v20.2d, v18.2d
        fneg v21.2d, v19.2d
        fneg v22.2d, v26.2d
        fneg v23.2d, v27.2d
        CHECK   "fneg-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fsqrt v20.4s, v16.4s
        fsqrt v21.4s, v17.4s
        fsqrt v22.4s, v24.4s
        fsqrt v23.4s, v25.4s
        CHECK   "fsqrt-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fsqrt v20.2s, v24.2s
        fsqrt v21.2s, v25.2s
        CHECK   "fsqrt-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fsqrt v20.2d, v18.2d
        fsqrt v21.2d, v19.2d
        fsqrt v22.2d, v26.2d
        fsqrt v23.2d, v27.2d
        CHECK   "fsqrt-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintn v20.4s, v16.4s
        frintn v21.4s, v17.4s
        frintn v22.4s, v24.4s
        frintn v23.4s, v25.4s
        CHECK   "frintn-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintn v20.2s, v24.2s
        frintn v21.2s, v25.2s
        CHECK   "frintn-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frintn v20.2d, v18.2d
        frintn v21.2d, v19.2d
        frintn v22.2d, v26.2d
        frintn v23.2d, v27.2d
        CHECK   "frintn-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintm v20.4s, v16.4s
        frintm v21.4s, v17.4s
        frintm v22.4s, v24.4s
        frintm v23.4s, v25.4s
        CHECK   "frintm-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintm v20.2s, v24.2s
        frintm v21.2s, v25.2s
        CHECK   "frintm-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frintm v20.2d, v18.2d
        frintm v21.2d, v19.2d
        frintm v22.2d, v26.2d
        frintm v23.2d, v27.2d
        CHECK   "frintm-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintp v20.4s, v16.4s
        frintp v21.4s, v17.4s
        frintp v22.4s, v24.4s
        frintp v23.4s, v25.4s
        CHECK   "frintp-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintp v20.2s, v24.2s
        frintp v21.2s, v25.2s
        CHECK   "frintp-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frintp v20.2d, v18.2d
        frintp v21.2d, v19.2d
        frintp v22.2d, v26.2d
        frintp v23.2d, v27.2d
        CHECK   "frintp-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintz v20.4s, v16.4s
        frintz v21.4s, v17.4s
        frintz v22.4s, v24.4s
        frintz v23.4s, v25.4s
        CHECK   "frintz-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintz v20.2s, v24.2s
        frintz v21.2s, v25.2s
        CHECK   "frintz-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frintz v20.2d, v18.2d
        frintz v21.2d, v19.2d
        frintz v22.2d, v26.2d
        frintz v23.2d, v27.2d
        CHECK   "frintz-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frinta v20.4s, v16.4s
        frinta v21.4s, v17.4s
        frinta v22.4s, v24.4s
        frinta v23.4s, v25.4s
        CHECK   "frinta-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frinta v20.2s, v24.2s
        frinta v21.2s, v25.2s
        CHECK   "frinta-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frinta v20.2d, v18.2d
        frinta v21.2d, v19.2d
        frinta v22.2d, v26.2d
        frinta v23.2d, v27.2d
        CHECK   "frinta-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintx v20.4s, v16.4s
        frintx v21.4s, v17.4s
        frintx v22.4s, v24.4s
        frintx v23.4s, v25.4s
        CHECK   "frintx-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frintx v20.2s, v24.2s
        frintx v21.2s, v25.2s
        CHECK   "frintx-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frintx v20.2d, v18.2d
        frintx v21.2d, v19.2d
        frintx v22.2d, v26.2d
        frintx v23.2d, v27.2d
        CHECK   "frintx-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frinti v20.4s, v16.4s
        frinti v21.4s, v17.4s
        frinti v22.4s, v24.4s
        frinti v23.4s, v25.4s
        CHECK   "frinti-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frinti v20.2s, v24.2s
        frinti v21.2s, v25.2s
        CHECK   "frinti-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frinti v20.2d, v18.2d
        frinti v21.2d, v19.2d
        frinti v22.2d, v26.2d
        frinti v23.2d, v27.2d
        CHECK   "frinti-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtns v20.4s, v16.4s
        fcvtns v21.4s, v17.4s
        fcvtns v22.4s, v24.4s
        fcvtns v23.4s, v25.4s
        CHECK   "fcvtns-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtns v20.2s, v24.2s
        fcvtns v21.2s, v25.2s
        CHECK   "fcvtns-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtns v20.2d, v18.2d
        fcvtns v21.2d, v19.2d
        fcvtns v22.2d, v26.2d
        fcvtns v23.2d, v27.2d
        CHECK   "fcvtns-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtnu v20.4s, v16.4s
        fcvtnu v21.4s, v17.4s
        fcvtnu v22.4s, v24.4s
        fcvtnu v23.4s, v25.4s
        CHECK   "fcvtnu-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtnu v20.2s, v24.2s
        fcvtnu v21.2s, v25.2s
        CHECK   "fcvtnu-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtnu v20.2d, v18.2d
        fcvtnu v21.2d, v19.2d
        fcvtnu v22.2d, v26.2d
        fcvtnu v23.2d, v27.2d
        CHECK   "fcvtnu-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtms v20.4s, v16.4s
        fcvtms v21.4s, v17.4s
        fcvtms v22.4s, v24.4s
        fcvtms v23.4s, v25.4s
        CHECK   "fcvtms-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtms v20.2s, v24.2s
        fcvtms v21.2s, v25.2s
        CHECK   "fcvtms-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtms v20.2d, v18.2d
        fcvtms v21.2d, v19.2d
        fcvtms v22.2d, v26.2d
        fcvtms v23.2d, v27.2d
        CHECK   "fcvtms-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtmu v20.4s, v16.4s
        fcvtmu v21.4s, v17.4s
        fcvtmu v22.4s, v24.4s
        fcvtmu v23.4s, v25.4s
        CHECK   "fcvtmu-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtmu v20.2s, v24.2s
        fcvtmu v21.2s, v25.2s
        CHECK   "fcvtmu-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtmu v20.2d, v18.2d
        fcvtmu v21.2d, v19.2d
        fcvtmu v22.2d, v26.2d
        fcvtmu v23.2d, v27.2d
        CHECK   "fcvtmu-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtps v20.4s, v16.4s
        fcvtps v21.4s, v17.4s
        fcvtps v22.4s, v24.4s
        fcvtps v23.4s, v25.4s
        CHECK   "fcvtps-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtps v20.2s, v24.2s
        fcvtps v21.2s, v25.2s
        CHECK   "fcvtps-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtps v20.2d, v18.2d
        fcvtps v21.2d, v19.2d
        fcvtps v22.2d, v26.2d
        fcvtps v23.2d, v27.2d
        CHECK   "fcvtps-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtpu v20.4s, v16.4s
        fcvtpu v21.4s, v17.4s
        fcvtpu v22.4s, v24.4s
        fcvtpu v23.4s, v25.4s
        CHECK   "fcvtpu-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtpu v20.2s, v24.2s
        fcvtpu v21.2s, v25.2s
        CHECK   "fcvtpu-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtpu v20.2d, v18.2d
        fcvtpu v21.2d, v19.2d
        fcvtpu v22.2d, v26.2d
        fcvtpu v23.2d, v27.2d
        CHECK   "fcvtpu-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtzs v20.4s, v16.4s
        fcvtzs v21.4s, v17.4s
        fcvtzs v22.4s, v24.4s
        fcvtzs v23.4s, v25.4s
        CHECK   "fcvtzs-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtzs v20.2s, v24.2s
        fcvtzs v21.2s, v25.2s
        CHECK   "fcvtzs-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtzs v20.2d, v18.2d
        fcvtzs v21.2d, v19.2d
        fcvtzs v22.2d, v26.2d
        fcvtzs v23.2d, v27.2d
        CHECK   "fcvtzs-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtzu v20.4s, v16.4s
        fcvtzu v21.4s, v17.4s
        fcvtzu v22.4s, v24.4s
        fcvtzu v23.4s, v25.4s
        CHECK   "fcvtzu-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtzu v20.2s, v24.2s
        fcvtzu v21.2s, v25.2s
        CHECK   "fcvtzu-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtzu v20.2d, v18.2d
        fcvtzu v21.2d, v19.2d
        fcvtzu v22.2d, v26.2d
        fcvtzu v23.2d, v27.2d
        CHECK   "fcvtzu-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtas v20.4s, v16.4s
        fcvtas v21.4s, v17.4s
        fcvtas v22.4s, v24.4s
        fcvtas v23.4s, v25.4s
        CHECK   "fcvtas-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtas v20.2s, v24.2s
        fcvtas v21.2s, v25.2s
        CHECK   "fcvtas-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtas v20.2d, v18.2d
        fcvtas v21.2d, v19.2d
        fcvtas v22.2d, v26.2d
        fcvtas v23.2d, v27.2d
        CHECK   "fcvtas-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtau v20.4s, v16.4s
        fcvtau v21.4s, v17.4s
        fcvtau v22.4s, v24.4s
        fcvtau v23.4s, v25.4s
        CHECK   "fcvtau-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtau v20.2s, v24.2s
        fcvtau v21.2s, v25.2s
        CHECK   "fcvtau-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        fcvtau v20.2d, v18.2d
        fcvtau v21.2d, v19.2d
        fcvtau v22.2d, v26.2d
        fcvtau v23.2d, v27.2d
        CHECK   "fcvtau-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        scvtf v20.4s, v16.4s
        scvtf v21.4s, v17.4s
        scvtf v22.4s, v24.4s
        scvtf v23.4s, v25.4s
        CHECK   "scvtf-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        scvtf v20.2s, v24.2s
        scvtf v21.2s, v25.2s
        CHECK   "scvtf-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        scvtf v20.2d, v18.2d
        scvtf v21.2d, v19.2d
        scvtf v22.2d, v26.2d
        scvtf v23.2d, v27.2d
        CHECK   "scvtf-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        ucvtf v20.4s, v16.4s
        ucvtf v21.4s, v17.4s
        ucvtf v22.4s, v24.4s
        ucvtf v23.4s, v25.4s
        CHECK   "ucvtf-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        ucvtf v20.2s, v24.2s
        ucvtf v21.2s, v25.2s
        CHECK   "ucvtf-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        ucvtf v20.2d, v18.2d
        ucvtf v21.2d, v19.2d
        ucvtf v22.2d, v26.2d
        ucvtf v23.2d, v27.2d
        CHECK   "ucvtf-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frecpe v20.4s, v16.4s
        frecpe v21.4s, v17.4s
        frecpe v22.4s, v24.4s
        frecpe v23.4s, v25.4s
        CHECK   "frecpe-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frecpe v20.2s, v24.2s
        frecpe v21.2s, v25.2s
        CHECK   "frecpe-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frecpe v20.2d, v18.2d
        frecpe v21.2d, v19.2d
        frecpe v22.2d, v26.2d
        frecpe v23.2d, v27.2d
        CHECK   "frecpe-2d", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frsqrte v20.4s, v16.4s
        frsqrte v21.4s, v17.4s
        frsqrte v22.4s, v24.4s
        frsqrte v23.4s, v25.4s
        CHECK   "frsqrte-4s", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frsqrte v20.2s, v24.2s
        frsqrte v21.2s, v25.2s
        CHECK   "frsqrte-2s", q20, q21, fpsr
        RESET
        msr fpsr, xzr
        frsqrte v20.2d, v18.2d
        frsqrte v21.2d, v19.2d
        frsqrte v22.2d, v26.2d
        frsqrte v23.2d, v27.2d
        CHECK   "frsqrte-2d", q20, q21, q22, q23, fpsr
        RESET
        fcmeq v20.4s, v16.4s, #0.0
        fcmeq v21.4s, v17.4s, #0.0
        fcmeq v22.2d, v19.2d, #0.0
        fcmeq v23.2s, v24.2s, #0.0
        CHECK   "fcmeq-zero", q20, q21, q22, q23
        RESET
        fcmeq s20, s16, #0.0
        fcmeq s21, s17, #0.0
        fcmeq d22, d19, #0.0
        fcmeq d23, d18, #0.0
        CHECK   "fcmeq-zero-scalar", q20, q21, q22, q23
        RESET
        fcmge v20.4s, v16.4s, #0.0
        fcmge v21.4s, v17.4s, #0.0
        fcmge v22.2d, v19.2d, #0.0
        fcmge v23.2s, v24.2s, #0.0
        CHECK   "fcmge-zero", q20, q21, q22, q23
        RESET
        fcmge s20, s16, #0.0
        fcmge s21, s17, #0.0
        fcmge d22, d19, #0.0
        fcmge d23, d18, #0.0
        CHECK   "fcmge-zero-scalar", q20, q21, q22, q23
        RESET
        fcmgt v20.4s, v16.4s, #0.0
        fcmgt v21.4s, v17.4s, #0.0
        fcmgt v22.2d, v19.2d, #0.0
        fcmgt v23.2s, v24.2s, #0.0
        CHECK   "fcmgt-zero", q20, q21, q22, q23
        RESET
        fcmgt s20, s16, #0.0
        fcmgt s21, s17, #0.0
        fcmgt d22, d19, #0.0
        fcmgt d23, d18, #0.0
        CHECK   "fcmgt-zero-scalar", q20, q21, q22, q23
        RESET
        fcmle v20.4s, v16.4s, #0.0
        fcmle v21.4s, v17.4s, #0.0
        fcmle v22.2d, v19.2d, #0.0
        fcmle v23.2s, v24.2s, #0.0
        CHECK   "fcmle-zero", q20, q21, q22, q23
        RESET
        fcmle s20, s16, #0.0
        fcmle s21, s17, #0.0
        fcmle d22, d19, #0.0
        fcmle d23, d18, #0.0
        CHECK   "fcmle-zero-scalar", q20, q21, q22, q23
        RESET
        fcmlt v20.4s, v16.4s, #0.0
        fcmlt v21.4s, v17.4s, #0.0
        fcmlt v22.2d, v19.2d, #0.0
        fcmlt v23.2s, v24.2s, #0.0
        CHECK   "fcmlt-zero", q20, q21, q22, q23
        RESET
        fcmlt s20, s16, #0.0
        fcmlt s21, s17, #0.0
        fcmlt d22, d19, #0.0
        fcmlt d23, d18, #0.0
        CHECK   "fcmlt-zero-scalar", q20, q21, q22, q23
        RESET
        msr fpsr, xzr
        fcvtzs s20, s24
        fcvtzs s21, s25
        fcvtzs d22, d26
        fcvtzs d23, d27
        CHECK   "fcvtzs-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtzu s20, s24
        fcvtzu s21, s25
        fcvtzu d22, d26
        fcvtzu d23, d27
        CHECK   "fcvtzu-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        scvtf s20, s24
        scvtf s21, s25
        scvtf d22, d26
        scvtf d23, d27
        CHECK   "scvtf-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        ucvtf s20, s24
        ucvtf s21, s25
        ucvtf d22, d26
        ucvtf d23, d27
        CHECK   "ucvtf-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtns s20, s24
        fcvtns s21, s25
        fcvtns d22, d26
        fcvtns d23, d27
        CHECK   "fcvtns-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtau s20, s24
        fcvtau s21, s25
        fcvtau d22, d26
        fcvtau d23, d27
        CHECK   "fcvtau-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frecpe s20, s24
        frecpe s21, s25
        frecpe d22, d26
        frecpe d23, d27
        CHECK   "frecpe-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frsqrte s20, s24
        frsqrte s21, s25
        frsqrte d22, d26
        frsqrte d23, d27
        CHECK   "frsqrte-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        frecpx s20, s24
        frecpx s21, s25
        frecpx d22, d26
        frecpx d23, d27
        CHECK   "frecpx-scalar", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtzs v20.4s, v24.4s, #1
        fcvtzs v21.4s, v16.4s, #30
        fcvtzs v22.2d, v18.2d, #3
        fcvtzs s23, s24, #32
        CHECK   "fcvtzs-fixed", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtzu v20.4s, v24.4s, #1
        fcvtzu v21.4s, v16.4s, #30
        fcvtzu v22.2d, v18.2d, #3
        fcvtzu s23, s24, #32
        CHECK   "fcvtzu-fixed", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        scvtf v20.4s, v4.4s, #1
        scvtf v21.4s, v5.4s, #31
        scvtf v22.2d, v28.2d, #64
        scvtf d23, d29, #2
        CHECK   "scvtf-fixed", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        ucvtf v20.4s, v4.4s, #1
        ucvtf v21.4s, v5.4s, #31
        ucvtf v22.2d, v28.2d, #64
        ucvtf d23, d29, #2
        CHECK   "ucvtf-fixed", q20, q21, q22, q23, fpsr
        RESET
        scvtf v20.4s, v4.4s
        ucvtf v21.4s, v4.4s
        scvtf v22.2d, v28.2d
        ucvtf v23.2d, v29.2d
        CHECK   "scvtf-int", q20, q21, q22, q23
        RESET
        scvtf v20.4s, v6.4s
        ucvtf v21.4s, v6.4s
        scvtf v22.2d, v6.2d
        ucvtf v23.2d, v6.2d
        CHECK   "scvtf-int2", q20, q21, q22, q23
        RESET
        msr fpsr, xzr
        fcvtn v20.2s, v18.2d
        fcvtn2 v21.4s, v19.2d
        fcvtn v22.4h, v16.4s
        fcvtn2 v23.8h, v17.4s
        CHECK   "fcvtn", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtl v20.2d, v16.2s
        fcvtl2 v21.2d, v17.4s
        fcvtl v22.4s, v6.4h
        fcvtl2 v23.4s, v6.8h
        CHECK   "fcvtl", q20, q21, q22, q23, fpsr
        RESET
        msr fpsr, xzr
        fcvtxn v20.2s, v18.2d
        fcvtxn2 v21.4s, v26.2d
        fcvtxn s22, d19
        CHECK   "fcvtxn", q20, q21, q22, fpsr
        RESET
        fmul v20.4s, v16.4s, v17.s[0]
        fmul v21.2s, v24.2s, v16.s[1]
        fmul v22.2d, v18.2d, v19.d[0]
        fmul s23, s17, v24.s[3]
        CHECK   "fmul-elem", q20, q21, q22, q23
        RESET
        fmla v20.4s, v16.4s, v17.s[0]
        fmla v21.2s, v24.2s, v16.s[1]
        fmls v22.2d, v18.2d, v19.d[0]
        fmla d23, d18, v26.d[1]
        CHECK   "fmla-elem", q20, q21, q22, q23
        RESET
        fmls v20.4s, v24.4s, v24.s[2]
        fmls s21, s24, v24.s[1]
        fmulx v22.4s, v16.4s, v17.s[1]
        fmulx d23, d19, v16.d[1]
        CHECK   "fmls-elem", q20, q21, q22, q23
        RESET
        faddp s20, v16.2s
        faddp d21, v18.2d
        fmaxp s22, v24.2s
        fminnmp d23, v19.2d
        CHECK   "fpairwise-scalar", q20, q21, q22, q23
        RESET
        fminp s20, v17.2s
        fmaxnmp s21, v17.2s
        fmaxp d22, v27.2d
        fminp d23, v26.2d
        CHECK   "fpairwise-scalar2", q20, q21, q22, q23
        RESET
        fmaxv s20, v16.4s
        fminv s21, v16.4s
        fmaxnmv s22, v17.4s
        fminnmv s23, v25.4s
        CHECK   "fmaxv", q20, q21, q22, q23
        RESET
        fmaxv s20, v17.4s
        fminv s21, v24.4s
        fmaxnmv s22, v24.4s
        fminnmv s23, v17.4s
        CHECK   "fmaxv2", q20, q21, q22, q23
        RESET
        fmla v20.4s, v20.4s, v20.4s
        fadd v21.2d, v21.2d, v21.2d
        CHECK   "fmla-alias", q20, q21
        RESET
        urecpe v20.4s, v6.4s
        ursqrte v21.4s, v6.4s
        urecpe v22.2s, v5.2s
        ursqrte v23.4s, v4.4s
        CHECK   "urecpe", q20, q21, q22, q23
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
