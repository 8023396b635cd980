/* fault-atomic.S - exclusives, acquire/release and LSE atomics that fault:
 * reported at the instruction with every register as it was (the handler
 * in fault-handler.h prints them), memory untouched.  Each runs in a loop
 * walking towards the fault.
 *  ldxr:     an LDXR/STXR increment loop into the unmapped page
 *  ldaxp:    LDAXP into it
 *  ldar:     LDAR into it
 *  stlr:     STLR into the read-only page (SEGV_ACCERR)
 *  ldadd:    LDADDAL into the read-only page (an atomic needs write
 *            permission: SEGV_ACCERR)
 *  swp:      SWP into the unmapped page
 *  cas:      CASAL into the read-only page
 *  casp:     CASP into the unmapped page
 * Oracle: qemu-aarch64. */
#include "harness.h"
#include "fault-handler.h"

        .arch   armv8.1-a

START
        FAULT_SETUP

        PRINT   "case ldxr"
        FAULT_EXPECT ldxr, r_ldxr
        SET_REGS 1
        MOV64   x1, FH_DATA + 0xfc0
ldxr:
        ldxr    x3, [x1]
        add     x3, x3, #1
        stxr    w4, x3, [x1]
        cbnz    w4, ldxr
        add     x1, x1, #8
        b       ldxr
r_ldxr:
        MOV64   x20, FH_DATA + 0xff8
        ldr     x21, [x20]
        CHECK   "after-ldxr", x1, x3, x4, x21

        PRINT   "case ldaxp"
        FAULT_EXPECT ldaxp, r_ldaxp
        SET_REGS 2
        MOV64   x1, FH_DATA + 0xfd0
ldaxp:
        ldaxp   x3, x4, [x1]
        stlxp   w5, x3, x4, [x1]
        add     x1, x1, #16
        b       ldaxp
r_ldaxp:
        CHECK   "after-ldaxp", x1, x3, x4, x5

        PRINT   "case ldar"
        FAULT_EXPECT ldar, r_ldar
        SET_REGS 3
        MOV64   x1, FH_DATA + 0xfe0
ldar:
        ldar    w3, [x1]
        add     x1, x1, #4
        b       ldar
r_ldar:
        CHECK   "after-ldar", x1, x3

        PRINT   "case stlr"
        FAULT_EXPECT stlr, r_stlr
        SET_REGS 4
        MOV64   x1, FH_RW2 + 0xfe0
        mov     x3, #0x77
stlr:
        stlr    x3, [x1]
        add     x1, x1, #8
        b       stlr
r_stlr:
        MOV64   x20, FH_RO
        ldr     x21, [x20]
        CHECK   "after-stlr", x1, x3, x21

        PRINT   "case ldadd"
        FAULT_EXPECT ldadd, r_ldadd
        SET_REGS 5
        MOV64   x1, FH_RW2 + 0xff0
        mov     x2, #3
ldadd:
        ldaddal x2, x3, [x1]
        add     x1, x1, #8
        b       ldadd
r_ldadd:
        MOV64   x20, FH_RO
        ldr     x21, [x20]
        MOV64   x20, FH_RW2 + 0xff8
        ldr     x22, [x20]
        CHECK   "after-ldadd", x1, x2, x3, x21, x22

        PRINT   "case swp"
        FAULT_EXPECT swp, r_swp
        SET_REGS 6
        MOV64   x1, FH_DATA + 0xff8
        mov     x2, #9
swp:
        swp     x2, x3, [x1]
        add     x1, x1, #8
        b       swp
r_swp:
        CHECK   "after-swp", x1, x2, x3

        PRINT   "case cas"
        FAULT_EXPECT cas, r_cas
        SET_REGS 7
        MOV64   x1, FH_RO + 8
        mov     x2, #0x3001
        mov     x3, #0x55
cas:
        casal   x2, x3, [x1]
r_cas:
        MOV64   x20, FH_RO + 8
        ldr     x21, [x20]
        CHECK   "after-cas", x1, x2, x3, x21

        PRINT   "case casp"
        FAULT_EXPECT casp, r_casp
        SET_REGS 8
        MOV64   x1, FH_HOLE
casp:
        casp    x2, x3, x4, x5, [x1]
r_casp:
        CHECK   "after-casp", x1, x2, x3, x4, x5
        EXIT
