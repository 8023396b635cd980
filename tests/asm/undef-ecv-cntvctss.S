/* undef-ecv-cntvctss.S - CNTVCTSS_EL0, the self-synchronised view of the
 * virtual counter, exists only with FEAT_ECV, which ferry does not
 * advertise (ID_AA64MMFR0.ECV = 0): MRS of it is UNDEFINED, so the
 * program dies of SIGILL there.  CNTVCT_EL0 is base ARMv8.0.
 *
 * Oracle: qemu-aarch64 as a Cortex-A57, which lacks FEAT_ECV:
 * QEMU_CPU=cortex-a57 make expected FILTER=asm/undef-ecv-cntvctss. */
#include "harness.h"

START
        mrs     x1, cntvct_el0                  /* base */
        mrs     x2, cntvct_el0
        cmp     x2, x1
        cset    x0, hs                          /* it does not go backwards */
        cmp     x0, #1                          /* flags not from the timing */
        CHECK   "cntvct", x0
        mrs     x1, s3_3_c14_c0_6               /* CNTVCTSS_EL0: SIGILL */
        PRINT   "not reached"
        EXIT
