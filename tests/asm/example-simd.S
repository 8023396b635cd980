/* example-simd.S - the example for FP/SIMD tests: set vector registers,
 * run the instruction, dump q/d/s registers and FPSR.  FPSR's cumulative
 * exception bits (IOC=1 DZC=2 OFC=4 UFC=8 IXC=0x10 IDC=0x80) stay set
 * until cleared, so tests clear FPSR before each operation of interest. */
#include "harness.h"

START
        /* Scalar double: 1.5 + 2.25 = 3.75, exact, so FPSR stays 0. */
        msr     fpsr, xzr
        fmov    d0, #1.5
        fmov    d1, #2.25
        fadd    d2, d0, d1
        CHECK   "fadd-d", d2, fpsr

        /* Division by zero: +inf and DZC. */
        msr     fpsr, xzr
        fmov    d3, xzr
        fdiv    d4, d0, d3
        CHECK   "fdiv-by-zero", d4, fpsr

        /* 1/3 in single precision is inexact: IXC. */
        msr     fpsr, xzr
        fmov    s5, #1.0
        fmov    s6, #3.0
        fdiv    s7, s5, s6
        CHECK   "fdiv-s-inexact", s7, fpsr

        /* Out-of-range conversion saturates and sets IOC. */
        msr     fpsr, xzr
        MOV64   x0, 0x43e0000000000000  /* 2^63 */
        fmov    d8, x0
        fcvtzs  w1, d8
        fcvtzs  x2, d8
        CHECK   "fcvtzs-saturate", x1, x2, fpsr

        /* Integer vector add, four 32-bit lanes, with carries not crossing lanes. */
        LOADADDR x10, h_scratch
        MOV64   x0, 0x00000001ffffffff
        MOV64   x1, 0x7fffffff80000000
        stp     x0, x1, [x10]
        MOV64   x0, 0x0000000100000001
        MOV64   x1, 0x0000000180000000
        stp     x0, x1, [x10, #16]
        ldr     q16, [x10]
        ldr     q17, [x10, #16]
        add     v18.4s, v16.4s, v17.4s
        CHECK   "add-4s", q16, q17, q18

        /* Writing a d register zeroes the upper 64 bits of the q register. */
        mov     v19.16b, v16.16b
        fmov    d19, d0
        CHECK   "fmov-d-zeroes-top", q19

        EXIT
