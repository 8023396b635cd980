/* ldst-pair.S - LDP/STP of W and X registers, LDPSW, LDNP/STNP, in the
 * signed-offset, pre-index and post-index forms; SP as base, XZR stores,
 * loads that overwrite the base, and the writeback-vs-load cases. */
#include "harness.h"

START
        LOADADDR x20, h_scratch
        mov     x9, #0
1:      add     w10, w9, w9, lsl #1
        add     w10, w10, #0x80
        strb    w10, [x20, x9]
        add     x9, x9, #1
        cmp     x9, #4096
        b.ne    1b

        add     x21, x20, #1024

        /* signed offsets at both ends of the range */
        ldp     x2, x3, [x21, #-512]
        ldp     x4, x5, [x21, #504]
        ldp     w6, w7, [x21, #-256]
        ldp     w12, w13, [x21, #252]
        CHECK   "ldp-offset", x2, x3, x4, x5, x6, x7, x12, x13

        /* LDPSW: negative and positive words */
        MOV64   x9, 0x7fffffff80000001
        str     x9, [x21]
        ldpsw   x2, x3, [x21]
        ldpsw   x12, x13, [x21, #-8]
        CHECK   "ldpsw", x2, x3, x12, x13

        /* stores, with XZR in either slot */
        MOV64   x9, 0x1111111122222222
        MOV64   x10, 0x3333333344444444
        stp     x9, x10, [x21, #16]
        stp     w10, w9, [x21, #32]
        stp     xzr, x9, [x21, #48]
        stp     w9, wzr, [x21, #64]
        stp     xzr, xzr, [x21, #80]
        ldp     x2, x3, [x21, #16]
        ldp     x4, x5, [x21, #32]
        ldp     x6, x7, [x21, #48]
        ldp     x12, x13, [x21, #64]
        ldr     x14, [x21, #80]
        CHECK   "stp", x2, x3, x4, x5, x6, x7, x12, x13, x14

        /* pre-index and post-index writeback */
        add     x21, x20, #2048
        ldp     x2, x3, [x21, #-16]!
        sub     x4, x21, x20
        ldp     w5, w6, [x21], #-64
        sub     x7, x21, x20
        stp     x2, x3, [x21, #8]!
        sub     x12, x21, x20
        stp     w2, w3, [x21], #24
        sub     x13, x21, x20
        ldpsw   x14, x15, [x21, #-24]!
        sub     x16, x21, x20
        ldpsw   x17, x18, [x21], #8
        sub     x19, x21, x20
        CHECK   "writeback", x2, x3, x4, x5, x6, x7, x12, x13, x14, x15, x16, x17, x18, x19

        /* writeback with the base in a host register */
        add     x1, x20, #3000
        ldp     x2, x3, [x1, #16]!
        stp     x3, x2, [x1], #-32
        sub     x4, x1, x20
        ldp     x5, x6, [x1, #32]
        CHECK   "wb-mapped", x2, x3, x4, x5, x6

        /* non-temporal pairs */
        add     x21, x20, #512
        MOV64   x9, 0xaaaabbbbccccdddd
        stnp    x9, x21, [x21, #-8]
        stnp    w9, w9, [x21, #8]
        ldnp    x2, x3, [x21, #-8]
        sub     x3, x3, x20
        ldnp    w4, w5, [x21, #4]
        CHECK   "nontemporal", x2, x3, x4, x5

        /* the base register as the first destination, no writeback */
        add     x0, x20, #128
        ldp     x0, x1, [x0]
        add     x12, x20, #128
        ldp     x12, x13, [x12]
        add     x2, x20, #136
        ldp     x3, x2, [x2, #-8]
        add     x14, x20, #136
        ldp     w15, w14, [x14]
        CHECK   "load-base", x0, x1, x12, x13, x2, x3, x14, x15

        /* SP as base */
        mov     x23, sp
        MOV64   x9, 0x5555666677778888
        stp     x9, x20, [sp, #-32]!
        stp     wzr, w9, [sp, #16]
        ldp     x2, x3, [sp]
        sub     x3, x3, x20
        ldp     w4, w5, [sp, #16]
        ldp     x6, x7, [sp], #32
        mov     x12, sp
        sub     x12, x23, x12
        CHECK   "sp-base", x2, x3, x4, x5, x6, x12

        /* a loaded base with writeback: the writeback wins, as in qemu
         * (CONSTRAINED UNPREDICTABLE, so encoded by hand) */
        add     x2, x20, #1024
        .inst   0xa9c10c42              /* ldp x2, x3, [x2, #16]! */
        sub     x2, x2, x20
        add     x12, x20, #1024
        .inst   0xa8c13183              /* ldp x3, x12, [x12], #16 */
        sub     x12, x12, x20
        add     x4, x20, #1024
        CHECK   "load-base-wb", x2, x3, x12

        /* NZCV survives pairs */
        mov     x9, #3
        cmp     x9, #3
        stp     x9, x9, [x20, #-16 + 64]!
        ldp     w9, w10, [x20], #-48
        CHECK   "flags-kept", x9, x10

        EXIT
