/* fp-cvt-ahp.S - scalar FCVT between half and single/double with
 * FPCR.AHP set (alternative half precision, base ARMv8.0): exponent 0x1f
 * is an ordinary exponent, so half precision has no infinities or NaNs.
 * Converting to half, a NaN becomes a zero of its sign and an infinity
 * the largest magnitude, both raising IOC; a value too large saturates
 * with IOC (not OFC or IXC).  FZ flushes single and double inputs but
 * never half ones (FZ16 is ignored by conversions).
 *
 * Oracle: qemu-aarch64 (make expected); every line checked by hand
 * against the Arm ARM pseudocode FPConvert, FPUnpackCV and FPRoundCV.
 * FPSR bits: IOC 01, UFC 08, IXC 10, IDC 80. */
#include "harness.h"

        .macro  FPCR val:req
        MOV64   x9, \val
        msr     fpcr, x9
        .endm
        .macro  LDH reg:req, bits:req           /* h<reg> := bits */
        mov     w10, #\bits
        fmov    s\reg, w10
        .endm
        .macro  LDS reg:req, bits:req
        MOV64   x10, \bits
        fmov    s\reg, w10
        .endm
        .macro  LDD reg:req, bits:req
        MOV64   x10, \bits
        fmov    d\reg, x10
        .endm
        /* one conversion per FPSR check */
        .macro  CVT label:req, dst:req, src:req, r:req
        msr     fpsr, xzr
        fcvt    \dst, \src
        CHECK   \label, \r, fpsr
        .endm

        .equ    AHP, 0x4000000
        .equ    DN, 0x2000000
        .equ    FZ, 0x1000000
        .equ    RP, 0x400000
        .equ    RZ, 0xc00000

