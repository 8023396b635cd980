/* fp-fix-fz-minmax.S - scalar FMIN/FMAX/FMINNM/FMAXNM under FPCR.FZ
 * flush denormal operands to zeros of their sign before comparing (ferry
 * once returned the denormal's bits); also with a quiet NaN against a
 * denormal (the NM forms return the flushed number).  FPSR is not shown:
 * the Input Denormal flag is a known difference.  Expected output from
 * qemu-aarch64. */
#include "harness.h"

        .macro PAIR a, b, da, db
        MOV64   x0, \a
        MOV64   x1, \b
        fmov    s0, w0
        fmov    s1, w1
        MOV64   x0, \da
        MOV64   x1, \db
        fmov    d2, x0
        fmov    d3, x1
        fmin    s4, s0, s1
        fmax    s5, s0, s1
        fminnm  s6, s1, s0
        fmaxnm  s7, s1, s0
        fmin    d16, d2, d3
        fmax    d17, d2, d3
        fminnm  d18, d3, d2
        fmaxnm  d19, d3, d2
        CHECK   "\a-\b", q4, q5, q6, q7, q16, q17, q18, q19
        .endm

        .macro ALL
        PAIR    0x00000001, 0x00000002, 0x0000000000000001, 0x0000000000000002
        PAIR    0x807fffff, 0x00000005, 0x800fffffffffffff, 0x0000000000000005
        PAIR    0x00400000, 0x80000003, 0x0008000000000000, 0x8000000000000003
        PAIR    0x80000001, 0x3f800000, 0x8000000000000001, 0x3ff0000000000000
        PAIR    0x00000001, 0x80000000, 0x0000000000000001, 0x8000000000000000
        PAIR    0x80400000, 0xbf800000, 0x8008000000000000, 0xbff0000000000000
        PAIR    0x7fc00000, 0x80000007, 0x7ff8000000000000, 0x8000000000000007
        PAIR    0x00000009, 0x7fc00000, 0x0000000000000009, 0x7ff8000000000000
        .endm

START
        MOV64   x0, 0x1000000           /* FZ */
        msr     fpcr, x0
        ALL
        MOV64   x0, 0x1c00000           /* FZ, round toward zero */
        msr     fpcr, x0
        PAIR    0x807fffff, 0x00000005, 0x800fffffffffffff, 0x0000000000000005
        msr     fpcr, xzr               /* no FZ: denormals are numbers */
        ALL
        EXIT
