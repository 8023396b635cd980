/* dpimm-bitfield-all.S - SBFM/UBFM/BFM for every immr/imms pair, X and W,
 * from mapped (x1) and unmapped (x13) sources into mapped and unmapped
 * destinations; results are folded into one checksum per group.
 * dpimm-bitfield.S prints the common aliases one by one. */
#include "harness.h"

        .macro  FOLD r
        eor     x20, \r, x20, ror #7
        add     x20, x20, x20, lsl #5
        .endm

/* opc: 0 SBFM, 1 BFM, 2 UBFM */
        .macro  BFM_OP sf, opc, rd, rn, immr, imms
        .inst   ((\sf) << 31) | ((\opc) << 29) | 0x13000000 | ((\sf) << 22) | ((\immr) << 16) | ((\imms) << 10) | ((\rn) << 5) | (\rd)
        .endm

        .macro  BF_ONE sf, r, s
        BFM_OP  \sf, 2, 2, 1, \r, \s            /* ubfm x2, x1 */
        BFM_OP  \sf, 0, 12, 1, \r, \s           /* sbfm x12, x1 */
        BFM_OP  \sf, 2, 3, 13, \r, \s           /* ubfm x3, x13 */
        BFM_OP  \sf, 0, 14, 13, \r, \s          /* sbfm x14, x13 */
        add     x4, x11, #0
        BFM_OP  \sf, 1, 4, 1, \r, \s            /* bfm x4, x1 */
        add     x15, x11, #0
        BFM_OP  \sf, 1, 15, 13, \r, \s          /* bfm x15, x13 */
        add     x5, x1, #0
        BFM_OP  \sf, 1, 5, 5, \r, \s            /* bfm x5, x5 */
        FOLD    x2
        FOLD    x12
        FOLD    x3
        FOLD    x14
        FOLD    x4
        FOLD    x15
        FOLD    x5
        .endm

        .macro  BF_ALL sf, n
        .set    .Lr, 0
        .rept   \n
        .set    .Ls, 0
        .rept   \n
        BF_ONE  \sf, .Lr, .Ls
        .set    .Ls, .Ls + 1
        .endr
        .set    .Lr, .Lr + 1
        .endr
        .endm

START
        MOV64   x1, 0x8123456789abcdef
        MOV64   x13, 0x7edcba98f6543210
        MOV64   x11, 0xa5a5a5a55a5a5a5a
        mov     x20, #0
        BF_ALL  1, 64
        CHECK   "x", x20
        mov     x20, #0
        BF_ALL  0, 32
        CHECK   "w", x20
        MOV64   x1, 0x0123456779abcdef
        MOV64   x13, 0xfedcba9886543210
        mov     x20, #0
        BF_ALL  0, 32
        CHECK   "w-other-signs", x20
        EXIT
