/* undef-bf16-bfcvtn.S - BFCVTN (single -> BFloat16) is FEAT_BF16, which
 * ferry does not advertise (no HWCAP2_BF16, ID_AA64ISAR1.BF16 = 0):
 * UNDEFINED.  It differs from FCVTN (single -> half) only in its size
 * field, and used to run as FCVTN.
 *
 * Oracle: qemu-aarch64 as a Cortex-A57, which lacks FEAT_BF16:
 * QEMU_CPU=cortex-a57 make expected FILTER=asm/undef-bf16-bfcvtn. */
#include "harness.h"

        .arch   armv8.6-a+bf16

START
        fmov    v1.4s, #1.5
        fcvtn   v0.4h, v1.4s                    /* base */
        CHECK   "fcvtn", q0
        bfcvtn  v0.4h, v1.4s                    /* FEAT_BF16: SIGILL */
        PRINT   "not reached"
        EXIT
