/* dpreg-csel.S - CSEL, CSINC, CSINV, CSNEG and the CSET, CSETM, CINC,
 * CINV, CNEG aliases: all 16 conditions (AL and NV included) against all
 * 16 NZCV values, flags from MSR (memory), CMP (subtraction form) and
 * CMN/ADDS (addition form), XZR, aliasing, W forms, and NZCV unchanged. */
#include "harness.h"

START
        MOV64   x1, 0x1111111111111111
        MOV64   x2, 0x8000000000000000
        MOV64   x20, 0xfedcba9876543210
        MOV64   x21, 0xffffffff00000000

        /* ---- every condition x every NZCV, flags from MSR */
        .irp f, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        mov     x8, #\f
        lsl     x8, x8, #28
        .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al, nv
        msr     nzcv, x8
        csel    x3, x1, x2, \c
        csinc   x4, x1, x2, \c
        csinv   x22, x20, x21, \c
        csneg   x23, x20, x21, \c
        csneg   w5, w1, w2, \c
        csinc   x6, xzr, xzr, \c        /* cset with the inverse */
        csinv   w24, wzr, wzr, \c       /* csetm with the inverse */
        CHECK   "f\f-\c", x3, x4, x22, x23, x5, x6, x24
        .endr
        .endr

        /* ---- conditions on flags left in host EFLAGS by CMP and CMN:
         * pairs giving equal, unsigned/signed less and greater, overflow */
        MOV64   x9, 0x7fffffffffffffff
        MOV64   x10, 0xffffffffffffffff
        MOV64   x11, 0x0000000000000001
        .irp p, "x1, x1", "x1, x2", "x2, x1", "x9, x10", "x10, x9", "x2, x11", "x11, x10", "x10, x11", "x9, x11"
        .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le
        cmp     \p
        csel    x3, x1, x2, \c
        cinc    x4, x20, \c
        cinv    x22, x1, \c
        cneg    x23, x21, \c
        cset    w5, \c
        csetm   x6, \c
        CHECK   "cmp-\c", x3, x4, x22, x23, x5, x6
        cmn     \p
        csel    x3, x1, x2, \c
        cinc    x4, x20, \c
        cinv    x22, x1, \c
        cneg    x23, x21, \c
        cset    w5, \c
        csetm   x6, \c
        CHECK   "cmn-\c", x3, x4, x22, x23, x5, x6
        .endr
        .endr

        /* ---- several readers of one compare, unmapped registers */
        MOV64   x12, 0x00000000000000aa
        MOV64   x13, 0x00000000000000bb
        cmp     x12, x13
        csel    x14, x12, x13, lo
        csinc   x15, x12, x13, hs
        csinv   x16, x13, x12, gt
        csneg   x17, x12, x13, le
        cset    x18, lt
        cset    x19, hi
        CHECK   "mem-regs", x14, x15, x16, x17, x18, x19

        /* ---- XZR operands */
        cmp     x1, x1
        csel    x3, xzr, x1, eq
        csel    x4, x1, xzr, eq
        csinc   x22, xzr, xzr, ne       /* cset eq */
        csinv   x23, xzr, xzr, ne       /* csetm eq */
        csneg   x5, x1, xzr, ne
        csinc   x6, xzr, x1, ne
        csinv   w24, wzr, w1, ne
        csneg   x25, xzr, x2, ne
        CHECK   "xzr", x3, x4, x22, x23, x5, x6, x24, x25
        MOV64   x9, 0x99
        csel    xzr, x1, x2, eq
        csinc   wzr, w1, w2, ne
        CHECK   "xzr-dest", x9

        /* ---- aliasing: rd == rn, rd == rm, rd == rn == rm */
        .irp c, eq, ne
        cmp     x1, x1
        MOV64   x3, 0x3333
        MOV64   x4, 0x4444
        MOV64   x22, 0x2222
        MOV64   x23, 0x2323
        MOV64   x5, 0x5555
        MOV64   x6, 0x6666
        MOV64   x7, 0x7777
        csel    x3, x3, x4, \c
        csel    x4, x1, x4, \c
        csinc   x22, x22, x1, \c
        csinc   x23, x1, x23, \c
        csinv   x5, x5, x5, \c
        csneg   x6, x1, x6, \c
        csneg   x7, x7, x1, \c
        CHECK   "alias-\c", x3, x4, x22, x23, x5, x6, x7
        .endr

        /* ---- W forms: always zero-extended, even when Rd is kept */
        MOV64   x1, 0xaaaaaaaa00000001
        MOV64   x2, 0xbbbbbbbb80000000
        MOV64   x20, 0xcccccccc7fffffff
        .irp c, eq, ne
        cmp     x1, x1
        mov     x3, x1
        csel    w3, w3, w2, \c
        csinc   w4, w20, w2, \c
        csinc   w21, w2, w20, \c
        csinv   w22, w1, w2, \c
        csneg   w23, w1, w2, \c
        csneg   w5, w1, w20, \c
        cinc    w6, w20, \c
        CHECK   "w-\c", x3, x4, x21, x22, x23, x5, x6
        .endr

        /* ---- the selects leave NZCV alone */
        MOV64   x1, 0x1
        MOV64   x2, 0x2
        cmp     x1, x2
        csel    x3, x1, x2, lt
        csinc   x4, x1, x2, lt
        csinv   x5, x1, x2, lt
        csneg   x6, x1, x2, lt
        cset    x7, lt
        b.lt    1f
        mov     x7, #0x77
1:      CHECK   "keep-flags", x3, x4, x5, x6, x7

        EXIT
