/* simd-fcvt-ahp.S - FCVTL/FCVTL2 (half -> single) and FCVTN/FCVTN2
 * (single -> half) with FPCR.AHP set (alternative half precision, base
 * ARMv8.0): no infinities or NaNs in half precision, so 0x7c00 is 2^16,
 * an infinity converts to the largest magnitude and a NaN to a zero of
 * its sign, both with IOC, and too large a value saturates with IOC.
 *
 * Oracle: qemu-aarch64 (make expected); every lane checked by hand
 * against the Arm ARM pseudocode FPConvert, FPUnpackCV and FPRoundCV.
 * FPSR bits: IOC 01, IXC 10. */
#include "harness.h"

        .macro  LDQ reg:req, hi:req, lo:req     /* q<reg> := hi:lo */
        MOV64   x10, \lo
        fmov    d\reg, x10
        MOV64   x10, \hi
        fmov    v\reg\().d[1], x10
        .endm
        .macro  FPCR val:req
        MOV64   x9, \val
        msr     fpcr, x9
        msr     fpsr, xzr
        .endm

        .equ    AHP, 0x4000000

START
        /* halves: 7c00 fc00 7fff 3c00 | 0001 7e00 8000 ffff (lane 0 last) */
        LDQ     1, 0xffff80007e000001, 0x3c007ffffc007c00
        /* singles: inf, -qnan, 2^17, 1.0 */
        LDQ     2, 0x3f80000048000000, 0xffc000017f800000
        /* singles: 65520, 1/3, -inf, snan */
        LDQ     3, 0x7f800001ff800000, 0x3eaaaaab477ff000
        LDQ     4, 0x5555555555555555, 0x5555555555555555

        FPCR    AHP
        fcvtl   v0.4s, v1.4h
        CHECK   "fcvtl", q0, fpsr
        fcvtl2  v0.4s, v1.8h
        CHECK   "fcvtl2", q0, fpsr
        mov     v0.16b, v4.16b
        fcvtn   v0.4h, v2.4s                    /* IOC; upper half zeroed */
        CHECK   "fcvtn", q0, fpsr
        msr     fpsr, xzr
        fcvtn2  v0.8h, v3.4s                    /* IOC IXC; lower half kept */
        CHECK   "fcvtn2", q0, fpsr

        /* the same with AHP clear: IEEE half */
        FPCR    0
        fcvtl   v0.4s, v1.4h
        CHECK   "ieee-fcvtl", q0, fpsr
        fcvtl2  v0.4s, v1.8h
        CHECK   "ieee-fcvtl2", q0, fpsr
        mov     v0.16b, v4.16b
        fcvtn   v0.4h, v2.4s
        CHECK   "ieee-fcvtn", q0, fpsr
        msr     fpsr, xzr
        fcvtn2  v0.8h, v3.4s
        CHECK   "ieee-fcvtn2", q0, fpsr

        /* live flags across the AHP test (then a flag-free one) */
        FPCR    AHP
        MOV64   x2, 0x7fffffffffffffff
        mov     x3, #-1
        cmp     x2, x3                          /* N and V set */
        fcvtn   v0.4h, v2.4s
        CHECK   "flags-fcvtn", q0, fpsr
        mov     x2, #1
        cmp     x2, #1                          /* Z and C set */
        fcvtl   v0.4s, v1.4h
        CHECK   "flags-fcvtl", q0, fpsr

        /* single <-> double forms do not care about AHP */
        FPCR    AHP
        fcvtl   v5.2d, v2.2s
        fcvtn   v6.2s, v5.2d
        CHECK   "ahp-double", q5, q6, fpsr
        EXIT
