/* undef-fp16-fmov-imm.S - FMOV Hd, #imm (ftype = 11) is FEAT_FP16, which
 * ferry does not advertise: UNDEFINED, so the program dies of SIGILL
 * there (see undef-fp16-fmov.S for the general-register form).
 *
 * Oracle: qemu-aarch64 as a Cortex-A57, which lacks FEAT_FP16:
 * QEMU_CPU=cortex-a57 make expected FILTER=asm/undef-fp16-fmov-imm. */
#include "harness.h"

        .arch   armv8.2-a+fp16

START
        fmov    s0, #1.0                        /* base */
        CHECK   "fmov-s", s0
        fmov    h0, #1.0                        /* FEAT_FP16: SIGILL */
        PRINT   "not reached"
        EXIT