START
        /* FPCR keeps AHP, DN, FZ, RMode; FZ16 (not used here: with
         * FEAT_FP16 it is writable), trap enables and bits 63:27 read 0 */
        FPCR    0xfffffffffff7ffff
        mrs     x0, fpcr
        CHECK   "fpcr-writable", x0
        FPCR    AHP

        /* ---- half -> single, double: 0x1f is a normal exponent ---- */
        LDH     0, 0x7c00
        CVT     "h2s-7c00", s1, h0, s1          /* 2^16 */
        LDH     0, 0xfc00
        CVT     "h2s-fc00", s1, h0, s1          /* -2^16 */
        LDH     0, 0x7fff
        CVT     "h2s-7fff", s1, h0, s1          /* 131008 */
        LDH     0, 0x7e01
        CVT     "h2s-7e01", s1, h0, s1          /* was a NaN */
        LDH     0, 0x0001
        CVT     "h2s-denormal", s1, h0, s1      /* 2^-24, no IDC */
        LDH     0, 0xbc00
        CVT     "h2s-minus1", s1, h0, s1
        LDH     0, 0x7fff
        CVT     "h2d-7fff", d1, h0, d1
        LDH     0, 0xfd00
        CVT     "h2d-fd00", d1, h0, d1

        /* ---- single -> half ---- */
        LDS     0, 0x7f800000
        CVT     "s2h-inf", h1, s0, s1           /* 0x7fff, IOC */
        LDS     0, 0xff800000
        CVT     "s2h-minf", h1, s0, s1          /* 0xffff, IOC */
        LDS     0, 0x7fc00000
        CVT     "s2h-qnan", h1, s0, s1          /* +0, IOC */
        LDS     0, 0xffc00001
        CVT     "s2h-mqnan", h1, s0, s1         /* -0, IOC */
        LDS     0, 0x7f800001
        CVT     "s2h-snan", h1, s0, s1          /* +0, IOC */
        LDS     0, 0x47800000
        CVT     "s2h-65536", h1, s0, s1         /* 0x7c00, exact */
        LDS     0, 0x47ffe000
        CVT     "s2h-131008", h1, s0, s1        /* 0x7fff, exact */
        LDS     0, 0x47fff000
        CVT     "s2h-131040", h1, s0, s1        /* tie, to even: too big: IOC only */
        LDS     0, 0x48000000
        CVT     "s2h-131072", h1, s0, s1        /* IOC only */
        LDS     0, 0x501502f9
        CVT     "s2h-1e10", h1, s0, s1
        LDS     0, 0x477ff000
        CVT     "s2h-65520", h1, s0, s1         /* tie, to even: 0x7c00, IXC */
        LDS     0, 0x3eaaaaab
        CVT     "s2h-third", h1, s0, s1         /* IXC */
        LDS     0, 0x322bcc77
        CVT     "s2h-1e-8", h1, s0, s1          /* to 0: UFC IXC */
        LDS     0, 0x33c00000
        CVT     "s2h-tiny-tie", h1, s0, s1      /* 1.5 * 2^-24: to 2^-23, UFC IXC */
        LDS     0, 0x80000000
        CVT     "s2h-mzero", h1, s0, s1

        /* ---- double -> half (always the exact C conversion) ---- */
        LDD     0, 0x7ff0000000000000
        CVT     "d2h-inf", h1, d0, s1
        LDD     0, 0xfff8000000000000
        CVT     "d2h-mqnan", h1, d0, s1
        LDD     0, 0x7e37e43c8800759c
        CVT     "d2h-1e300", h1, d0, s1
        LDD     0, 0xc0fffe0000000000
        CVT     "d2h-m131040", h1, d0, s1       /* tie, to even: too big */
        LDD     0, 0x40fffc0000000000
        CVT     "d2h-131008", h1, d0, s1

        /* ---- AHP with the other FPCR controls ---- */
        FPCR    AHP | DN
        LDS     0, 0x7fc00000
        CVT     "dn-s2h-qnan", h1, s0, s1       /* AHP first: +0, IOC */
        LDH     0, 0x7e00
        CVT     "dn-h2s-7e00", s1, h0, s1       /* a number */
        FPCR    AHP | RZ
        LDS     0, 0x47ffff80
        CVT     "rz-s2h-131071", h1, s0, s1     /* 0x7fff, IXC: no overflow */
        LDS     0, 0x501502f9
        CVT     "rz-s2h-1e10", h1, s0, s1       /* too big even rounding down: IOC */
        FPCR    AHP | RP
        LDS     0, 0x47ffe080
        CVT     "rp-s2h-131009", h1, s0, s1     /* up past the largest: IOC */
        LDS     0, 0xc7ffe080
        CVT     "rp-s2h-m131009", h1, s0, s1    /* -131008, IXC */
        FPCR    AHP | FZ
        LDS     0, 0x00000001
        CVT     "fz-s2h-denormal", h1, s0, s1   /* single input flushed: IDC */
        LDS     0, 0x358637bd
        CVT     "fz-s2h-1e-6", h1, s0, s1       /* half result not flushed */
        LDH     0, 0x0001
        CVT     "fz-h2s-denormal", s1, h0, s1   /* half input not flushed */
        LDD     0, 0x0000000000000001
        CVT     "fz-d2h-denormal", h1, d0, s1   /* double input flushed: IDC */

        /* ---- AHP off again: IEEE half ---- */
        FPCR    0
        LDS     0, 0x7f800000
        CVT     "ieee-s2h-inf", h1, s0, s1
        LDH     0, 0x7c00
        CVT     "ieee-h2s-inf", s1, h0, s1
        LDS     0, 0x48000000
        CVT     "ieee-s2h-131072", h1, s0, s1   /* overflow: inf, OFC IXC */

        /* ---- live flags survive the slow path (and the fast one) ---- */
        FPCR    AHP
        LDS     0, 0x7f800000
        MOV64   x2, 0x7fffffffffffffff
        mov     x3, #-1
        cmp     x2, x3                          /* N and V set */
        fcvt    h1, s0
        CHECK   "flags-ahp", s1, fpsr
        FPCR    0
        msr     fpsr, xzr
        mov     x2, #1
        cmp     x2, #1                          /* Z and C set */
        fcvt    h1, s0
        CHECK   "flags-ieee", s1, fpsr

        /* ---- in a loop, FPCR.AHP changing between iterations ---- */
        msr     fpsr, xzr
        LOADADDR x20, h_scratch
        LDH     0, 0x7c00
        mov     x4, #0                          /* iteration */
1:      lsl     x9, x4, #26                     /* AHP on odd iterations */
        msr     fpcr, x9
        fcvt    s1, h0
        fcvt    h2, s1
        add     x5, x20, x4, lsl #3
        str     s1, [x5]
        str     h2, [x5, #4]
        add     x4, x4, #1
        cmp     x4, #4
        b.ne    1b
        ldp     x6, x7, [x20]
        ldp     x8, x11, [x20, #16]
        CHECK   "loop", x6, x7, x8, x11, fpsr
        EXIT
