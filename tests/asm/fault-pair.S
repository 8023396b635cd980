/* fault-pair.S - faulting loads and stores whose writeback, or whose
 * destination is also the base, must leave the registers as they were
 * before the instruction: the handler (fault-handler.h) prints every
 * register at the fault.  Each walks through memory in a small loop until
 * it faults, so the fault happens inside a translated loop.
 *  ldp-pre:    LDP pre-index into the unmapped page (base not updated)
 *  ldp-post:   LDP post-index into it
 *  ldr-pre:    LDR pre-index into it
 *  stp-pre:    STP pre-index into the read-only page (SEGV_ACCERR,
 *              nothing stored)
 *  stp:        STP without writeback into it
 *  chase:      LDR x0, [x0] following a linked list that ends in the
 *              unmapped page: x0 still the address
 *  ldp-base:   LDP x1, x2, [x1] with x1 into the unmapped page
 *  ldpsw:      LDPSW post-index
 *  ldr-sp:     LDR relative to sp into an unmapped page (sp unchanged)
 * Oracle: qemu-aarch64. */
#include "harness.h"
#include "fault-handler.h"

START
        FAULT_SETUP

        PRINT   "case ldp-pre"
        FAULT_EXPECT ldp_pre, r_ldp_pre
        SET_REGS 1
        MOV64   x1, FH_DATA
        mov     x5, #0
ldp_pre:
        ldp     x3, x4, [x1, #16]!
        add     x5, x5, x3
        add     x5, x5, x4
        b       ldp_pre
r_ldp_pre:
        CHECK   "after-ldp-pre", x1, x3, x4, x5

        PRINT   "case ldp-post"
        FAULT_EXPECT ldp_post, r_ldp_post
        SET_REGS 2
        MOV64   x1, FH_DATA + 0x800
ldp_post:
        ldp     w3, w4, [x1], #8
        eor     w5, w3, w4
        b       ldp_post
r_ldp_post:
        CHECK   "after-ldp-post", x1, x3, x4, x5

        PRINT   "case ldr-pre"
        FAULT_EXPECT ldr_pre, r_ldr_pre
        SET_REGS 3
        MOV64   x1, FH_DATA + 0xf00
ldr_pre:
        ldr     x3, [x1, #24]!
        b       ldr_pre
r_ldr_pre:
        CHECK   "after-ldr-pre", x1, x3

        PRINT   "case stp-pre"
        FAULT_EXPECT stp_pre, r_stp_pre
        SET_REGS 4
        MOV64   x1, FH_RW2 + 0xf00
        mov     x3, #1
        mov     x4, #2
stp_pre:
        stp     x3, x4, [x1, #16]!
        add     x3, x3, #2
        add     x4, x4, #2
        b       stp_pre
r_stp_pre:
        MOV64   x20, FH_RO
        ldp     x21, x22, [x20]
        MOV64   x20, FH_RW2 + 0xff0
        ldp     x23, x24, [x20]
        CHECK   "after-stp-pre", x1, x3, x4, x21, x22, x23, x24

        PRINT   "case stp"
        FAULT_EXPECT stp_plain, r_stp_plain
        SET_REGS 5
        MOV64   x1, FH_RO + 0x100
        mov     x3, #5
stp_plain:
        stp     w3, w3, [x1]
        b       stp_plain
r_stp_plain:
        MOV64   x20, FH_RO + 0x100
        ldr     x21, [x20]
        CHECK   "after-stp", x1, x3, x21

        PRINT   "case chase"
        /* A list through the data page: each word points 0x40 bytes on,
         * the last one into the unmapped page. */
        MOV64   x1, FH_DATA
        MOV64   x2, FH_DATA + 0x40
        mov     x3, #64
1:      str     x2, [x1]
        add     x1, x1, #0x40
        add     x2, x2, #0x40
        subs    x3, x3, #1
        b.ne    1b
        FAULT_EXPECT chase, r_chase
        SET_REGS 6
        MOV64   x0, FH_DATA
        mov     x5, #0
chase:
        ldr     x0, [x0]
        add     x5, x5, #1
        cbnz    x0, chase
        PRINT   "chase ended"
r_chase:
        CHECK   "after-chase", x0, x5

        PRINT   "case ldp-base"
        FAULT_EXPECT ldp_base, r_ldp_base
        SET_REGS 7
        MOV64   x1, FH_HOLE + 0x10
ldp_base:
        ldp     x1, x2, [x1]
r_ldp_base:
        CHECK   "after-ldp-base", x1, x2

        PRINT   "case ldpsw"
        FAULT_EXPECT ldpsw, r_ldpsw
        SET_REGS 8
        MOV64   x1, FH_DATA + 0xfe0
        mov     x5, #0
ldpsw:
        ldpsw   x3, x4, [x1], #8
        add     x5, x5, x3
        b       ldpsw
r_ldpsw:
        CHECK   "after-ldpsw", x1, x3, x4, x5

        PRINT   "case ldr-sp"
        FAULT_EXPECT ldr_sp, r_ldr_sp
        SET_REGS 9
        mov     x20, sp
        MOV64   x21, FH_HOLE + 0x800
        mov     sp, x21
ldr_sp:
        ldr     x3, [sp, #16]
r_ldr_sp:
        mov     x22, sp
        mov     sp, x20
        CHECK   "after-ldr-sp", x3, x22
        EXIT
