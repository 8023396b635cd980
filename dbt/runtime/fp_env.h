/* FPCR/FPSR <-> host MXCSR.  Translated FP code runs on the host's SSE
 * unit, so the guest's rounding mode and flush-to-zero live in MXCSR and
 * its cumulative exception flags are read back from there. */
#ifndef FERRY_FP_ENV_H
#define FERRY_FP_ENV_H

#include "dbt/cpu.h"

/* FPCR fields ferry implements (ARMv8.0 without FEAT_FP16). */
#define FPCR_AHP (1u << 26) /* alternative half precision: no Inf/NaN */
#define FPCR_DN (1u << 25)  /* default NaN */
#define FPCR_FZ (1u << 24)  /* flush-to-zero (single and double) */
#define FPCR_RMODE_SHIFT 22 /* 2 bits: RN, RP, RM, RZ */
/* What a write to FPCR keeps: the fields above plus Stride and Len (bits
 * 21:20 and 18:16, which only hold AArch32 state; kept, as qemu's
 * Cortex-A57 model does).  FZ16 (bit 19) is RES0 without FEAT_FP16, the
 * trap enables (bits 15, 12:8) are RAZ/WI (ferry does not trap FP
 * exceptions), bits 63:27 are RES0. */
#define FPCR_WRITABLE 0x07F70000u

/* FPSR cumulative exception flags. */
#define FPSR_IOC (1u << 0)
#define FPSR_DZC (1u << 1)
#define FPSR_OFC (1u << 2)
#define FPSR_UFC (1u << 3)
#define FPSR_IXC (1u << 4)
#define FPSR_IDC (1u << 7)

/* Helpers called from translated code (MSR/MRS FPCR/FPSR). The value moves
 * through cpu->scratch[0]. */
void fp_env_write_fpcr(struct cpu_state *cpu);
void fp_env_read_fpsr(struct cpu_state *cpu);
void fp_env_write_fpsr(struct cpu_state *cpu);

#endif
