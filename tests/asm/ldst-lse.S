/* ldst-lse.S - LSE atomics: CAS (every size and ordering, success and
 * failure, dirty upper bits in W/H/B operands), CASP (W and X pairs,
 * including X0 whose host register cmpxchg16b needs), SWP, LDADD, LDCLR,
 * LDEOR, LDSET, LDSMAX/LDSMIN/LDUMAX/LDUMIN at every size with signed
 * edge values, and the ST<op> aliases.  NZCV must survive all of them. */
#include "harness.h"

        /* fill 32 bytes at x20 with a known pattern */
        .macro  RESET
        MOV64   x9, 0x8070605040302010
        MOV64   x10, 0xfedcba9876543210
        stp     x9, x10, [x20]
        stp     x10, x9, [x20, #16]
        .endm

START
        .arch_extension lse
        LOADADDR x20, h_scratch
        add     x29, x20, #1
        add     x26, x20, #2
        add     x27, x20, #6
        add     x28, x20, #7
        add     x23, x20, #8
        add     x24, x20, #16
        add     x25, x20, #24

        /* CAS success and failure, each size; Rs gets the old value */
        RESET
        MOV64   x2, 0x8070605040302010
        mov     x3, #0x1111
        cas     x2, x3, [x20]
        ldr     x4, [x20]
        mov     x5, #0
        mov     x6, #0x2222
        cas     x5, x6, [x20]
        ldr     x7, [x20]
        CHECK   "cas-x", x2, x4, x5, x7
        RESET
        MOV64   x2, 0xdeadbeef40302010  /* dirty upper half is ignored */
        MOV64   x3, 0xdeadbeef33333333
        casa    w2, w3, [x20]
        ldr     x4, [x20]
        MOV64   x5, 0xffffffff00000000
        casl    w5, w3, [x20]
        ldr     x6, [x20]
        CHECK   "cas-w", x2, x4, x5, x6
        RESET
        MOV64   x12, 0xffffffffffff2010
        MOV64   x13, 0xfffffffffffff00f
        casalh  w12, w13, [x20]
        ldr     x14, [x20]
        MOV64   x15, 0xffffffffffff2010
        cash    w15, w13, [x20]
        ldr     x16, [x20]
        CHECK   "cas-h", x12, x14, x15, x16
        RESET
        MOV64   x2, 0xffffffffffffff10
        MOV64   x3, 0x12345678abcdefaa
        casb    w2, w3, [x20]
        ldr     x4, [x20]
        mov     w5, #0x10
        casab   w5, w3, [x20]
        ldr     x6, [x20]
        mov     w7, #0xaa
        caslb   w7, wzr, [x20]
        ldr     x12, [x20]
        mov     x13, #0
        casalb  w13, w3, [x20, #0]
        ldr     x14, [x20]
        CHECK   "cas-b", x2, x4, x5, x6, x7, x12, x13, x14
        RESET
        mov     x2, #0
        cas     xzr, x2, [x20]          /* compares with zero: fails */
        ldr     x3, [x20]
        add     x21, x20, #8
        mov     x22, sp
        sub     sp, sp, #16
        str     xzr, [sp]
        mov     x4, #0
        mov     x5, #77
        casal   x4, x5, [sp]
        ldr     x6, [sp]
        add     sp, sp, #16
        CHECK   "cas-misc", x3, x4, x6

        /* CASP: W pairs are one 64-bit compare, X pairs one 128-bit */
        RESET
        MOV64   x2, 0x40302010
        MOV64   x3, 0x80706050
        mov     w4, #1
        mov     w5, #2
        casp    w2, w3, w4, w5, [x20]
        ldr     x6, [x20]
        mov     w12, #1
        mov     w13, #3
        caspa   w12, w13, w4, w5, [x20]
        ldr     x14, [x20]
        CHECK   "casp-w", x2, x3, x6, x12, x13, x14
        RESET
        MOV64   x12, 0x8070605040302010
        MOV64   x13, 0xfedcba9876543210
        mov     x14, #5
        mov     x15, #6
        caspl   x12, x13, x14, x15, [x20]
        ldp     x16, x17, [x20]
        mov     x18, #5
        mov     x19, #7
        caspal  x18, x19, x14, x15, [x20]
        ldp     x21, x22, [x20]
        CHECK   "casp-x", x12, x13, x16, x17, x18, x19, x21, x22
        /* pairs in X0/X1 (rbx on the host) as compare value and new value */
        add     x21, x20, #16
        MOV64   x0, 0xfedcba9876543210
        MOV64   x1, 0x8070605040302010
        mov     x2, #0x55
        mov     x3, #0x66
        casp    x0, x1, x2, x3, [x21]
        ldp     x4, x5, [x21]
        mov     x6, #0x55
        mov     x7, #0x66
        mov     x0, #0x11
        mov     x1, #0x22
        casp    x6, x7, x0, x1, [x21]
        ldp     x12, x13, [x21]
        CHECK   "casp-x0", x0, x1, x4, x5, x6, x7, x12, x13
        mov     x0, #0
        mov     x1, #0
        casp    x0, x1, x0, x1, [x21]   /* fails: X0:X1 get the old value */
        CHECK   "casp-x0-fail", x0, x1
        mov     x30, #1
        casp    x30, xzr, x2, x3, [x21] /* the pair X30:XZR */
        ldp     x4, x5, [x21]
        CHECK   "casp-x30", x30, x4, x5

        /* SWP */
        RESET
        mov     x2, #0x99
        swp     x2, x3, [x20]
        MOV64   x4, 0xffffffffaaaaaaaa
        swpa    w4, w5, [x20]
        swplh   w4, w6, [x20, #0]
        swpalb  wzr, w7, [x20]
        ldr     x12, [x20]
        mov     x13, #0x42
        swp     x13, x13, [x20]         /* Rs == Rt */
        ldr     x14, [x20]
        CHECK   "swp", x3, x5, x6, x7, x12, x13, x14

        /* LDADD: wraps at each size, old value zero-extended */
        RESET
        mov     x2, #0x10
        ldadd   x2, x3, [x20]
        MOV64   x4, 0x00000000c0000000
        ldadda  w4, w5, [x20]
        mov     w6, #0xf000
        ldaddlh w6, w7, [x20]
        mov     w12, #0xff
        ldaddalb w12, w13, [x20]
        ldr     x14, [x20]
        CHECK   "ldadd", x3, x5, x7, x13, x14

        /* LDCLR / LDEOR / LDSET */
        RESET
        mov     x2, #0xff
        ldclr   x2, x3, [x20]
        MOV64   x4, 0xffffffff0000ffff
        ldeor   x4, x5, [x20]
        ldset   x4, x6, [x20, #0]
        ldr     x7, [x20]
        CHECK   "logic-x", x3, x5, x6, x7
        RESET
        MOV64   x2, 0x1234567800f000f0
        ldclra  w2, w3, [x20]
        ldeorl  w2, w4, [x20]
        ldsetal w2, w5, [x20]
        ldclrh  w2, w6, [x20]
        ldeorb  w2, w7, [x20]
        ldsetb  w2, w12, [x29]
        ldr     x13, [x20]
        CHECK   "logic-whb", x3, x4, x5, x6, x7, x12, x13

        /* signed and unsigned max/min: 0x80... is the most negative and
         * the largest unsigned value of its size */
        RESET
        mov     x2, #5
        ldsmax  x2, x3, [x20]           /* 0x8070..: negative -> 5 */
        ldr     x4, [x20]
        RESET
        mov     x2, #5
        ldumax  x2, x3, [x20]           /* unsigned: memory is larger */
        ldr     x5, [x20]
        RESET
        mov     x2, #5
        ldsmin  x2, x3, [x20]
        ldr     x6, [x20]
        RESET
        mov     x2, #5
        ldumin  x2, x3, [x20]
        ldr     x7, [x20]
        CHECK   "minmax-x", x3, x4, x5, x6, x7
        RESET
        mov     w2, #-1
        ldsmax  w2, w3, [x20]           /* 0x40302010 > -1 */
        ldr     x4, [x20]
        ldsminh w2, w5, [x20, #0]       /* 0x2010 vs -1 */
        ldr     x6, [x20]
        ldumaxb w2, w7, [x20]
        ldr     x12, [x20]
        mov     w13, #0x7f
        ldsmaxb w13, w14, [x28]     /* 0x80 is -128 */
        ldr     x15, [x20]
        mov     w16, #0x80
        lduminb w16, w17, [x27]
        ldr     x18, [x20]
        mov     w19, #0x8000
        ldsmaxh w19, w21, [x26]     /* 0x8000 = -32768 < 0x4030 */
        ldr     x22, [x20]
        CHECK   "minmax-whb", x3, x4, x5, x6, x7, x12, x14, x15, x17, x18, x21, x22
        RESET
        MOV64   x2, 0xffffffff7fffffff
        ldsmaxa w2, w3, [x23]       /* 0x76543210 < 0x7fffffff */
        add     x11, x20, #12
        ldsminl w2, w4, [x11]      /* 0xfedcba98 < 0x7fffffff */
        lduminal w2, w5, [x24]
        add     x11, x20, #20
        ldumax  w2, w6, [x11]
        ldp     x7, x12, [x20, #8]
        CHECK   "minmax-w", x3, x4, x5, x6, x7, x12

        /* ST<op> aliases (Rt = XZR): no result, memory updated */
        RESET
        mov     x2, #1
        stadd   x2, [x20]
        staddlb w2, [x23]
        mov     w3, #0xff
        stclrh  w3, [x24]
        steor   w3, [x25]
        stset   x3, [x20, #0]
        stsmax  x2, [x24]
        stumin  x2, [x25]
        stsmaxlh w2, [x26]
        ldp     x4, x5, [x20]
        ldp     x6, x7, [x20, #16]
        CHECK   "st-aliases", x4, x5, x6, x7

        /* memory-resident operands, SP base, and NZCV kept */
        mov     x9, #3
        cmp     x9, #4
        mov     x22, sp
        sub     sp, sp, #16
        str     x9, [sp]
        mov     x12, #10
        ldadd   x12, x13, [sp]
        ldsmin  x12, x14, [sp]
        cas     x14, x12, [sp]
        swp     x12, x15, [sp]
        ldr     x16, [sp]
        add     sp, sp, #16
        CHECK   "sp-flags", x13, x14, x15, x16

        EXIT
