/* dpreg-adc.S - ADC, ADCS, SBC, SBCS, NGC, NGCS: both carry inputs on
 * edge-case pairs, carries and borrows out, overflow, X and W (dirty upper
 * bits), XZR, aliasing, multi-word chains, and the carry coming from
 * MSR NZCV (memory), from ADDS (addition form) and from SUBS/CMP
 * (subtraction form), with NZCV live after the non-S forms. */
#include "harness.h"

        .set V0, 0x0000000000000000
        .set V1, 0x0000000000000001
        .set V2, 0xffffffffffffffff
        .set V3, 0x8000000000000000
        .set V4, 0x7fffffffffffffff
        .set V5, 0xfedcba9876543210
        .set V6, 0xdeadbeef80000000
        .set V7, 0x000000007fffffff

        /* NZCV := nzcv (0..15) through a register */
        .macro SETFLAGS nzcv
        mov     x8, #(\nzcv)
        lsl     x8, x8, #28
        msr     nzcv, x8
        .endm

START
        /* ---- every pair, carry in 0 and 1, flags from MSR (memory) */
        .irp c, 0, 2
        .irp i, 0,1,2,3,4,5,6,7
        .irp j, 0,1,2,3,4,7
        MOV64   x1, V\i
        MOV64   x20, V\j
        SETFLAGS \c
        adc     x3, x1, x20
        sbc     x4, x1, x20
        adc     w21, w1, w20
        sbc     w22, w20, w1
        CHECK   "adc-sbc-c\c-\i-\j", x3, x4, x21, x22
        SETFLAGS \c
        adcs    x3, x1, x20
        CHECK   "adcs-x-c\c-\i-\j", x3
        SETFLAGS \c
        sbcs    x23, x1, x20
        CHECK   "sbcs-x-c\c-\i-\j", x23
        SETFLAGS \c
        adcs    w4, w20, w1
        CHECK   "adcs-w-c\c-\j-\i", x4
        SETFLAGS \c
        sbcs    w24, w1, w20
        CHECK   "sbcs-w-c\c-\i-\j", x24
        .endr
        .endr
        .endr

        /* ---- NGC/NGCS, XZR operands, XZR destination */
        MOV64   x1, 0x0000000000000005
        MOV64   x20, 0x8000000000000000
        SETFLAGS 0
        ngc     x3, x1
        ngc     w4, w20
        ngc     x21, x20
        adc     x5, xzr, x1
        sbc     x6, x1, xzr
        CHECK   "ngc-c0", x3, x4, x21, x5, x6
        SETFLAGS 2
        ngc     x3, x1
        ngc     w4, w20
        ngc     x21, x20
        adc     x5, xzr, x1
        sbc     x6, x1, xzr
        CHECK   "ngc-c1", x3, x4, x21, x5, x6
        SETFLAGS 2
        ngcs    x3, xzr
        CHECK   "ngcs-zero-c1", x3
        SETFLAGS 0
        ngcs    x3, xzr
        CHECK   "ngcs-zero-c0", x3
        SETFLAGS 2
        ngcs    x3, x20
        CHECK   "ngcs-min", x3
        SETFLAGS 2
        adcs    xzr, x20, x20
        CHECK   "adcs-xzr-dest"
        SETFLAGS 0
        sbcs    wzr, w1, w1
        CHECK   "sbcs-xzr-dest"
        SETFLAGS 0xf
        MOV64   x9, 0x1234
        adc     xzr, x1, x1
        CHECK   "adc-xzr-dest", x9

        /* ---- aliasing: rd == rn, rd == rm, all three */
        MOV64   x1, 0x1000
        MOV64   x2, 0x0001
        MOV64   x20, 0x2000
        MOV64   x21, 0x0003
        SETFLAGS 2
        mov     x3, x2
        adc     x3, x1, x3
        mov     x4, x2
        sbc     x4, x1, x4
        mov     x22, x21
        sbc     x22, x20, x22
        mov     x5, x1
        adc     x5, x5, x5
        mov     x6, x1
        sbc     x6, x6, x6
        mov     x23, x20
        sbc     x23, x23, x21
        CHECK   "alias-c1", x3, x4, x22, x5, x6, x23
        SETFLAGS 0
        mov     x4, x2
        sbcs    x4, x1, x4
        CHECK   "alias-sbcs", x4
        SETFLAGS 0
        mov     w6, w1
        sbcs    w6, w6, w6
        CHECK   "alias-sbcs-self-c0", x6

        /* ---- rd == rn without a host register: in place on the home slot */
        MOV64   x9, 0xffffffffffffffff
        MOV64   x10, 0x0000000000000001
        mov     x11, x9
        mov     x12, x9
        mov     x13, x9
        SETFLAGS 2
        adc     x11, x11, x10
        sbc     x12, x12, x10
        adc     x13, x13, xzr
        CHECK   "rmw", x11, x12, x13
        mov     x11, x9
        SETFLAGS 2
        adcs    x11, x11, x10
        CHECK   "rmw-adcs", x11
        mov     x12, x10
        SETFLAGS 0
        sbcs    x12, x12, x9
        CHECK   "rmw-sbcs", x12

        /* ---- W forms ignore bits 63..32 of the sources */
        MOV64   x1, 0xffffffff00000001
        MOV64   x2, 0x12345678ffffffff
        SETFLAGS 2
        adcs    w3, w1, w2
        CHECK   "adcs-w-dirty", x3
        SETFLAGS 0
        sbcs    w3, w1, w2
        CHECK   "sbcs-w-dirty", x3

        /* ---- carry from ADDS (addition form) into ADC: 128-bit add */
        MOV64   x1, 0xffffffffffffffff
        MOV64   x2, 0x0000000000000001
        MOV64   x20, 0x7fffffffffffffff
        MOV64   x21, 0x0000000000000000
        adds    x3, x1, x2              /* low words: carry out */
        adc     x4, x20, x21            /* high words: 0x8000... */
        CHECK   "add128", x3, x4
        adds    x3, x1, x2
        adcs    x4, x20, x21            /* signed overflow in the high word */
        CHECK   "add128-flags", x3, x4
        adds    x3, x1, x2
        adc     x4, x20, x21
        cset    x5, cs                  /* C still from ADDS */
        CHECK   "adc-keeps-c", x3, x4, x5
        adds    x3, x1, x2
        adc     x4, x1, x1              /* carries out itself, flags kept */
        cset    x5, cs
        b.cs    2f
        mov     x5, #0x55
