/* undef-dpb-cvap.S - DC CVAP (clean to the point of persistence) is
 * FEAT_DPB, which ferry does not advertise (no HWCAP_DCPOP,
 * ID_AA64ISAR1.DPB = 0): UNDEFINED, so the program dies of SIGILL there.
 * (DC CVADP, FEAT_DPB2, likewise.)  DC CVAC and CIVAC are base ARMv8.0.
 *
 * Oracle: qemu-aarch64 as a Cortex-A57, which lacks FEAT_DPB:
 * QEMU_CPU=cortex-a57 make expected FILTER=asm/undef-dpb-cvap. */
#include "harness.h"

        .arch   armv8.2-a

START
        LOADADDR x1, h_scratch
        mov     x0, #1
        dc      cvac, x1                        /* base */
        dc      civac, x1
        CHECK   "dc-base", x0
        dc      cvap, x1                        /* FEAT_DPB: SIGILL */
        PRINT   "not reached"
        EXIT
