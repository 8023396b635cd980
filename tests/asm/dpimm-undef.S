/* dpimm-undef.S - reserved data-processing (immediate) encodings must raise
 * SIGILL.  A SIGILL handler counts them in x27 and skips the instruction
 * (through the ucontext), so each CHECK shows whether its word trapped. */
#include "harness.h"

#define UC_REGS 184             /* offsetof(ucontext_t, uc_mcontext.regs) */
#define UC_PC   440             /* offsetof(ucontext_t, uc_mcontext.pc) */
#define SIGILL_NR 4
#define SA_SIGINFO 4
#define SA_RESTORER 0x04000000

        .macro  TRY label, word
        .inst   \word
        CHECK   "\label", x27
        .endm

        .text
        .p2align 2
on_sigill:                      /* x2 = ucontext */
        ldr     x3, [x2, #UC_PC]
        add     x3, x3, #4
        str     x3, [x2, #UC_PC]
        ldr     x3, [x2, #(UC_REGS + 27 * 8)]
        add     x3, x3, #1
        str     x3, [x2, #(UC_REGS + 27 * 8)]
        ret
restorer:
        mov     x8, #139        /* rt_sigreturn */
        svc     #0

START
        /* struct sigaction (kernel layout): handler, flags, restorer, mask */
        sub     sp, sp, #32
        adr     x1, on_sigill
        str     x1, [sp]
        movz    x1, #(SA_SIGINFO)
        movk    x1, #(SA_RESTORER >> 16), lsl #16
        str     x1, [sp, #8]
        adr     x1, restorer
        str     x1, [sp, #16]
        str     xzr, [sp, #24]
        mov     x0, #SIGILL_NR
        mov     x1, sp
        mov     x2, #0
        mov     x3, #8
        mov     x8, #134        /* rt_sigaction */
        svc     #0
        add     sp, sp, #32
        CHECK   "sigaction", x0

        TRY     "valid-and-x", 0x92400000       /* and x0, x0, #1 */
        TRY     "logic-w-n1", 0x12400000
        TRY     "logic-x-allones-n1", 0x9240fc00
        TRY     "logic-x-n0-imms63", 0x9200fc00
        TRY     "logic-x-size2-allones", 0x9200f400
        TRY     "logic-w-size4-allones", 0x1200ec00
        TRY     "mov-bitmask-reserved", 0xb240ffe0
        TRY     "orr-w-n1", 0x32400000
        TRY     "eor-reserved", 0xd200fc00
        TRY     "ands-reserved", 0xf240fc00
        TRY     "tst-reserved", 0xf240fc1f
        TRY     "valid-movz", 0x52800000        /* movz w0, #0 */
        TRY     "movw-opc01", 0x32800000
        TRY     "movw-opc01-x", 0xb2800000
        TRY     "movz-w-hw2", 0x52c00000
        TRY     "movn-w-hw3", 0x12e00000
        TRY     "movk-w-hw2", 0x72c00000
        TRY     "valid-ubfm", 0xd3400000        /* ubfx x0, x0, #0, #1 */
        TRY     "bfm-x-n0", 0xd3000000
        TRY     "bfm-w-n1", 0x53400000
        TRY     "bfm-w-immr32", 0x53200000
        TRY     "bfm-w-imms32", 0x53008000
        TRY     "bfm-opc11", 0x73000000
        TRY     "bfm-opc11-x", 0xf3400000
        TRY     "sbfm-w-immr32", 0x13200000
        TRY     "bfi-w-imms32", 0x33008000
        TRY     "sbfm-x-n0-rdzr", 0x9300001f
        TRY     "valid-extr", 0x93c00000        /* extr x0, x0, x0, #0 */
        TRY     "extr-x-n0", 0x93800000
        TRY     "extr-w-n1", 0x13c00000
        TRY     "extr-w-imms32", 0x13808000
        TRY     "extr-op21", 0x33800000
        TRY     "extr-o0", 0x13a00000
        TRY     "extr-x-o0", 0x93e00000
        EXIT
