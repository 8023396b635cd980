/* undef-fp16-fmov.S - FMOV with a half-precision register (ftype = 11:
 * FMOV Hd, Wn and Wd, Hn, FMOV Hd, #imm, FMOV Hd, Hn) is FEAT_FP16, which
 * ferry does not advertise (no HWCAP_FPHP, ID_AA64PFR0.FP = 0): UNDEFINED.
 * FCVT between H and S/D registers is base ARMv8.0 and keeps working,
 * and FPCR.FZ16 (bit 19) is RES0.  The program dies of SIGILL at the
 * first FP16 FMOV; its other forms are in undef-fp16-fmov-imm.S.
 *
 * Oracle: qemu-aarch64 as a Cortex-A57, which lacks FEAT_FP16:
 * QEMU_CPU=cortex-a57 make expected FILTER=asm/undef-fp16-fmov. */
#include "harness.h"

        .arch   armv8.2-a+fp16

START
        MOV64   x9, 0x80000                     /* FZ16 */
        msr     fpcr, x9
        mrs     x0, fpcr
        fmov    s1, #1.5
        fcvt    h2, s1                          /* base: half 0x3e00 */
        fcvt    d3, h2
        CHECK   "base", x0, s2, d3
        mov     w1, #0x3c00
        fmov    h0, w1                          /* FEAT_FP16: SIGILL */
        PRINT   "not reached"
        EXIT
