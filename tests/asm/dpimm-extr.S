/* dpimm-extr.S - EXTR and its ROR (immediate) alias: lsb 0, 1, 31, 32, 63,
 * W forms with dirty upper halves, and every aliasing of rd/rn/rm. */
#include "harness.h"

START
        MOV64   x1, 0x0123456789abcdef
        MOV64   x2, 0xfedcba9876543210
        MOV64   x11, 0x0123456789abcdef
        MOV64   x12, 0xfedcba9876543210
        extr    x3, x1, x2, #0
        extr    x4, x1, x2, #1
        extr    x5, x1, x2, #32
        extr    x6, x1, x2, #63
        extr    x7, x2, x1, #4
        CHECK   "extr-x", x3, x4, x5, x6, x7
        extr    x13, x11, x12, #0
        extr    x14, x11, x12, #8
        extr    x15, x11, x2, #60               /* unmapped rn, mapped rm */
        extr    x16, x1, x12, #16               /* mapped rn, unmapped rm */
        CHECK   "extr-unmapped", x13, x14, x15, x16
        extr    w3, w1, w2, #0
        extr    w4, w1, w2, #1
        extr    w5, w1, w2, #16
        extr    w6, w1, w2, #31
        extr    w13, w11, w12, #24
        extr    w14, w12, w11, #0
        CHECK   "extr-w", x3, x4, x5, x6, x13, x14

        /* ROR */
        ror     x3, x1, #1
        ror     x4, x1, #63
        ror     x5, x1, #32
        ror     x6, x1, #0
        ror     w7, w1, #4
        ror     w13, w11, #31
        ror     w14, w11, #0
        CHECK   "ror", x3, x4, x5, x6, x7, x13, x14

        /* aliasing: rd == rn, rd == rm, rd == rn == rm */
        add     x3, x1, #0
        extr    x3, x3, x2, #12                 /* rd == rn */
        add     x4, x2, #0
        extr    x4, x1, x4, #12                 /* rd == rm */
        add     x5, x1, #0
        ror     x5, x5, #12
        add     x17, x11, #0
        extr    x17, x17, x12, #12
        add     x18, x12, #0
        extr    x18, x11, x18, #12
        add     w6, w1, #0
        extr    w6, w6, w2, #20
        CHECK   "extr-alias", x3, x4, x5, x17, x18, x6

        /* XZR operands: extr with xzr is a shift */
        extr    x3, xzr, x1, #8                 /* lsr 8 */
        extr    x4, x1, xzr, #8                 /* lsl 56 */
        extr    w5, wzr, w1, #4
        extr    w6, w1, wzr, #28
        CHECK   "extr-xzr", x3, x4, x5, x6
        EXIT
