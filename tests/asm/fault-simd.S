/* fault-simd.S - SIMD&FP loads and stores that fault: the base register
 * not written back, the destination V registers untouched (the handler in
 * fault-handler.h prints all 32), memory untouched.  Each walks in a loop
 * towards the fault.
 *  ld1:    LD1 {v0-v3}, post-index by 64, into the unmapped page
 *  st1:    ST1 {v4.2d, v5.2d}, post-index, into the read-only page
 *  ldr-q:  LDR q6 pre-index into the unmapped page
 *  ldp-q:  LDP q7, q8 post-index into it
 *  ld4r:   LD4R into it
 *  str-d:  STR d9 with a register offset into the read-only page
 * Oracle: qemu-aarch64. */
#include "harness.h"
#include "fault-handler.h"

START
        FAULT_SETUP

        PRINT   "case ld1"
        FAULT_EXPECT ld1, r_ld1
        SET_REGS 1
        MOV64   x1, FH_DATA + 0xe00
        movi    v10.2d, #0
ld1:
        ld1     {v0.16b, v1.16b, v2.16b, v3.16b}, [x1], #64
        eor     v10.16b, v10.16b, v0.16b
        eor     v10.16b, v10.16b, v3.16b
        b       ld1
r_ld1:
        CHECK   "after-ld1", x1, q0, q1, q2, q3, q10

        PRINT   "case st1"
        FAULT_EXPECT st1, r_st1
        SET_REGS 2
        MOV64   x1, FH_RW2 + 0xf80
st1:
        st1     {v4.2d, v5.2d}, [x1], #32
        add     v4.2d, v4.2d, v5.2d
        b       st1
r_st1:
        MOV64   x20, FH_RO
        ldp     x21, x22, [x20]
        CHECK   "after-st1", x1, q4, q5, x21, x22

        PRINT   "case ldr-q"
        FAULT_EXPECT ldr_q, r_ldr_q
        SET_REGS 3
        MOV64   x1, FH_DATA + 0xf80
ldr_q:
        ldr     q6, [x1, #16]!
        add     v11.4s, v11.4s, v6.4s
        b       ldr_q
r_ldr_q:
        CHECK   "after-ldr-q", x1, q6, q11

        PRINT   "case ldp-q"
        FAULT_EXPECT ldp_q, r_ldp_q
        SET_REGS 4
        MOV64   x1, FH_DATA + 0xf00
ldp_q:
        ldp     q7, q8, [x1], #32
        b       ldp_q
r_ldp_q:
        CHECK   "after-ldp-q", x1, q7, q8

        PRINT   "case ld4r"
        FAULT_EXPECT ld4r, r_ld4r
        SET_REGS 5
        MOV64   x1, FH_DATA + 0xff0
ld4r:
        ld4r    {v12.4s, v13.4s, v14.4s, v15.4s}, [x1], #16
        b       ld4r
r_ld4r:
        CHECK   "after-ld4r", x1, q12, q13, q14, q15

        PRINT   "case str-d"
        FAULT_EXPECT str_d, r_str_d
        SET_REGS 6
        MOV64   x1, FH_RW2
        mov     x2, #0x1f0
str_d:
        str     d9, [x1, x2, lsl #3]
        add     x2, x2, #1
        b       str_d
r_str_d:
        MOV64   x20, FH_RO
        ldr     x21, [x20]
        CHECK   "after-str-d", x1, x2, d9, x21
        EXIT
