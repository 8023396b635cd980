/* dpimm-bitfield.S - the SBFM/UBFM/BFM aliases with boundary values:
 * LSL/LSR/ASR #imm (0, 1, 31, 63), SXTB/SXTH/SXTW, UXTB/UXTH, UBFX/SBFX/UBFIZ/SBFIZ,
 * BFI/BFXIL (bottom, middle and top fields), W forms with dirty upper
 * halves, rd == rn, XZR source, and flags left alone by the extensions. */
#include "harness.h"

START
        MOV64   x1, 0x8123456789abcdef
        MOV64   x11, 0x8123456789abcdef

        /* shifts by immediate */
        lsl     x2, x1, #1
        lsl     x3, x1, #3
        lsl     x4, x1, #4
        lsl     x5, x1, #63
        lsr     x6, x1, #1
        lsr     x7, x1, #63
        CHECK   "lsl-lsr-x", x2, x3, x4, x5, x6, x7
        asr     x2, x1, #1
        asr     x3, x1, #63
        asr     x4, x1, #0
        lsr     x5, x1, #0
        lsl     x6, x1, #0
        lsl     x12, x11, #2                    /* unmapped source */
        lsr     x13, x11, #32
        asr     x14, x11, #32
        CHECK   "asr-x", x2, x3, x4, x5, x6, x12, x13, x14
        lsl     w2, w1, #1
        lsl     w3, w1, #3
        lsl     w4, w1, #31
        lsr     w5, w1, #1
        lsr     w6, w1, #31
        asr     w7, w1, #31
        CHECK   "shift-w", x2, x3, x4, x5, x6, x7
        asr     w2, w1, #1
        asr     w3, w1, #0                      /* dirty upper half cleared */
        lsr     w4, w1, #0
        lsl     w5, w1, #0
        lsl     w12, w11, #3
        asr     w13, w11, #4
        lsr     w14, w11, #0
        CHECK   "shift-w2", x2, x3, x4, x5, x12, x13, x14
        MOV64   x2, 0x00000000ffffffff
        lsl     x2, x2, #2                      /* rd == rn */
        MOV64   x15, 0xf000000000000000
        asr     x15, x15, #3
        MOV64   x16, 0x8000000000000011
        lsl     x16, x16, #5
        MOV64   x17, 0x8000000000000011
        lsr     x17, x17, #9
        MOV64   x18, 0x8000000000000011
        asr     x18, x18, #1
        MOV64   x19, 0x8000000000000011
        lsl     x19, x19, #1
        lsr     x19, x19, #63
        CHECK   "shift-same", x2, x15, x16, x17, x18, x19

        /* extensions */
        sxtb    x2, w1
        sxth    x3, w1
        sxtw    x4, w1
        uxtb    w5, w1
        uxth    w6, w1
        sxtb    w7, w1
        CHECK   "ext", x2, x3, x4, x5, x6, x7
        sxth    w2, w1
        sxtb    x12, w11
        sxth    x13, w11
        sxtw    x14, w11
        uxtb    w15, w11
        uxth    w16, w11
        sxtb    w17, w11
        sxth    w18, w11
        CHECK   "ext-unmapped", x2, x12, x13, x14, x15, x16, x17, x18
        MOV64   x1, 0x7fffffff7f7f7f7f          /* positive fields */
        sxtb    x2, w1
        sxth    x3, w1
        sxtw    x4, w1
        sxtb    w5, w1
        sxth    w6, w1
        ubfx    x7, x1, #0, #32                 /* uxtw */
        CHECK   "ext-pos", x2, x3, x4, x5, x6, x7
        sxtb    x2, wzr
        uxth    w3, wzr
        CHECK   "ext-xzr", x2, x3
        /* extensions are flag-free: cmp ... sxtw ... b.cond */
        mov     x1, #-5
        cmp     x1, #0                          /* N */
        sxtw    x2, w1
        uxtb    w3, w1
        sxth    w4, w1
        uxth    x5, w1
        b.pl    1f
        add     x2, x2, #1
