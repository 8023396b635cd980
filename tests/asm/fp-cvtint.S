/* fp-cvtint.S - FP -> integer (FCVTZS/ZU NS/NU AS/AU MS/MU PS/PU to W and
 * X, from single and double) with AArch64 saturation: NaN -> 0, out of
 * range -> the nearest bound (x86 cvt* give 0x80..0 instead); integer ->
 * FP (SCVTF/UCVTF from W and X, correctly rounded in every FPCR mode);
 * and the fixed-point forms with #fbits. */
#include "harness.h"

        .macro  LDD d:req, bits:req
        MOV64   x16, \bits
        fmov    \d, x16
        .endm
        .macro  LDS s:req, bits:req
        MOV64   x16, \bits
        fmov    \s, w16
        .endm

        /* every rounding variant of d0 (or s0) to X and to W */
        .macro  CV label:req, src:req
        fcvtzs  x20, \src
        fcvtzu  x21, \src
        fcvtns  x22, \src
        fcvtnu  x23, \src
        fcvtas  x24, \src
        fcvtau  x25, \src
        fcvtms  x26, \src
        fcvtmu  x27, \src
        fcvtps  x28, \src
        fcvtpu  x29, \src
        CHECK   "\label-x", x20, x21, x22, x23, x24, x25, x26, x27, x28, x29
        fcvtzs  w20, \src
        fcvtzu  w21, \src
        fcvtns  w22, \src
        fcvtnu  w23, \src
        fcvtas  w24, \src
        fcvtau  w25, \src
        fcvtms  w26, \src
        fcvtmu  w27, \src
        fcvtps  w28, \src
        fcvtpu  w29, \src
        CHECK   "\label-w", x20, x21, x22, x23, x24, x25, x26, x27, x28, x29
        .endm
        .macro  CVD label:req, bits:req
        LDD     d0, \bits
        CV      "\label", d0
        .endm
        .macro  CVS label:req, bits:req
        LDS     s0, \bits
        CV      "\label", s0
        .endm

        /* integer x1 (and w1) to double and single, signed and unsigned */
        .macro  IC label:req, val:req
        MOV64   x1, \val
        scvtf   d20, x1
        ucvtf   d21, x1
        scvtf   s22, x1
        ucvtf   s23, x1
        scvtf   d24, w1
        ucvtf   d25, w1
        scvtf   s26, w1
        ucvtf   s27, w1
        CHECK   "\label", d20, d21, s22, s23, d24, d25, s26, s27
        .endm

