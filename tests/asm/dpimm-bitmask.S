/* dpimm-bitmask.S - every valid logical-immediate encoding (N:immr:imms,
 * 5334 of them for X registers, and every W one including the ignored
 * immr<5>), through MOV/AND/ORR/EOR/ANDS/TST.  Results and NZCV are folded
 * into a checksum per group; the count of encodings is printed too.
 * Reserved encodings are skipped here (dpimm-undef.S covers them). */
#include "harness.h"

/* Highest set bit of N:NOT(imms) gives the element size; an element of
 * all ones (imms == levels) is reserved. */
        .macro  BM_VALID n, imms
        .set    .Lc, ((\n) << 6) | (~(\imms) & 0x3f)
        .set    .Llen, 0
        .if .Lc >= 2
        .set    .Llen, 1
        .endif
        .if .Lc >= 4
        .set    .Llen, 2
        .endif
        .if .Lc >= 8
        .set    .Llen, 3
        .endif
        .if .Lc >= 16
        .set    .Llen, 4
        .endif
        .if .Lc >= 32
        .set    .Llen, 5
        .endif
        .if .Lc >= 64
        .set    .Llen, 6
        .endif
        .set    .Llev, (1 << .Llen) - 1
        .set    .Lok, 0
        .if .Llen >= 1
        .if ((\imms) & .Llev) != .Llev
        .set    .Lok, 1
        .endif
        .endif
        .endm

/* op: 0 AND, 1 ORR, 2 EOR, 3 ANDS; sf selects X/W. */
        .macro  LOGI sf, op, rd, rn, n, immr, imms
        .inst   ((\sf) << 31) | ((\op) << 29) | 0x12000000 | ((\n) << 22) | ((\immr) << 16) | ((\imms) << 10) | ((\rn) << 5) | (\rd)
        .endm

/* xor alone would cancel out over a rotation-closed set of values */
        .macro  FOLD r
        eor     x20, \r, x20, ror #7
        add     x20, x20, x20, lsl #5
        .endm

        .macro  BM_ONE sf, n, immr, imms
        BM_VALID \n, \imms
        .if .Lok
        LOGI    \sf, 1, 2, 31, \n, \immr, \imms         /* mov x2, #imm */
        LOGI    \sf, 0, 15, 1, \n, \immr, \imms         /* and x15, x1 */
        LOGI    \sf, 1, 3, 10, \n, \immr, \imms         /* orr x3, x10 */
        LOGI    \sf, 2, 4, 1, \n, \immr, \imms          /* eor x4, x1 */
        LOGI    \sf, 3, 5, 11, \n, \immr, \imms         /* ands x5, x11 */
        mrs     x6, nzcv
        LOGI    \sf, 3, 31, 12, \n, \immr, \imms        /* tst x12 */
        mrs     x7, nzcv
        LOGI    \sf, 3, 31, 1, \n, \immr, \imms         /* tst x1 */
        mrs     x16, nzcv
        FOLD    x2
        FOLD    x15
        FOLD    x3
        FOLD    x4
        FOLD    x5
        FOLD    x6
        FOLD    x7
        FOLD    x16
        add     x21, x21, #1
        .endif
        .endm

        .macro  BM_ALL sf, n
        .set    .Limms, 0
        .rept   64
        .set    .Limmr, 0
        .rept   64
        BM_ONE  \sf, \n, .Limmr, .Limms
        .set    .Limmr, .Limmr + 1
        .endr
        .set    .Limms, .Limms + 1
        .endr
        .endm

        .macro  SOURCES
        MOV64   x1, 0xdeadbeef0f1e2d3c
        MOV64   x10, 0x8000000180000001
        MOV64   x11, 0xfedcba9876543210
        MOV64   x12, 0x00000000ffff0000
        mov     x20, #0
        mov     x21, #0
        .endm

START
        SOURCES
        BM_ALL  1, 1
        CHECK   "x-n1", x20, x21
        SOURCES
        BM_ALL  1, 0
        CHECK   "x-n0", x20, x21
        SOURCES
        BM_ALL  0, 0
        CHECK   "w", x20, x21
        EXIT
