/* dpreg-ccmp.S - CCMP and CCMN, register and immediate: the false path
 * with each of the 16 NZCV immediates, the true path with carries and
 * overflow, all 16 conditions against all 16 input NZCV values, input
 * flags from MSR, CMP and CMN, W forms, XZR, and chains read by B.cond
 * and CSET in the same block. */
#include "harness.h"

START
        MOV64   x1, 0x0000000000000005
        MOV64   x2, 0x0000000000000007
        MOV64   x20, 0x8000000000000000
        MOV64   x21, 0xffffffffffffffff

        /* ---- every condition x every input NZCV; the immediate NZCV
         * differs from the compare result so both paths show */
        .irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        mov     x8, #\f
        lsl     x8, x8, #28
        .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al, nv
        msr     nzcv, x8
        ccmp    x1, x2, #0x3, \c
        mrs     x3, nzcv
        msr     nzcv, x8
        ccmn    x20, x21, #0xc, \c
        mrs     x4, nzcv
        msr     nzcv, x8
        ccmp    w2, #7, #0x1, \c
        mrs     x5, nzcv
        msr     nzcv, x8
        ccmn    x21, #1, #0x8, \c
        CHECK   "f\f-\c", x3, x4, x5
        .endr
        .endr

        /* ---- false path: each of the 16 immediates, CCMP and CCMN, X and W,
         * input flags from MSR and from CMP (host) */
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        msr     nzcv, xzr               /* Z clear: EQ fails */
        ccmp    x1, x2, #\n, eq
        CHECK   "false-ccmp-\n"
        msr     nzcv, xzr
        ccmn    w1, w2, #\n, eq
        CHECK   "false-ccmn-\n"
        cmp     x1, x2                  /* not equal: EQ fails */
        ccmp    x1, #3, #\n, eq
        CHECK   "false-host-ccmp-\n"
        cmp     x1, x2
        ccmn    w20, #3, #\n, eq
        CHECK   "false-host-ccmn-\n"
        cmn     x20, x21                /* C and V: VC fails, add form */
        ccmp    x20, x21, #\n, vc
        CHECK   "false-add-ccmp-\n"
        cmn     x20, x21
        ccmn    x20, x21, #\n, cc
        CHECK   "false-add-ccmn-\n"
        .endr

        /* ---- true path: compare results with carries and overflow */
        MOV64   x9, 0x7fffffffffffffff
        MOV64   x10, 0x0000000000000000
        MOV64   x11, 0x0000000000000001
        .irp p, "x10, x10", "x10, x11", "x11, x10", "x9, x21", "x21, x9", "x20, x11", "x9, x11", "x20, x20", "x21, x21"
        cmp     x1, x1                  /* EQ holds */
        ccmp    \p, #0xf, eq
        CHECK   "true-ccmp"
        cmp     x1, x1
        ccmn    \p, #0xf, eq
        CHECK   "true-ccmn"
        cmn     x1, x1                  /* NE holds, add form */
        ccmp    \p, #0x0, ne
        CHECK   "true-add-ccmp"
        msr     nzcv, xzr
        ccmn    \p, #0x0, ne
        CHECK   "true-mem-ccmn"
        .endr
        MOV64   x12, 0xffffffff00000000
        MOV64   x13, 0x00000000ffffffff
        cmp     x1, x1
        ccmp    w12, w13, #0, eq        /* W: 0 - 0xffffffff */
        CHECK   "true-w"
        cmp     x1, x1
        ccmn    w13, w11, #0, eq        /* W: carry out of bit 31 */
        CHECK   "true-w-ccmn"
        cmp     x1, x1
        ccmp    xzr, x11, #0, eq
        CHECK   "true-xzr-rn"
        cmp     x1, x1
        ccmn    x21, xzr, #0, eq
        CHECK   "true-xzr-rm"
        cmp     x1, x1
        ccmp    x12, #31, #0, eq
        CHECK   "true-imm-mem"
        cmp     x1, x1
        ccmn    x13, #31, #0, eq
        CHECK   "true-ccmn-imm-mem"

        /* ---- typical compiler chains, read in the same block */
        MOV64   x14, 0x10
        MOV64   x15, 0x1f
        mov     x3, #0
        cmp     x14, #0x10
        ccmp    x15, #0x1f, #0, eq      /* x14 == 16 && x15 == 31 */
        b.ne    1f
        mov     x3, #1
1:      cmp     x14, #0x11
        ccmp    x15, #0x1f, #4, ne      /* x14 != 17 || ... : Z on false */
        cset    x4, eq
        cmp     x14, x15
        ccmp    x15, x14, #2, lt
        ccmn    x14, x15, #8, hi
        cset    x5, mi
        cset    x6, cs
        CHECK   "chain", x3, x4, x5, x6
        cmp     x14, x15
        ccmp    x14, x15, #8, ne
        ccmp    x15, x14, #1, lt
        csel    x7, x14, x15, vs
        csinc   x3, x14, x15, gt
        CHECK   "chain2", x7, x3

        EXIT
