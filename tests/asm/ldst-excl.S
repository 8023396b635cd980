/* ldst-excl.S - exclusive and ordered accesses: LDXR/STXR and the
 * acquire/release forms for B/H/W/X, LDXP/STXP for W and X pairs, the
 * status results (a store-exclusive without a matching load-exclusive,
 * after CLREX, at another address, after the value changed, or a second
 * time must fail), a typical retry loop, and LDAR/STLR/LDAPR/LDLAR/STLLR,
 * LDAPUR/STLUR. */
#include "harness.h"

        /* LDLAR/STLLR are ARMv8.1 (LOR), LDAPR ARMv8.3, LDAPUR ARMv8.4 */
        .arch   armv8.4-a

START
        LOADADDR x20, h_scratch
        MOV64   x9, 0x8877665544332211
        str     x9, [x20]
        str     x9, [x20, #8]

        /* success for every size; the status register is written 0 */
        mov     w5, #7
        ldxr    x2, [x20]
        add     x2, x2, #1
        stxr    w5, x2, [x20]
        ldr     x3, [x20]
        mov     w6, #7
        ldxr    w4, [x20]
        add     w4, w4, #1
        stxr    w6, w4, [x20]
        ldr     x7, [x20]
        CHECK   "stxr-ok-xw", x2, x5, x3, x4, x6, x7
        mov     w5, #7
        ldxrh   w2, [x20]
        add     w2, w2, #0x100
        stxrh   w5, w2, [x20]
        mov     w6, #7
        ldxrb   w4, [x20, #0]
        mov     w4, #0xee
        stxrb   w6, w4, [x20]
        ldr     x3, [x20]
        CHECK   "stxr-ok-hb", x2, x5, x4, x6, x3

        /* a store-exclusive after a successful one fails: the monitor is
         * closed */
        mov     w5, #7
        stxr    w5, xzr, [x20]
        ldr     x3, [x20]
        CHECK   "stxr-twice", x5, x3

        /* after CLREX */
        ldxr    x2, [x20]
        clrex
        mov     w5, #7
        stxr    w5, xzr, [x20]
        ldr     x3, [x20]
        CHECK   "stxr-clrex", x5, x3

        /* at an address other than the one loaded */
        ldxr    x2, [x20]
        add     x21, x20, #8
        mov     w5, #7
        stxr    w5, xzr, [x21]
        ldr     x3, [x21]
        CHECK   "stxr-other-addr", x5, x3

        /* after the value changed behind the monitor's back */
        ldxr    x2, [x20]
        mov     x9, #0x1234
        str     x9, [x20]
        mov     w5, #7
        stxr    w5, xzr, [x20]
        ldr     x3, [x20]
        CHECK   "stxr-changed", x5, x3

        /* acquire/release forms, XZR as the stored value, memory-resident
         * registers, the status in an unmapped register */
        ldaxr   x12, [x20]
        mov     w13, #7
        stlxr   w13, xzr, [x20]
        ldr     x14, [x20]
        ldaxrh  w15, [x20]
        mov     w16, #0x4242
        stlxrh  w17, w16, [x20]
        ldaxrb  w18, [x20, #0]
        stlxrb  w19, w18, [x20]
        ldr     x22, [x20]
        CHECK   "acq-rel", x12, x13, x14, x15, x17, x18, x19, x22

        /* a W store-exclusive stores 32 bits of a dirty register */
        MOV64   x9, 0xffffffffffffffff
        str     x9, [x20]
        ldxr    w2, [x20]
        MOV64   x3, 0x1111111122222222
        stxr    w4, w3, [x20]
        ldr     x5, [x20]
        CHECK   "stxr-w-dirty", x2, x4, x5

        /* SP as base */
        mov     x23, sp
        sub     sp, sp, #16
        str     xzr, [sp]
        ldxr    x2, [sp]
        mov     x3, #99
        stxr    w4, x3, [sp]
        ldr     x5, [sp]
        add     sp, sp, #16
        CHECK   "sp-base", x2, x4, x5

        /* pairs: W (one 64-bit access) and X (128 bits, 16-byte aligned) */
        MOV64   x9, 0xa1a2a3a4b1b2b3b4
        MOV64   x10, 0xc1c2c3c4d1d2d3d4
        stp     x9, x10, [x20, #32]
        add     x21, x20, #32
        ldxp    w2, w3, [x21]
        MOV64   x4, 0xffffffff00000001
        mov     w5, #2
        stxp    w6, w4, w5, [x21]
        ldr     x7, [x21]
        CHECK   "ldxp-w", x2, x3, x6, x7
        ldxp    x2, x3, [x21]
        mov     x4, #5
        mov     x5, #6
        stxp    w6, x4, x5, [x21]
        ldp     x7, x12, [x21]
        CHECK   "ldxp-x", x2, x3, x6, x7, x12
        ldaxp   x12, x13, [x21]
        stlxp   w14, x13, x12, [x21]
        ldp     x15, x16, [x21]
        stlxp   w17, xzr, xzr, [x21]
        ldp     x18, x19, [x21]
        CHECK   "ldaxp-x", x12, x13, x14, x15, x16, x17, x18, x19
        ldxp    x2, x3, [x21]
        str     xzr, [x21, #8]
        stxp    w4, x2, x2, [x21]
        ldp     x5, x6, [x21]
        ldxp    w2, w3, [x21]
        mov     w9, #9
        str     w9, [x21, #4]
        mov     w7, #7
        stxp    w7, w2, w3, [x21]
        CHECK   "stxp-fail", x4, x5, x6, x7
        ldxp    x12, x13, [x21]
        mov     x0, #0x77
        mov     x1, #0x88
        stxp    w2, x0, x1, [x21]    /* new low half comes from rbx on x86 */
        ldp     x3, x4, [x21]
        CHECK   "stxp-x0", x0, x1, x2, x3, x4
        ldxp    x12, x13, [x21]
        mov     x0, #0x99
        stxp    w0, x1, x13, [x21]   /* status into X0 */
        ldp     x3, x4, [x21]
        CHECK   "stxp-status-x0", x0, x3, x4

        /* the usual atomic increment loop */
        str     xzr, [x20, #64]
        add     x21, x20, #64
        mov     x9, #0
1:      ldaxr   w2, [x21]
        add     w2, w2, #3
        stlxr   w3, w2, [x21]
        cbnz    w3, 1b
        add     x9, x9, #1
        cmp     x9, #100
        b.ne    1b
        ldr     x4, [x21]
        CHECK   "inc-loop", x4

        /* ordered loads and stores */
        MOV64   x9, 0xf0e1d2c3b4a59687
        stlr    x9, [x20]
        add     x21, x20, #8
        stlr    w9, [x21]
        stlrh   w9, [x21]
        stlrb   wzr, [x21]
        ldar    x2, [x20]
        ldar    w3, [x21]
        ldarh   w4, [x21]
        ldarb   w5, [x21]
        ldapr   x6, [x20]
        ldaprb  w7, [x20]
        ldaprh  w12, [x20]
        ldapr   w13, [x20]
        CHECK   "ldar-stlr", x2, x3, x4, x5, x6, x7, x12, x13
        add     x21, x20, #128
        stllr   x9, [x21]
        stllrb  w9, [x21]
        stllrh  wzr, [x21, #0]
        ldlar   x2, [x21]
        ldlarb  w3, [x21]
        ldlarh  w4, [x21]
        stllr   w9, [x21]
        ldlar   w5, [x21]
        CHECK   "lor", x2, x3, x4, x5

        /* RCpc unscaled forms (ordered accesses must be aligned) */
        add     x21, x20, #256
        stlur   x9, [x21, #-8]
        stlurb  w9, [x21, #11]
        stlurh  w9, [x21, #12]
        stlur   w9, [x21, #20]
        ldapur  x2, [x21, #-8]
        ldapurb w3, [x21, #11]
        ldapurh w4, [x21, #12]
        ldapur  w5, [x21, #20]
        ldapursb x6, [x21, #-8]
        ldapursb w7, [x21, #-1]
        ldapursh x12, [x21, #-2]
        ldapursh w13, [x21, #-4]
        ldapursw x14, [x21, #-4]
        CHECK   "rcpc2", x2, x3, x4, x5, x6, x7, x12, x13, x14

        /* LDXR and LDAR keep NZCV, and STXR computes its status without
         * disturbing it either, on success and on failure */
        mov     x9, #5
        cmp     x9, #6
        ldxr    x2, [x20]
        ldar    x2, [x20]
        stlr    x2, [x20]
        ldaxp   x2, x3, [x20]
        CHECK   "flags-kept", x9
        ldxr    x3, [x20]
        cmp     x9, #5
        stxr    w2, x3, [x20]
        CHECK   "flags-stxr-ok", x2
        mov     x9, #5
        cmp     x9, #6
        stxr    w2, x3, [x20]
        CHECK   "flags-stxr-fail", x2

        EXIT