START
        /* ---- FP -> integer, double ---- */
        CVD     "d-0.5", 0x3fe0000000000000
        CVD     "d-1.5", 0x3ff8000000000000
        CVD     "d-2.5", 0x4004000000000000
        CVD     "d-m0.5", 0xbfe0000000000000
        CVD     "d-m2.5", 0xc004000000000000
        CVD     "d-m0", 0x8000000000000000
        CVD     "d-0.99", 0x3fefffffffffffff
        CVD     "d-m1e10", 0xc202a05f20000000
        CVD     "d-2p31-0.5", 0x41dfffffffe00000
        CVD     "d-2p31", 0x41e0000000000000
        CVD     "d-m2p31-0.5", 0xc1e0000000100000
        CVD     "d-2p32-0.5", 0x41efffffffe00000
        CVD     "d-2p32", 0x41f0000000000000
        CVD     "d-2p63-1024", 0x43dfffffffffffff
        CVD     "d-2p63", 0x43e0000000000000
        CVD     "d-m2p63", 0xc3e0000000000000
        CVD     "d-m2p63-2048", 0xc3e0000000000001
        CVD     "d-2p64-2048", 0x43efffffffffffff
        CVD     "d-2p64", 0x43f0000000000000
        CVD     "d-1e30", 0x46293e5939a08cea
        CVD     "d-inf", 0x7ff0000000000000
        CVD     "d-minf", 0xfff0000000000000
        CVD     "d-qnan", 0x7ff8000000000000
        CVD     "d-mqnan", 0xfff8000000000123
        CVD     "d-2p52p1", 0x4330000000000001 /* integral */
        CVD     "d-2p52-0.5", 0x432fffffffffffff

        /* ---- FP -> integer, single ---- */
        CVS     "s-2.5", 0x40200000
        CVS     "s-m2.5", 0xc0200000
        CVS     "s-0.5", 0x3f000000
        CVS     "s-m1.5", 0xbfc00000
        CVS     "s-2p31", 0x4f000000
        CVS     "s-m2p31", 0xcf000000
        CVS     "s-2p32", 0x4f800000
        CVS     "s-2p32-256", 0x4f7fffff
        CVS     "s-2p63", 0x5f000000
        CVS     "s-m2p63", 0xdf000000
        CVS     "s-2p64", 0x5f800000
        CVS     "s-2p64-2p40", 0x5f7fffff
        CVS     "s-qnan", 0x7fc00000
        CVS     "s-minf", 0xff800000

        /* the rounding variants ignore FPCR; FCVTZ too */
        mov     x9, #0x400000
        msr     fpcr, x9
        CVD     "d-rp-2.5", 0x4004000000000000
        mov     x9, #0x800000
        msr     fpcr, x9
        CVD     "d-rm-m2.5", 0xc004000000000000
        msr     fpcr, xzr

        /* inexact conversions raise IXC, exact ones nothing */
        fmov    d0, #2.5
        fmov    d1, #3.0
        msr     fpsr, xzr
        fcvtzs  x2, d1
        fcvtns  x3, d1
        fcvtmu  w4, d1
        CHECK   "cvt-exact", fpsr
        fcvtns  x5, d0
        CHECK   "cvt-inexact-n", fpsr
        msr     fpsr, xzr
        fcvtpu  w6, d0
        CHECK   "cvt-inexact-p", fpsr
        msr     fpsr, xzr
        fcvtms  x7, d0
        CHECK   "cvt-inexact-m", fpsr
        msr     fpsr, xzr
        fcvtzu  x8, d0
        CHECK   "cvt-inexact-z", fpsr
        msr     fpsr, xzr
        fcvtas  x9, d1
        CHECK   "cvt-exact-a", fpsr
        fcvtau  w9, d0
        CHECK   "cvt-inexact-a", fpsr
        msr     fpsr, xzr
        /* saturation raises IOC (signed forms) */
        LDD     d2, 0x46293e5939a08cea  /* 1e30 */
        fneg    d3, d2
        LDD     d4, 0x7ff8000000000000
        LDD     d5, 0x41e0000000000000  /* 2^31 */
        fcvtzs  x10, d2
        CHECK   "sat-x-pos", x10, fpsr
        msr     fpsr, xzr
        fcvtns  w10, d3
        CHECK   "sat-w-neg", x10, fpsr
        msr     fpsr, xzr
        fcvtms  x10, d4
        CHECK   "sat-x-nan", x10, fpsr
        msr     fpsr, xzr
        fcvtzs  w10, d5
        CHECK   "sat-w-2p31", x10, fpsr
        msr     fpsr, xzr
        LDS     s6, 0xffc00000          /* a NaN single */
        fcvtzs  w10, s6
        CHECK   "sat-w-snan", x10, fpsr
        msr     fpsr, xzr

        /* ---- integer -> FP ---- */
        IC      "i-0", 0
        IC      "i-1", 1
        IC      "i-m1", 0xffffffffffffffff
        IC      "i-intmax", 0x000000007fffffff
        IC      "i-intmin", 0xffffffff80000000
        IC      "i-w-dirty", 0xdeadbeef00000003
        IC      "i-2p53p1", 0x0020000000000001
        IC      "i-2p53p3", 0x0020000000000003
        IC      "i-s-tie", 0x0000000001000001 /* 2^24+1: single tie */
        IC      "i-s-tie2", 0x0000000001000003
        IC      "i-x-max", 0x7fffffffffffffff
        IC      "i-x-min", 0x8000000000000000
        IC      "i-x-top1", 0x8000000000000001
        IC      "i-x-u-tie", 0x8000000000000400 /* unsigned: tie for double */
        IC      "i-x-u-tie1", 0x8000000000000401 /* just above the tie */
        IC      "i-x-u-tie3", 0x8000000000000c00 /* tie, rounds up to even */
        IC      "i-x-u-sticky", 0xffffff7fffffffff
        IC      "i-x-u-high", 0xfffffffffffff800
        IC      "i-w-u", 0x00000000ffffff7f
        IC      "i-w-u2", 0x00000000ffffffbf
        .irp    mode, 0x400000, 0x800000, 0xc00000
        mov     x9, #\mode
        msr     fpcr, x9
        IC      "i-rm\mode-a", 0x0020000000000001
        IC      "i-rm\mode-b", 0xfffffffffffff801
        IC      "i-rm\mode-c", 0x8000000000000401
        IC      "i-rm\mode-d", 0xfffffffffffffffd
        .endr
        msr     fpcr, xzr

        /* destination upper part is cleared; W source ignores top half */
        MOV64   x16, 0xa5a5a5a5a5a5a5a5
        fmov    d30, x16
        fmov    v30.d[1], x16
        fmov    d31, x16
        fmov    v31.d[1], x16
        mov     x10, #7
        scvtf   d30, x10
        ucvtf   s31, w16
        CHECK   "i-upper", q30, q31
        mov     x11, #-3
        scvtf   d29, xzr
        ucvtf   d28, x11
        CHECK   "i-misc", d29, d28

        /* ---- fixed point ---- */
        MOV64   x1, 0x0000000000018000  /* 1.5 in 16.16 */
        scvtf   d20, x1, #16
        ucvtf   s21, w1, #16
        scvtf   d22, w1, #32
        MOV64   x2, 0xffffffffffffffff
        scvtf   d23, x2, #64            /* -2^-64 */
        ucvtf   d24, x2, #64            /* just below 1 */
        ucvtf   s25, x2, #1
        scvtf   s26, w2, #1             /* -0.5 */
        CHECK   "fixed-to-fp", d20, s21, d22, d23, d24, s25, s26
        fmov    d0, #1.5
        fmov    s1, #-2.5
        fcvtzs  x20, d0, #16
        fcvtzu  w21, d0, #32
        fcvtzs  w22, s1, #4
        fcvtzu  x23, s1, #4             /* negative: 0 */
        fcvtzs  x24, d0, #64            /* overflow: saturates */
        fcvtzu  x25, d0, #64
        fcvtzs  w26, d0, #31            /* 1.5 * 2^31: saturates */
        fcvtzu  w27, d0, #31
        fcvtzs  x28, s1, #1
        CHECK   "fp-to-fixed", x20, x21, x22, x23, x24, x25, x26, x27, x28

        EXIT
