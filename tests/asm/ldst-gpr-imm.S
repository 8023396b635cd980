/* ldst-gpr-imm.S - general-register loads and stores with immediate
 * offsets: unsigned scaled offset, unscaled (LDUR/STUR), pre- and
 * post-index writeback, unprivileged (LDTR/STTR), every size with the sign
 * extending variants, SP as base, XZR as source, unaligned addresses, and
 * registers that live in host registers (x0-x7) as well as in memory
 * (x9 and up).  Addresses are printed as offsets from the buffer. */
#include "harness.h"

START
        LOADADDR x20, h_scratch
        /* fill the buffer with a byte pattern so that loads see data */
        mov     x9, #0
1:      add     w10, w9, w9, lsl #3
        add     w10, w10, #0x35
        strb    w10, [x20, x9]
        add     x9, x9, #1
        cmp     x9, #4096
        b.ne    1b
        MOV64   x0, 0x8182838485868788
        MOV64   x1, 0xf1f2f3f4f5f6f7f8

        /* stores of every size at scaled unsigned offsets */
        str     x0, [x20]
        str     w1, [x20, #8]
        strh    w1, [x20, #12]
        strb    w1, [x20, #14]
        strb    w0, [x20, #4095]
        /* largest scaled offsets, from a base below the buffer */
        MOV64   x22, (8190 - 2048)
        sub     x21, x20, x22
        strh    w0, [x21, #8190]
        MOV64   x22, (16380 - 2056)
        sub     x21, x20, x22
        str     w0, [x21, #16380]
        MOV64   x22, (32760 - 2064)
        sub     x21, x20, x22
        str     x1, [x21, #32760]
        ldr     x2, [x20]
        ldr     x3, [x20, #8]
        ldrb    w4, [x20, #4095]
        ldrh    w5, [x20, #2048]
        ldr     w6, [x20, #2056]
        ldr     x7, [x21, #32760]
        CHECK   "str-sizes", x2, x3, x4, x5, x6, x7

        /* zero-extending loads write the whole X register */
        MOV64   x2, 0xdeadbeefdeadbeef
        mov     x3, x2
        mov     x4, x2
        mov     x5, x2
        ldrb    w2, [x20, #1]
        ldrh    w3, [x20, #2]
        ldr     w4, [x20, #4]
        ldr     x5, [x20]
        CHECK   "ldr-zext", x2, x3, x4, x5

        /* sign extension: bytes 0x88/0x87 are negative, 0x7f positive */
        mov     w9, #0x7f
        strb    w9, [x20, #16]
        mov     w9, #0x7ffe
        strh    w9, [x20, #18]
        MOV64   x9, 0x7ffffffd
        str     w9, [x20, #20]
        ldrsb   w2, [x20]
        ldrsb   x3, [x20]
        ldrsb   w4, [x20, #16]
        ldrsb   x5, [x20, #16]
        ldrsh   w6, [x20]
        ldrsh   x7, [x20]
        ldrsh   w9, [x20, #18]
        ldrsh   x10, [x20, #18]
        ldrsw   x11, [x20]
        ldrsw   x12, [x20, #20]
        CHECK   "ldrs", x2, x3, x4, x5, x6, x7, x9, x10, x11, x12

        /* sign extension into unmapped destinations, then mapped */
        ldrsb   x13, [x20, #1]
        ldrsh   w14, [x20, #2]
        ldrsw   x15, [x20, #4]
        CHECK   "ldrs-unmapped", x13, x14, x15

        /* unscaled offsets: negative and unaligned */
        add     x21, x20, #300
        MOV64   x9, 0x1122334455667788
        stur    x9, [x21, #-7]
        stur    w9, [x21, #-13]
        sturh   w9, [x21, #-15]
        sturb   w9, [x21, #-256]
        ldur    x2, [x21, #-7]
        ldur    w3, [x21, #-13]
        ldurh   w4, [x21, #-15]
        ldurb   w5, [x21, #-256]
        ldursb  x6, [x21, #-7]
        ldursh  w7, [x21, #-6]
        ldursw  x10, [x21, #-4]
        ldur    x11, [x21, #255]
        CHECK   "ldur-stur", x2, x3, x4, x5, x6, x7, x10, x11

        /* unaligned scaled loads through a misaligned base */
        add     x22, x20, #3
        str     x0, [x22, #8]
        ldr     x2, [x22, #8]
        ldr     w3, [x22, #12]
        ldrh    w4, [x22, #10]
        CHECK   "unaligned", x2, x3, x4

        /* pre-index: the access uses the updated address, which is kept */
        add     x21, x20, #256
        mov     x1, x21
        MOV64   x9, 0x0102030405060708
        str     x9, [x21, #16]!
        ldr     w2, [x1, #16]
        ldr     x3, [x21, #-8]!
        sub     x4, x21, x20
        ldrb    w5, [x21, #9]!
        sub     x6, x21, x20
        CHECK   "pre-index", x2, x3, x4, x5, x6

        /* post-index: the access uses the old address */
        add     x21, x20, #256
        ldr     x2, [x21], #16
        sub     x3, x21, x20
        str     w2, [x21], #-4
        sub     x4, x21, x20
        ldrsh   x5, [x21], #255
        sub     x6, x21, x20
        ldrsb   w7, [x21], #-256
        sub     x10, x21, x20
        CHECK   "post-index", x2, x3, x4, x5, x6, x7, x10

        /* writeback with the base in a host register (x0-x7) */
        add     x3, x20, #512
        MOV64   x9, 0xa5a5a5a5a5a5a5a5
        str     x9, [x3, #8]!
        str     w9, [x3], #8
        sub     x4, x3, x20
        ldr     x5, [x3, #-16]!
        sub     x6, x3, x20
        CHECK   "wb-mapped", x4, x5, x6

        /* store of the base register itself with writeback stores the
         * old value (CONSTRAINED UNPREDICTABLE; encoded by hand so the
         * assembler does not warn) */
        add     x2, x20, #600
        mov     x5, x2
        .inst   0xf8008c42              /* str x2, [x2, #8]! */
        ldr     x6, [x5, #8]
        sub     x6, x6, x20
        sub     x7, x2, x20
        add     x12, x20, #640
        mov     x13, x12
        .inst   0xf800858c              /* str x12, [x12], #8 */
        ldr     x14, [x13]
        sub     x14, x14, x20
        sub     x15, x12, x20
        CHECK   "store-base-wb", x6, x7, x14, x15

        /* load of the base register with writeback: the writeback wins
         * (what qemu does with this CONSTRAINED UNPREDICTABLE case) */
        add     x2, x20, #600
        .inst   0xf8408c42              /* ldr x2, [x2, #8]! */
        sub     x2, x2, x20
        add     x12, x20, #640
        .inst   0xf840858c              /* ldr x12, [x12], #8 */
        sub     x12, x12, x20
        CHECK   "load-base-wb", x2, x12

        /* load into the base register without writeback */
        add     x2, x20, #600
        str     x20, [x2]
        ldr     x2, [x2]
        sub     x2, x2, x20
        add     x12, x20, #600
        ldr     x12, [x12]
        sub     x12, x12, x20
        add     x3, x20, #16
        ldrb    w3, [x3]
        CHECK   "load-base", x2, x12, x3

        /* SP as base: scaled, unscaled, pre/post-index */
        mov     x23, sp
        sub     sp, sp, #64
        MOV64   x9, 0x0f0e0d0c0b0a0908
        str     x9, [sp]
        str     w9, [sp, #12]
        stur    x9, [sp, #17]
        ldr     x2, [sp]
        ldr     w3, [sp, #12]
        ldur    x4, [sp, #17]
        ldrb    w5, [sp, #20]
        str     x9, [sp, #-16]!
        mov     x6, sp
        sub     x6, x23, x6
        ldr     x7, [sp], #80
        mov     x10, sp
        sub     x10, x23, x10
        mov     sp, x23
        CHECK   "sp-base", x2, x3, x4, x5, x6, x7, x10

        /* XZR as source: stores of zero of every size */
        add     x21, x20, #700
        MOV64   x9, 0xffffffffffffffff
        str     x9, [x21]
        str     x9, [x21, #8]
        strb    wzr, [x21]
        strh    wzr, [x21, #2]
        str     wzr, [x21, #4]
        str     xzr, [x21, #8]
        sturb   wzr, [x21, #12]
        ldr     x2, [x21]
        ldr     x3, [x21, #8]
        str     xzr, [x21, #16]!
        sub     x4, x21, x20
        CHECK   "xzr-store", x2, x3, x4

        /* loads into XZR are discarded (and still happen) */
        mov     x22, x20
        ldr     xzr, [x20]
        ldr     wzr, [x20], #8
        sub     x2, x20, x22
        mov     x20, x22
        CHECK   "xzr-load", x2

        /* W stores take the low bits of a register with dirty upper bits */
        MOV64   x9, 0x123456789abcdef0
        MOV64   x4, 0xfedcba9876543210
        str     w9, [x20, #800]
        strh    w4, [x20, #804]
        strb    w9, [x20, #806]
        strb    w4, [x20, #807]
        ldr     x2, [x20, #800]
        CHECK   "w-store-dirty", x2

        /* every mapped register as a byte source (sil/dil need REX) */
        mov     x0, #0x10
        mov     x1, #0x21
        mov     x2, #0x32
        mov     x3, #0x43
        mov     x4, #0x54
        mov     x5, #0x65
        mov     x6, #0x76
        mov     x7, #0x87
        mov     x30, #0x9e
        strb    w0, [x20, #810]
        strb    w1, [x20, #811]
        strb    w2, [x20, #812]
        strb    w3, [x20, #813]
        strb    w4, [x20, #814]
        strb    w5, [x20, #815]
        strb    w6, [x20, #816]
        strb    w7, [x20, #817]
        strb    w30, [x20, #818]
        add     x8, x20, #810
        ldr     x8, [x8]
        ldrh    w9, [x20, #818]
        CHECK   "byte-sources", x8, x9

        /* x30 (r13 on the host) as base, and loads into every mapped reg */
        add     x30, x20, #0
        ldrb    w0, [x30, #810]
        ldrb    w1, [x30, #811]
        ldrb    w2, [x30, #812]
        ldrb    w3, [x30, #813]
        ldrb    w4, [x30, #814]
        ldrb    w5, [x30, #815]
        ldrb    w6, [x30, #816]
        ldrb    w7, [x30, #817]
        ldr     x30, [x30, #800]
        CHECK   "mapped-dests", x0, x1, x2, x3, x4, x5, x6, x7, x30

        /* LDTR/STTR behave like LDUR/STUR at EL0 */
        MOV64   x9, 0xc3c4c5c6c7c8c9ca
        add     x21, x20, #900
        sttr    x9, [x21, #-1]
        sttrb   w9, [x21, #10]
        sttrh   w9, [x21, #12]
        sttr    w9, [x21, #14]
        ldtr    x2, [x21, #-1]
        ldtrb   w3, [x21, #10]
        ldtrh   w4, [x21, #12]
        ldtr    w5, [x21, #14]
        ldtrsb  x6, [x21, #10]
        ldtrsb  w7, [x21, #10]
        ldtrsh  x10, [x21, #12]
        ldtrsh  w11, [x21, #12]
        ldtrsw  x12, [x21, #14]
        CHECK   "ldtr-sttr", x2, x3, x4, x5, x6, x7, x10, x11, x12

        /* prefetches are no-ops, even on wild addresses */
        mov     x9, #0
        prfm    pldl1keep, [x9]
        prfm    pstl2strm, [x9, #32760]
        prfum   pldl3keep, [x9, #-1]
        prfm    pldl1keep, [x9, x20]
        prfm    plil1keep, 1f
1:      CHECK   "prfm", x9

        /* NZCV survives loads and stores */
        mov     x9, #1
        cmp     x9, #2
        ldr     x2, [x20]
        str     x2, [x20, #8]!
        ldrsb   w3, [x20], #-8
        CHECK   "flags-kept", x9

        EXIT
