/* undef-fp16-fcsel.S - FCSEL of half-precision registers (ftype = 11) is
 * FEAT_FP16, which ferry does not advertise (no HWCAP_FPHP,
 * ID_AA64PFR0.FP = 0): UNDEFINED, so the program dies of SIGILL there.
 *
 * Oracle: qemu-aarch64 as a Cortex-A57, which lacks FEAT_FP16:
 * QEMU_CPU=cortex-a57 make expected FILTER=asm/undef-fp16-fcsel. */
#include "harness.h"

        .arch   armv8.2-a+fp16

START
        fmov    s1, #1.0
        fmov    s2, #2.0
        cmp     x1, #1                          /* x1 = 0: not equal */
        fcsel   s0, s1, s2, ne                  /* base */
        CHECK   "fcsel-s", s0
        fcsel   h0, h1, h2, ne                  /* FEAT_FP16: SIGILL */
        PRINT   "not reached"
        EXIT
