/* dpreg-logic.S - AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (shifted
 * register, including ROR) and the MOV, MVN and TST aliases: every shift
 * type and amount class, XZR, aliasing, W forms with dirty upper bits,
 * ANDS clearing C and V, and NZCV across the non-S forms. */
#include "harness.h"

START
        /* ---- every operation x shift type x amount, X and W */
        MOV64   x1, 0xf0f0ff00a5a5c3c3
        MOV64   x2, 0x8123456789abcdef
        MOV64   x20, 0x0ff0f00f3c3c5a5a
        MOV64   x21, 0x7edcba9876543211
        .irp op, and, bic, orr, orn, eor, eon
        .irp sh, lsl, lsr, asr, ror
        .irp amt, 0, 1, 4, 31, 63
        \op     x3, x1, x2, \sh #\amt
        \op     x22, x20, x21, \sh #\amt
        \op     x4, x20, x2, \sh #\amt
        \op     x23, x1, x21, \sh #\amt
        CHECK   "\op-x-\sh-\amt", x3, x22, x4, x23
        .endr
        .irp amt, 0, 1, 16, 31
        \op     w3, w1, w2, \sh #\amt
        \op     w22, w20, w21, \sh #\amt
        \op     w4, w20, w2, \sh #\amt
        CHECK   "\op-w-\sh-\amt", x3, x22, x4
        .endr
        .endr
        .endr

        /* ---- ANDS/BICS/TST: N and Z from the result, C and V cleared */
        .irp op, ands, bics
        .irp sh, lsl, lsr, asr, ror
        .irp amt, 0, 1, 31, 63
        MOV64   x9, 0xf0000000
        msr     nzcv, x9                /* all of NZCV set beforehand */
        \op     x3, x1, x2, \sh #\amt
        CHECK   "\op-x-\sh-\amt", x3
        \op     x24, x20, x21, \sh #\amt
        CHECK   "\op-x-mem-\sh-\amt", x24
        .endr
        .irp amt, 0, 1, 31
        msr     nzcv, x9
        \op     w25, w1, w21, \sh #\amt
        CHECK   "\op-w-\sh-\amt", x25
        .endr
        .endr
        .endr
        MOV64   x5, 0x00000000ffffffff
        MOV64   x6, 0xffffffff00000000
        MOV64   x26, 0x8000000000000000
        ands    x3, x5, x6
        CHECK   "ands-zero", x3
        ands    w3, w5, w5
        CHECK   "ands-w-neg", x3
        ands    w3, w6, w6
        CHECK   "ands-w-zero", x3
        tst     x26, x26
        CHECK   "tst-neg"
        tst     x5, x6
        CHECK   "tst-zero"
        tst     x26, x6, lsl #31
        CHECK   "tst-shift"
        tst     w26, w5, ror #1
        CHECK   "tst-w"
        tst     x26, x26, lsr #1
        CHECK   "tst-self"
        tst     xzr, x5
        CHECK   "tst-xzr"
        bics    xzr, x5, x6
        CHECK   "bics-xzr-dest"
        bics    x3, x5, xzr
        CHECK   "bics-rm-xzr", x3
        ands    x3, xzr, x5
        CHECK   "ands-rn-xzr", x3

        /* ---- MOV and MVN: registers, W zero-extension, XZR, unmapped */
        MOV64   x1, 0xdeadbeefcafef00d
        MOV64   x20, 0x0123456789abcdef
        mov     x3, x1
        mov     w4, w1
        mov     x21, x1
        mov     w22, w1
        mov     x5, x20
        mov     w6, w20
        mov     x23, x20
        mov     w24, w20
        CHECK   "mov", x3, x4, x21, x22, x5, x6, x23, x24
        mov     w1, w1
        mov     w20, w20
        mov     x25, xzr
        mov     w7, wzr
        mov     x2, x2
        CHECK   "mov-self-zero", x1, x20, x25, x7, x2
        MOV64   x1, 0xdeadbeefcafef00d
        MOV64   x20, 0x0123456789abcdef
        mvn     x3, x1
        mvn     w4, w1
        mvn     x21, x20
        mvn     w22, w20
        mvn     x5, xzr
        mvn     w26, wzr
        mvn     x6, x1, lsl #4
        mvn     w23, w20, ror #8
        CHECK   "mvn", x3, x4, x21, x22, x5, x26, x6, x23
        mvn     x1, x1
        mvn     w20, w20
        CHECK   "mvn-self", x1, x20
        /* shifted moves (ORR with XZR and a shift) */
        MOV64   x1, 0x8000000000000001
        orr     x3, xzr, x1, lsl #1
        orr     x4, xzr, x1, asr #63
        orr     w5, wzr, w1, ror #1
        eor     x6, xzr, x1, lsr #63
        orn     x21, xzr, x1, asr #1
        eon     w22, wzr, w1, lsl #31
        and     x23, xzr, x1
        CHECK   "shifted-mov", x3, x4, x5, x6, x21, x22, x23
        orr     x3, x1, xzr
        eor     x4, x1, xzr, ror #5
        orn     x5, x1, xzr
        bic     x6, x1, xzr
        eon     x21, x1, xzr
        CHECK   "rm-xzr", x3, x4, x5, x6, x21
        MOV64   x9, 0x5555
        orr     xzr, x1, x9
        and     wzr, w1, w9
        CHECK   "xzr-dest", x1, x9

        /* ---- aliasing */
        MOV64   x1, 0x00ff00ff00ff00ff
        MOV64   x20, 0x0f0f0f0f0f0f0f0f
        mov     x2, x1
        and     x2, x2, x2, lsl #8
        mov     x3, x1
        eor     x3, x3, x3, ror #4
        mov     x4, x1
        bic     x4, x1, x4, lsr #4
        mov     x21, x20
        orn     x21, x1, x21, ror #60
        mov     x22, x20
        eon     x22, x22, x22
        mov     x23, x20
        orr     x23, x23, x23
        mov     x5, x1
        ands    x5, x5, x5, lsl #4
        CHECK   "alias", x2, x3, x4, x21, x22, x23, x5
        MOV64   x6, 0xffffffff0f0f0f0f
        and     w6, w6, w6
        CHECK   "alias-w", x6

        /* ---- rd == rn without a host register: in place on the home slot */
        MOV64   x1, 0x00000000ffff0000
        MOV64   x9, 0xf0f0f0f0f0f0f0f0
        MOV64   x10, 0x3333333333333333
        mov     x11, x9
        and     x11, x11, x1
        mov     x12, x9
        orr     x12, x12, x10, lsl #4
        mov     x13, x9
        eon     x13, x13, x10
        mov     x14, x9
        bic     x14, x14, xzr
        mov     x15, x9
        orn     x15, x15, xzr
        mov     x16, x9
        eor     x16, x16, x16, ror #4
        CHECK   "rmw", x11, x12, x13, x14, x15, x16
        mov     x11, x9
        ands    x11, x11, x1
        CHECK   "rmw-ands", x11
        mov     x12, x9
        bics    x12, x12, x10, lsl #1
        CHECK   "rmw-bics", x12
        MOV64   x13, 0xffffffff0000ffff
        and     w13, w13, w1, lsr #16
        CHECK   "w-not-in-place", x13

        /* ---- W forms: results zero-extended, upper source bits ignored */
        MOV64   x1, 0xffffffff00000000
        MOV64   x2, 0xaaaaaaaa00000000
        and     w3, w1, w2
        orr     w4, w1, w2
        orn     w5, w1, w2
        eor     w6, w1, w2, lsr #31
        bic     w21, w1, w2
        CHECK   "w-dirty", x3, x4, x5, x6, x21

        /* ---- NZCV across non-S logical ops (flags live: must survive) */
        MOV64   x1, 0x3
        MOV64   x2, 0x5
        MOV64   x20, 0x9
        cmp     x1, x2
        and     x3, x1, x2
        orr     x4, x1, x2, lsl #4
        eor     x21, x20, x2
        mov     x5, x20
        mvn     x6, x1
        bic     x22, x20, x1
        cset    x7, lt
        CHECK   "keep-flags", x3, x4, x21, x5, x6, x22, x7
        cmn     x1, x2
        CHECK   "keep-flags-mem-before"
        orr     x3, x1, x2
        mov     x4, x2
        cset    x5, ne
        CHECK   "keep-flags-mem", x3, x4, x5
        tst     x1, x2
        mov     x3, x20
        b.ne    1f
        mov     x3, #0
1:      CHECK   "tst-branch", x3

        EXIT
