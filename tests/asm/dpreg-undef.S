/* dpreg-undef.S - unallocated data-processing (register) encodings must
 * raise SIGILL.  A SIGILL handler counts them in x27 and skips the
 * instruction (through the ucontext), so each CHECK shows whether its word
 * trapped.  Only encodings that no architecture extension uses are listed
 * (the oracle emulates the newest CPU). */
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

        TRY     "valid-add", 0x8b000000         /* add x0, x0, x0 */
        TRY     "addsub-shift11", 0x8bc00000
        TRY     "addsub-w-lsl32", 0x0b008000
        TRY     "addsub-ext-imm3-5", 0x8b201400
        TRY     "valid-add-ext", 0x8b201000     /* add x0, x0, w0, uxtb #4 */
        TRY     "logic-w-lsl32", 0x0a008000
        TRY     "orr-w-ror32", 0x2ac08000
        TRY     "valid-ccmp", 0xfa400000        /* ccmp x0, x0, #0, eq */
        TRY     "ccmp-o2", 0xfa400410
        TRY     "ccmp-o3", 0xfa400010
        TRY     "ccmp-s0", 0xda400000
        TRY     "valid-csel", 0x9a800000        /* csel x0, x0, x0, eq */
        TRY     "csel-op2-10", 0x9a800800
        TRY     "csel-op2-11", 0x9a800c00
        TRY     "csel-s1", 0xba800000
        TRY     "valid-rev-w", 0x5ac00800       /* rev w0, w0 */
        TRY     "rev64-w", 0x5ac00c00
        TRY     "dp1-opcode2-w", 0x5ac10000
        TRY     "dp2-opcode0-w", 0x1ac00000
        TRY     "dp2-opcode1-w", 0x1ac00400
        TRY     "valid-mul", 0x9b007c00         /* mul x0, x0, x0 */
        TRY     "dp3-op54", 0x3b000000
        TRY     "smaddl-w", 0x1b200000
        TRY     "umaddl-w", 0x1ba00000
        TRY     "smulh-w", 0x1b400000
        TRY     "smulh-o0", 0x9b408000
        TRY     "umulh-o0", 0x9bc08000
        TRY     "dp3-op31-100", 0x9b800000
        TRY     "valid-umulh", 0x9bc07c00       /* umulh x0, x0, x0 */

        EXIT