2:      CHECK   "adc-keeps-c-2", x3, x4, x5
        adds    x3, x21, x21            /* C = 0 */
        adc     x4, x1, x2              /* carries out itself, flags kept */
        cset    x5, cc
        CHECK   "adc-keeps-nc", x3, x4, x5
        adds    x3, x21, x21            /* no carry */
        adc     x4, x1, x2
        CHECK   "adc-after-adds-nc", x4
        adds    x3, x1, x2
        sbc     x4, x20, x21            /* SBC from addition form */
        CHECK   "sbc-after-adds", x4

        /* ---- borrow from SUBS/CMP (subtraction form) into SBC: 128-bit sub */
        MOV64   x1, 0x0000000000000000
        MOV64   x2, 0x0000000000000001
        MOV64   x20, 0x8000000000000000
        MOV64   x21, 0x0000000000000000
        subs    x3, x1, x2              /* borrow: C = 0 */
        sbc     x4, x20, x21
        CHECK   "sub128", x3, x4
        subs    x3, x1, x2
        sbcs    x4, x20, x21            /* signed overflow in the high word */
        CHECK   "sub128-flags", x3, x4
        cmp     x2, x1                  /* no borrow: C = 1 */
        sbc     x4, x20, x21
        adc     x5, x20, x21            /* ADC from subtraction form */
        cset    x6, hs
        CHECK   "sbc-adc-after-cmp", x4, x5, x6
        /* three-word chain with the flags kept in host EFLAGS throughout */
        MOV64   x9, 0xffffffffffffffff
        MOV64   x10, 0xffffffffffffffff
        MOV64   x11, 0x0000000000000000
        MOV64   x12, 0x0000000000000001
        MOV64   x13, 0x0000000000000000
        MOV64   x14, 0x0000000000000000
        adds    x15, x9, x12
        adcs    x16, x10, x13
        adcs    x17, x11, x14
        adc     x18, xzr, xzr
        CHECK   "add192", x15, x16, x17, x18
        subs    x15, x11, x12
        sbcs    x16, x13, x14
        sbcs    x17, x13, x14
        ngc     x18, xzr
        CHECK   "sub192", x15, x16, x17, x18

        /* ---- flags only in memory (after a call), and live after ADC */
        SETFLAGS 0xa                    /* N and C */
        CHECK   "mem-flags-before"
        adc     x3, x2, x2
        sbc     x4, x2, x2
        CHECK   "mem-flags-after", x3, x4
        SETFLAGS 0x6                    /* Z and C */
        adc     x3, x2, x2
        b.eq    1f
        mov     x3, #0
1:      sbc     x4, x2, x2
        cset    x5, cs
        CHECK   "adc-then-branch", x3, x4, x5

        EXIT
