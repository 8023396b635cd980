/* dpimm-adr.S - ADR and ADRP, checked against addresses the linker
 * computed, backwards and forwards, and against a far-away symbol. */
#include "harness.h"

        .data
        .p2align 12
far_page:
        .skip   8192
far_sym:
        .quad   0

START
back:   adr     x1, back
        adr     x2, fwd
        LOADADDR x3, back
        LOADADDR x4, fwd
        sub     x1, x1, x3                      /* 0 */
        sub     x2, x2, x4                      /* 0 */
        adr     x12, .                          /* its own address */
        ldr     x13, =.Lhere
.Lhere: sub     x12, x13, x12                   /* 8: adr is 2 before .Lhere */
        CHECK   "adr", x1, x2, x12
        adrp    x5, far_sym
        adrp    x14, back
        LOADADDR x6, far_sym
        LOADADDR x15, back
        and     x6, x6, #0xfffffffffffff000
        and     x15, x15, #0xfffffffffffff000
        sub     x5, x5, x6                      /* 0 */
        sub     x14, x14, x15                   /* 0 */
        adrp    x7, far_page
        add     x7, x7, #:lo12:far_page
        LOADADDR x16, far_page
        sub     x7, x7, x16                     /* 0 */
        CHECK   "adrp", x5, x14, x7
        /* backwards, and ADRP with a negative page offset */
        adr     x8, fwd
        adr     x9, back
        sub     x8, x8, x9
        LOADADDR x10, fwd
        LOADADDR x11, back
        sub     x10, x10, x11
        sub     x8, x8, x10                     /* 0 */
        adr     x17, .
        adrp    x18, . - 0x3000
        and     x17, x17, #0xfffffffffffff000
        sub     x17, x17, #3, lsl #12
        sub     x17, x17, x18                   /* 0 */
        adr     x19, . - 0x80000                /* near the ADR limit */
        adr     x20, . + 0x7fff0
        sub     x19, x20, x19                   /* 0xffff4 */
        CHECK   "adr-back", x8, x17, x19
        .inst   0x1000001f                      /* adr xzr, . (no effect) */
        .inst   0x9000001f                      /* adrp xzr */
        CHECK   "adr-xzr"
fwd:    EXIT
