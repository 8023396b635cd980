/* fp-regcache.S - chains of scalar FP instructions, whose results ferry
 * keeps in host registers for the instructions that follow (the FP
 * register cache), mixed with everything that must make it forget or
 * refresh a copy: a V register overwritten by AdvSIMD, by a load, by FMOV
 * from a general register, by a lane insert or by the other precision;
 * a NaN result in the middle of a chain (a call into C); more live values
 * than the cache has room for; and a register read in the same
 * instruction that writes it. */
#include "harness.h"

        .data
        .balign 16
dvals:  .double 1.5, -2.25, 1e300, 3.0
        .text

START
        LOADADDR x20, dvals
        fmov    d1, #1.5
        fmov    d2, #-2.25

        /* A dependent chain, each result read by the next instruction. */
        fadd    d3, d1, d2
        fmul    d4, d3, d3
        fsub    d5, d4, d1
        fdiv    d6, d5, d2
        fadd    d6, d6, d6
        CHECK   "chain", d3, d4, d5, d6

        /* Overwritten by AdvSIMD, then read by scalar FP. */
        fadd    d7, d1, d1
        movi    v7.2d, #0xff00000000000000
        fadd    d8, d7, d1
        CHECK   "simd-overwrite", q7, d8

        /* Overwritten by a load, by FMOV from a general register, by a
         * lane insert (low lane kept, upper lane changed). */
        fadd    d9, d1, d2
        ldr     d9, [x20, #16]
        fmul    d10, d9, d1
        fadd    d11, d1, d1
        MOV64   x3, 0x4010000000000000
        fmov    d11, x3
        fadd    d12, d11, d1
        fadd    d13, d2, d2
        mov     v13.d[1], x3
        fadd    d14, d13, d1
        CHECK   "other-writers", d9, d10, d11, d12, q13, d14

        /* The other precision: a single written, then read as a double
         * (its upper bits are zero), and a double read as a single. */
        fmov    s15, #2.0
        fadd    s15, s15, s15
        fadd    d16, d15, d1
        fadd    d17, d1, d2
        fadd    s18, s17, s17
        CHECK   "precisions", q15, d16, s18

        /* A NaN result (0 * inf) in a chain: the slow path in C must keep
         * the cached values of the other registers. */
        fadd    d19, d1, d2
        fadd    d20, d19, d1
        movi    d21, #0
        ldr     d22, [x20, #16]
        fmul    d22, d22, d22          /* +inf */
        fmul    d23, d21, d22          /* default NaN */
        fadd    d24, d19, d20
        fadd    d25, d23, d24
        CHECK   "nan-in-chain", d19, d20, d23, d24, d25

        /* More live values than cache slots, each read again later. */
        fadd    d0, d1, d1
        fadd    d26, d0, d1
        fadd    d27, d26, d1
        fadd    d28, d27, d1
        fadd    d29, d28, d1
        fadd    d30, d29, d1
        fadd    d31, d30, d1
        fadd    d3, d31, d1
        fadd    d4, d0, d26
        fadd    d4, d4, d27
        fadd    d4, d4, d28
        fadd    d4, d4, d29
        fadd    d4, d4, d30
        fadd    d4, d4, d31
        fadd    d4, d4, d3
        CHECK   "many", d0, d3, d4, d31

        /* Read and written by the same instruction, FMADD, FCMP, SCVTF,
         * FCVTZS, FSQRT, FABS on cached values. */
        fadd    d5, d1, d2
        fmadd   d5, d5, d5, d5
        fcmp    d5, d1
        cset    w6, gt
        mov     w7, #7
        scvtf   d8, w7
        fdiv    d8, d8, d5
        fcvtzs  x9, d8
        fsqrt   d10, d8
        fabs    d11, d5
        fneg    d11, d11
        fcmp    d11, d5
        cset    w12, lt
        CHECK   "mixed", d5, w6, d8, x9, d10, d11, w12

        /* Loads and stores of S and D registers: a loaded value used from
         * the cache, a cached result stored (STR, STP, STUR, single and
         * double), a store after the register was changed otherwise. */
        LOADADDR x21, h_scratch
        ldp     d16, d17, [x20]
        fmul    d18, d16, d17
        str     d18, [x21]
        fadd    s19, s15, s15
        stur    s19, [x21, #8]
        fadd    d20, d18, d16
        fsub    d21, d18, d16
        stp     d20, d21, [x21, #16]
        fadd    d22, d20, d21
        movi    v22.16b, #0x5a
        str     d22, [x21, #32]
        fadd    s23, s19, s19
        ins     v23.s[0], w7
        str     s23, [x21, #40]
        ldp     x0, x1, [x21]
        ldp     x2, x3, [x21, #16]
        ldp     x4, x5, [x21, #32]
        CHECK   "loads-stores", d18, x0, x1, x2, x3, x4, x5
        EXIT
