/* simd-long.S - widening and narrowing (three different), integer by element
 * Expected output from qemu-aarch64.  v0-v7, v16-v19, v24-v29 hold input patterns, v20-v23 are
 * reloaded with garbage before each case so that 64-bit forms must zero
 * the upper half and read-modify-write forms keep what they should.
 * NZCV is set to 1000 once and every CHECK shows it unchanged. */
#include "harness.h"

        .macro RESET
        LOADADDR x9, garbage
        ldp     q20, q21, [x9]
        ldp     q22, q23, [x9, #32]
        .endm

START
        LOADADDR x9, inputs
        ldr     q0, [x9, #0]
        ldr     q1, [x9, #16]
        ldr     q2, [x9, #32]
        ldr     q3, [x9, #48]
        ldr     q4, [x9, #64]
        ldr     q5, [x9, #80]
        ldr     q6, [x9, #96]
        ldr     q7, [x9, #112]
        ldr     q16, [x9, #128]
        ldr     q17, [x9, #144]
        ldr     q18, [x9, #160]
        ldr     q19, [x9, #176]
        ldr     q24, [x9, #192]
        ldr     q25, [x9, #208]
        ldr     q26, [x9, #224]
        ldr     q27, [x9, #240]
        ldr     q28, [x9, #256]
        ldr     q29, [x9, #272]
        mov     x0, #1
        cmp     x0, #2                  /* nzcv = 1000 */
        RESET
        MOV64 x1, 0x8000ffff7fff0002
        mov v15.d[0], x1
        mov v15.d[1], x1
        CHECK   "setup", q15
        RESET
        saddl v20.8h, v0.8b, v1.8b
        saddl2 v21.8h, v0.16b, v1.16b
        saddl v22.8h, v6.8b, v7.8b
        CHECK   "saddl-8b", q20, q21, q22
        RESET
        saddl v20.4s, v2.4h, v3.4h
        saddl2 v21.4s, v2.8h, v3.8h
        saddl v22.4s, v6.4h, v7.4h
        CHECK   "saddl-4h", q20, q21, q22
        RESET
        saddl v20.2d, v4.2s, v5.2s
        saddl2 v21.2d, v4.4s, v5.4s
        saddl v22.2d, v6.2s, v7.2s
        CHECK   "saddl-2s", q20, q21, q22
        RESET
        uaddl v20.8h, v0.8b, v1.8b
        uaddl2 v21.8h, v0.16b, v1.16b
        uaddl v22.8h, v6.8b, v7.8b
        CHECK   "uaddl-8b", q20, q21, q22
        RESET
        uaddl v20.4s, v2.4h, v3.4h
        uaddl2 v21.4s, v2.8h, v3.8h
        uaddl v22.4s, v6.4h, v7.4h
        CHECK   "uaddl-4h", q20, q21, q22
        RESET
        uaddl v20.2d, v4.2s, v5.2s
        uaddl2 v21.2d, v4.4s, v5.4s
        uaddl v22.2d, v6.2s, v7.2s
        CHECK   "uaddl-2s", q20, q21, q22
        RESET
        ssubl v20.8h, v0.8b, v1.8b
        ssubl2 v21.8h, v0.16b, v1.16b
        ssubl v22.8h, v6.8b, v7.8b
        CHECK   "ssubl-8b", q20, q21, q22
        RESET
        ssubl v20.4s, v2.4h, v3.4h
        ssubl2 v21.4s, v2.8h, v3.8h
        ssubl v22.4s, v6.4h, v7.4h
        CHECK   "ssubl-4h", q20, q21, q22
        RESET
        ssubl v20.2d, v4.2s, v5.2s
        ssubl2 v21.2d, v4.4s, v5.4s
        ssubl v22.2d, v6.2s, v7.2s
        CHECK   "ssubl-2s", q20, q21, q22
        RESET
        usubl v20.8h, v0.8b, v1.8b
        usubl2 v21.8h, v0.16b, v1.16b
        usubl v22.8h, v6.8b, v7.8b
        CHECK   "usubl-8b", q20, q21, q22
        RESET
        usubl v20.4s, v2.4h, v3.4h
        usubl2 v21.4s, v2.8h, v3.8h
        usubl v22.4s, v6.4h, v7.4h
        CHECK   "usubl-4h", q20, q21, q22
        RESET
        usubl v20.2d, v4.2s, v5.2s
        usubl2 v21.2d, v4.4s, v5.4s
        usubl v22.2d, v6.2s, v7.2s
        CHECK   "usubl-2s", q20, q21, q22
        RESET
        smull v20.8h, v0.8b, v1.8b
        smull2 v21.8h, v0.16b, v1.16b
        smull v22.8h, v6.8b, v7.8b
        CHECK   "smull-8b", q20, q21, q22
        RESET
        smull v20.4s, v2.4h, v3.4h
        smull2 v21.4s, v2.8h, v3.8h
        smull v22.4s, v6.4h, v7.4h
        CHECK   "smull-4h", q20, q21, q22
        RESET
        smull v20.2d, v4.2s, v5.2s
        smull2 v21.2d, v4.4s, v5.4s
        smull v22.2d, v6.2s, v7.2s
        CHECK   "smull-2s", q20, q21, q22
        RESET
        umull v20.8h, v0.8b, v1.8b
        umull2 v21.8h, v0.16b, v1.16b
        umull v22.8h, v6.8b, v7.8b
        CHECK   "umull-8b", q20, q21, q22
        RESET
        umull v20.4s, v2.4h, v3.4h
        umull2 v21.4s, v2.8h, v3.8h
        umull v22.4s, v6.4h, v7.4h
        CHECK   "umull-4h", q20, q21, q22
        RESET
        umull v20.2d, v4.2s, v5.2s
        umull2 v21.2d, v4.4s, v5.4s
        umull v22.2d, v6.2s, v7.2s
        CHECK   "umull-2s", q20, q21, q22
        RESET
        smlal v20.8h, v0.8b, v1.8b
        smlal2 v21.8h, v0.16b, v1.16b
        smlal v22.8h, v6.8b, v7.8b
        CHECK   "smlal-8b", q20, q21, q22
        RESET
        smlal v20.4s, v2.4h, v3.4h
        smlal2 v21.4s, v2.8h, v3.8h
        smlal v22.4s, v6.4h, v7.4h
        CHECK   "smlal-4h", q20, q21, q22
        RESET
        smlal v20.2d, v4.2s, v5.2s
        smlal2 v21.2d, v4.4s, v5.4s
        smlal v22.2d, v6.2s, v7.2s
        CHECK   "smlal-2s", q20, q21, q22
        RESET
        umlal v20.8h, v0.8b, v1.8b
        umlal2 v21.8h, v0.16b, v1.16b
        umlal v22.8h, v6.8b, v7.8b
        CHECK   "umlal-8b", q20, q21, q22
        RESET
        umlal v20.4s, v2.4h, v3.4h
        umlal2 v21.4s, v2.8h, v3.8h
        umlal v22.4s, v6.4h, v7.4h
        CHECK   "umlal-4h", q20, q21, q22
        RESET
        umlal v20.2d, v4.2s, v5.2s
        umlal2 v21.2d, v4.4s, v5.4s
        umlal v22.2d, v6.2s, v7.2s
        CHECK   "umlal-2s", q20, q21, q22
        RESET
        smlsl v20.8h, v0.8b, v1.8b
        smlsl2 v21.8h, v0.16b, v1.16b
        smlsl v22.8h, v6.8b, v7.8b
        CHECK   "smlsl-8b", q20, q21, q22
        RESET
        smlsl v20.4s, v2.4h, v3.4h
        smlsl2 v21.4s, v2.8h, v3.8h
        smlsl v22.4s, v6.4h, v7.4h
        CHECK   "smlsl-4h", q20, q21, q22
        RESET
        smlsl v20.2d, v4.2s, v5.2s
        smlsl2 v21.2d, v4.4s, v5.4s
        smlsl v22.2d, v6.2s, v7.2s
        CHECK   "smlsl-2s", q20, q21, q22
        RESET
        umlsl v20.8h, v0.8b, v1.8b
        umlsl2 v21.8h, v0.16b, v1.16b
        umlsl v22.8h, v6.8b, v7.8b
        CHECK   "umlsl-8b", q20, q21, q22
        RESET
        umlsl v20.4s, v2.4h, v3.4h
        umlsl2 v21.4s, v2.8h, v3.8h
        umlsl v22.4s, v6.4h, v7.4h
        CHECK   "umlsl-4h", q20, q21, q22
        RESET
        umlsl v20.2d, v4.2s, v5.2s
        umlsl2 v21.2d, v4.4s, v5.4s
        umlsl v22.2d, v6.2s, v7.2s
        CHECK   "umlsl-2s", q20, q21, q22
        RESET
        sabdl v20.8h, v0.8b, v1.8b
        sabdl2 v21.8h, v0.16b, v1.16b
        sabdl v22.8h, v6.8b, v7.8b
        CHECK   "sabdl-8b", q20, q21, q22
        RESET
        sabdl v20.4s, v2.4h, v3.4h
        sabdl2 v21.4s, v2.8h, v3.8h
        sabdl v22.4s, v6.4h, v7.4h
        CHECK   "sabdl-4h", q20, q21, q22
        RESET
        sabdl v20.2d, v4.2s, v5.2s
        sabdl2 v21.2d, v4.4s, v5.4s
        sabdl v22.2d, v6.2s, v7.2s
        CHECK   "sabdl-2s", q20, q21, q22
        RESET
        uabdl v20.8h, v0.8b, v1.8b
        uabdl2 v21.8h, v0.16b, v1.16b
        uabdl v22.8h, v6.8b, v7.8b
        CHECK   "uabdl-8b", q20, q21, q22
        RESET
        uabdl v20.4s, v2.4h, v3.4h
        uabdl2 v21.4s, v2.8h, v3.8h
        uabdl v22.4s, v6.4h, v7.4h
        CHECK   "uabdl-4h", q20, q21, q22
        RESET
        uabdl v20.2d, v4.2s, v5.2s
        uabdl2 v21.2d, v4.4s, v5.4s
        uabdl v22.2d, v6.2s, v7.2s
        CHECK   "uabdl-2s", q20, q21, q22
        RESET
        sabal v20.8h, v0.8b, v1.8b
        sabal2 v21.8h, v0.16b, v1.16b
        sabal v22.8h, v6.8b, v7.8b
        CHECK   "sabal-8b", q20, q21, q22
        RESET
        sabal v20.4s, v2.4h, v3.4h
        sabal2 v21.4s, v2.8h, v3.8h
        sabal v22.4s, v6.4h, v7.4h
        CHECK   "sabal-4h", q20, q21, q22
        RESET
        sabal v20.2d, v4.2s, v5.2s
        sabal2 v21.2d, v4.4s, v5.4s
        sabal v22.2d, v6.2s, v7.2s
        CHECK   "sabal-2s", q20, q21, q22
        RESET
        uabal v20.8h, v0.8b, v1.8b
        uabal2 v21.8h, v0.16b, v1.16b
        uabal v22.8h, v6.8b, v7.8b
        CHECK   "uabal-8b", q20, q21, q22
        RESET
        uabal v20.4s, v2.4h, v3.4h
        uabal2 v21.4s, v2.8h, v3.8h
        uabal v22.4s, v6.4h, v7.4h
        CHECK   "uabal-4h", q20, q21, q22
        RESET
        uabal v20.2d, v4.2s, v5.2s
        uabal2 v21.2d, v4.4s, v5.4s
        uabal v22.2d, v6.2s, v7.2s
        CHECK   "uabal-2s", q20, q21, q22
        RESET
        saddw v20.8h, v6.8h, v0.8b
        saddw2 v21.8h, v7.8h, v1.16b
        CHECK   "saddw-8b", q20, q21
        RESET
        saddw v20.4s, v6.4s, v0.4h
        saddw2 v21.4s, v7.4s, v1.8h
        CHECK   "saddw-4h", q20, q21
        RESET
        saddw v20.2d, v6.2d, v0.2s
        saddw2 v21.2d, v7.2d, v1.4s
        CHECK   "saddw-2s", q20, q21
        RESET
        uaddw v20.8h, v6.8h, v0.8b
        uaddw2 v21.8h, v7.8h, v1.16b
        CHECK   "uaddw-8b", q20, q21
        RESET
        uaddw v20.4s, v6.4s, v0.4h
        uaddw2 v21.4s, v7.4s, v1.8h
        CHECK   "uaddw-4h", q20, q21
        RESET
        uaddw v20.2d, v6.2d, v0.2s
        uaddw2 v21.2d, v7.2d, v1.4s
        CHECK   "uaddw-2s", q20, q21
        RESET
        ssubw v20.8h, v6.8h, v0.8b
        ssubw2 v21.8h, v7.8h, v1.16b
        CHECK   "ssubw-8b", q20, q21
        RESET
        ssubw v20.4s, v6.4s, v0.4h
        ssubw2 v21.4s, v7.4s, v1.8h
        CHECK   "ssubw-4h", q20, q21
        RESET
        ssubw v20.2d, v6.2d, v0.2s
        ssubw2 v21.2d, v7.2d, v1.4s
        CHECK   "ssubw-2s", q20, q21
        RESET
        usubw v20.8h, v6.8h, v0.8b
        usubw2 v21.8h, v7.8h, v1.16b
        CHECK   "usubw-8b", q20, q21
        RESET
        usubw v20.4s, v6.4s, v0.4h
        usubw2 v21.4s, v7.4s, v1.8h
        CHECK   "usubw-4h", q20, q21
        RESET
        usubw v20.2d, v6.2d, v0.2s
        usubw2 v21.2d, v7.2d, v1.4s
        CHECK   "usubw-2s", q20, q21
        RESET
        addhn v20.8b, v2.8h, v3.8h
        addhn2 v21.16b, v6.8h, v7.8h
        addhn v22.8b, v4.8h, v5.8h
        CHECK   "addhn-8b", q20, q21, q22
        RESET
        addhn v20.4h, v2.4s, v3.4s
        addhn2 v21.8h, v6.4s, v7.4s
        addhn v22.4h, v4.4s, v5.4s
        CHECK   "addhn-4h", q20, q21, q22
        RESET
        addhn v20.2s, v2.2d, v3.2d
        addhn2 v21.4s, v6.2d, v7.2d
        addhn v22.2s, v4.2d, v5.2d
        CHECK   "addhn-2s", q20, q21, q22
        RESET
        raddhn v20.8b, v2.8h, v3.8h
        raddhn2 v21.16b, v6.8h, v7.8h
        raddhn v22.8b, v4.8h, v5.8h
        CHECK   "raddhn-8b", q20, q21, q22
        RESET
        raddhn v20.4h, v2.4s, v3.4s
        raddhn2 v21.8h, v6.4s, v7.4s
        raddhn v22.4h, v4.4s, v5.4s
        CHECK   "raddhn-4h", q20, q21, q22
        RESET
        raddhn v20.2s, v2.2d, v3.2d
        raddhn2 v21.4s, v6.2d, v7.2d
        raddhn v22.2s, v4.2d, v5.2d
        CHECK   "raddhn-2s", q20, q21, q22
        RESET
        subhn v20.8b, v2.8h, v3.8h
        subhn2 v21.16b, v6.8h, v7.8h
        subhn v22.8b, v4.8h, v5.8h
        CHECK   "subhn-8b", q20, q21, q22
        RESET
        subhn v20.4h, v2.4s, v3.4s
        subhn2 v21.8h, v6.4s, v7.4s
        subhn v22.4h, v4.4s, v5.4s
        CHECK   "subhn-4h", q20, q21, q22
        RESET
        subhn v20.2s, v2.2d, v3.2d
        subhn2 v21.4s, v6.2d, v7.2d
        subhn v22.2s, v4.2d, v5.2d
        CHECK   "subhn-2s", q20, q21, q22
        RESET
        rsubhn v20.8b, v2.8h, v3.8h
        rsubhn2 v21.16b, v6.8h, v7.8h
        rsubhn v22.8b, v4.8h, v5.8h
        CHECK   "rsubhn-8b", q20, q21, q22
        RESET
        rsubhn v20.4h, v2.4s, v3.4s
        rsubhn2 v21.8h, v6.4s, v7.4s
        rsubhn v22.4h, v4.4s, v5.4s
        CHECK   "rsubhn-4h", q20, q21, q22
        RESET
        rsubhn v20.2s, v2.2d, v3.2d
        rsubhn2 v21.4s, v6.2d, v7.2d
        rsubhn v22.2s, v4.2d, v5.2d
        CHECK   "rsubhn-2s", q20, q21, q22
        RESET
        mul v20.4h, v6.4h, v7.h[0]
        mul v21.4h, v2.4h, v15.h[0]
        CHECK   "mul-elem-4h-0", q20, q21
        RESET
        mul v20.8h, v6.8h, v7.h[7]
        mul v21.8h, v2.8h, v15.h[7]
        CHECK   "mul-elem-8h-7", q20, q21
        RESET
        mul v20.2s, v6.2s, v7.s[1]
        mul v21.2s, v2.2s, v15.s[1]
        CHECK   "mul-elem-2s-1", q20, q21
        RESET
        mul v20.4s, v6.4s, v7.s[3]
        mul v21.4s, v2.4s, v15.s[3]
        CHECK   "mul-elem-4s-3", q20, q21
        RESET
        mla v20.4h, v6.4h, v7.h[0]
        mla v21.4h, v2.4h, v15.h[0]
        CHECK   "mla-elem-4h-0", q20, q21
        RESET
        mla v20.8h, v6.8h, v7.h[7]
        mla v21.8h, v2.8h, v15.h[7]
        CHECK   "mla-elem-8h-7", q20, q21
        RESET
        mla v20.2s, v6.2s, v7.s[1]
        mla v21.2s, v2.2s, v15.s[1]
        CHECK   "mla-elem-2s-1", q20, q21
        RESET
        mla v20.4s, v6.4s, v7.s[3]
        mla v21.4s, v2.4s, v15.s[3]
        CHECK   "mla-elem-4s-3", q20, q21
        RESET
        mls v20.4h, v6.4h, v7.h[0]
        mls v21.4h, v2.4h, v15.h[0]
        CHECK   "mls-elem-4h-0", q20, q21
        RESET
        mls v20.8h, v6.8h, v7.h[7]
        mls v21.8h, v2.8h, v15.h[7]
        CHECK   "mls-elem-8h-7", q20, q21
        RESET
        mls v20.2s, v6.2s, v7.s[1]
        mls v21.2s, v2.2s, v15.s[1]
        CHECK   "mls-elem-2s-1", q20, q21
        RESET
        mls v20.4s, v6.4s, v7.s[3]
        mls v21.4s, v2.4s, v15.s[3]
        CHECK   "mls-elem-4s-3", q20, q21
        RESET
        smull v20.4s, v2.4h, v3.h[2]
        smull2 v21.4s, v4.8h, v5.h[2]
        CHECK   "smull-elem-4h", q20, q21
        RESET
        smull v20.2d, v2.2s, v3.s[3]
        smull2 v21.2d, v4.4s, v5.s[3]
        CHECK   "smull-elem-2s", q20, q21
        RESET
        umull v20.4s, v2.4h, v3.h[2]
        umull2 v21.4s, v4.8h, v5.h[2]
        CHECK   "umull-elem-4h", q20, q21
        RESET
        umull v20.2d, v2.2s, v3.s[3]
        umull2 v21.2d, v4.4s, v5.s[3]
        CHECK   "umull-elem-2s", q20, q21
        RESET
        smlal v20.4s, v2.4h, v3.h[2]
        smlal2 v21.4s, v4.8h, v5.h[2]
        CHECK   "smlal-elem-4h", q20, q21
        RESET
        smlal v20.2d, v2.2s, v3.s[3]
        smlal2 v21.2d, v4.4s, v5.s[3]
        CHECK   "smlal-elem-2s", q20, q21
        RESET
        umlal v20.4s, v2.4h, v3.h[2]
        umlal2 v21.4s, v4.8h, v5.h[2]
        CHECK   "umlal-elem-4h", q20, q21
        RESET
        umlal v20.2d, v2.2s, v3.s[3]
        umlal2 v21.2d, v4.4s, v5.s[3]
        CHECK   "umlal-elem-2s", q20, q21
        RESET
        smlsl v20.4s, v2.4h, v3.h[2]
        smlsl2 v21.4s, v4.8h, v5.h[2]
        CHECK   "smlsl-elem-4h", q20, q21
        RESET
        smlsl v20.2d, v2.2s, v3.s[3]
        smlsl2 v21.2d, v4.4s, v5.s[3]
        CHECK   "smlsl-elem-2s", q20, q21
        RESET
        umlsl v20.4s, v2.4h, v3.h[2]
        umlsl2 v21.4s, v4.8h, v5.h[2]
        CHECK   "umlsl-elem-4h", q20, q21
        RESET
        umlsl v20.2d, v2.2s, v3.s[3]
        umlsl2 v21.2d, v4.4s, v5.s[3]
        CHECK   "umlsl-elem-2s", q20, q21
        EXIT

        .data
        .p2align 4
inputs:
        .quad   0x4081feff807f0100, 0x7e02aa55ef10c33c      /* v0 */
        .quad   0xc08102007f8001ff, 0x7ffd55aaee113c3c      /* v1 */
        .quad   0x80007fff0001ffff, 0x12348765fedc0080      /* v2 */
        .quad   0x7fff8000ffff0001, 0x12340765fedd8080      /* v3 */
        .quad   0x800000007fffffff, 0xffffffff00000001      /* v4 */
        .quad   0x7fffffff80000000, 0x00000001ffffffff      /* v5 */
        .quad   0x0123456789abcdef, 0xfedcba9876543210      /* v6 */
        .quad   0x0f0e0d0c0b0a0908, 0x0706050403020100      /* v7 */
        .quad   0xc01000003fc00000, 0x8000000000000000      /* v16 */
        .quad   0x7149f2ca40400000, 0x7fc00000c0f80000      /* v17 */
        .quad   0x4004000000000000, 0xfe37e43c8800759c      /* v18 */
        .quad   0xbfe0000000000000, 0x7ff0000000000000      /* v19 */
        .quad   0xc020000040200000, 0xbf00000040600000      /* v24 */
        .quad   0xcf32d05e4f000000, 0x7f8000004f800000      /* v25 */
        .quad   0x43e02207973f6440, 0xc3e02207973f6440      /* v26 */
        .quad   0x43ef399b1438a100, 0x7ff8000000000000      /* v27 */
        .quad   0x00000003fffffffd, 0x7fffffff80000001      /* v28 */
        .quad   0x0000000000000003, 0xfffffffffffffffd      /* v29 */
garbage:
        .quad   0xdeadbeefcafef00d, 0x5a5aa5a512345678
        .quad   0x1111222233334444, 0x5555666677778888
        .quad   0x9999aaaabbbbcccc, 0xddddeeeeffff0000
        .quad   0x0102030405060708, 0x090a0b0c0d0e0f10
