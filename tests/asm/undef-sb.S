/* undef-sb.S - SB (speculation barrier) is FEAT_SB, which ferry does not
 * advertise (no HWCAP_SB, ID_AA64ISAR1.SB = 0): its encoding is then an
 * unallocated barrier, UNDEFINED, so the program dies of SIGILL there.
 *
 * Oracle: qemu-aarch64 as a Cortex-A57, which lacks FEAT_SB:
 * QEMU_CPU=cortex-a57 make expected FILTER=asm/undef-sb. */
#include "harness.h"

        .arch   armv8.5-a

START
        mov     x0, #1
        dsb     sy                              /* base barriers */
        isb
        CHECK   "barriers", x0
        sb                                      /* FEAT_SB: SIGILL */
        PRINT   "not reached"
        EXIT