1:      CHECK   "ext-keeps-flags", x2, x3, x4, x5

        /* UBFX / SBFX */
        MOV64   x1, 0x8123456789abcdef
        ubfx    x2, x1, #4, #8
        ubfx    x3, x1, #0, #12
        ubfx    x4, x1, #60, #4
        ubfx    x5, x1, #1, #63
        ubfx    x6, x1, #32, #16
        ubfx    x7, x1, #8, #8
        CHECK   "ubfx", x2, x3, x4, x5, x6, x7
        sbfx    x2, x1, #4, #8
        sbfx    x3, x1, #0, #12
        sbfx    x4, x1, #60, #4
        sbfx    x5, x1, #1, #63
        sbfx    x6, x1, #32, #16
        sbfx    x7, x1, #8, #8
        CHECK   "sbfx", x2, x3, x4, x5, x6, x7
        ubfx    w2, w1, #4, #8
        ubfx    w3, w1, #31, #1
        ubfx    w4, w1, #0, #31
        sbfx    w5, w1, #4, #8
        sbfx    w6, w1, #31, #1
        sbfx    w7, w1, #0, #1
        CHECK   "bfx-w", x2, x3, x4, x5, x6, x7
        ubfx    x12, x11, #20, #30
        sbfx    x13, x11, #20, #30
        ubfx    w14, w11, #3, #5
        sbfx    w15, w11, #27, #5
        ubfx    x16, x11, #0, #1
        sbfx    x17, x11, #0, #1
        CHECK   "bfx-unmapped", x12, x13, x14, x15, x16, x17

        /* UBFIZ / SBFIZ */
        ubfiz   x2, x1, #4, #8
        ubfiz   x3, x1, #63, #1
        ubfiz   x4, x1, #8, #16                 /* 16-bit field */
        ubfiz   x5, x1, #16, #32                /* 32-bit field */
        sbfiz   x6, x1, #4, #8
        sbfiz   x7, x1, #8, #32
        CHECK   "bfiz-x", x2, x3, x4, x5, x6, x7
        sbfiz   x2, x1, #1, #4
        sbfiz   x3, x1, #63, #1
        ubfiz   w4, w1, #4, #8
        ubfiz   w5, w1, #31, #1
        sbfiz   w6, w1, #4, #12
        sbfiz   w7, w1, #16, #16
        CHECK   "bfiz-w", x2, x3, x4, x5, x6, x7
        ubfiz   x12, x11, #3, #20
        sbfiz   x13, x11, #3, #20
        ubfiz   w14, w11, #24, #8
        sbfiz   w15, w11, #24, #8
        sbfiz   x16, x11, #1, #63
        ubfiz   x17, x11, #1, #62
        CHECK   "bfiz-unmapped", x12, x13, x14, x15, x16, x17

        /* BFI / BFXIL: fields at the bottom, middle and top */
        MOV64   x1, 0x0123456789abcdef
        MOV64   x9, 0xfedcba9876543210
        add     x2, x9, #0
        bfi     x2, x1, #0, #8
        add     x3, x9, #0
        bfi     x3, x1, #32, #32
        add     x4, x9, #0
        bfi     x4, x1, #48, #16
        add     x5, x9, #0
        bfi     x5, x1, #56, #8
        add     x6, x9, #0
        bfi     x6, x1, #20, #9
        add     x7, x9, #0
        bfi     x7, x1, #1, #63
        CHECK   "bfi-x", x2, x3, x4, x5, x6, x7
        MOV64   x10, 0x8000000000000005
        add     x2, x9, #0
        bfi     x2, x10, #60, #4
        add     x3, x9, #0
        bfxil   x3, x1, #0, #32
        add     x4, x9, #0
        bfxil   x4, x1, #56, #8
        add     x5, x9, #0
        bfxil   x5, x1, #4, #40
        add     x6, x9, #0
        bfxil   x6, x10, #63, #1
        add     x7, x9, #0
        bfxil   x7, x1, #0, #64                 /* whole register */
        CHECK   "bfxil-x", x2, x3, x4, x5, x6, x7
        /* W forms: rd has a dirty upper half that must be cleared */
        add     x2, x9, #0
        bfi     w2, w1, #16, #16
        add     x3, x9, #0
        bfi     w3, w1, #24, #8
        add     x4, x9, #0
        bfi     w4, w1, #8, #8
        add     x5, x9, #0
        bfxil   w5, w1, #0, #16
        add     x6, x9, #0
        bfxil   w6, w1, #28, #4
        add     x7, x9, #0
        bfi     w7, w1, #0, #32
        CHECK   "bf-w", x2, x3, x4, x5, x6, x7
        add     x12, x9, #0
        bfi     x12, x1, #32, #32
        add     x13, x9, #0
        bfxil   x13, x1, #16, #16
        add     x14, x9, #0
        bfi     w14, w1, #4, #24
        add     x15, x9, #0
        bfxil   w15, w9, #8, #8                 /* rn is rd's old value too */
        add     x16, x1, #0
        bfi     x16, x16, #8, #8                /* rd == rn */
        add     x2, x1, #0
        bfxil   x2, x2, #8, #8
        CHECK   "bf-unmapped", x12, x13, x14, x15, x16, x2
        add     x3, x9, #0
        bfi     x3, xzr, #4, #8                 /* bfc */
        add     x4, x9, #0
        bfxil   w4, wzr, #0, #12
        CHECK   "bfc", x3, x4
        EXIT
