/* FPCR/FPSR <-> host MXCSR.  Translated FP code runs on the host's SSE
 * unit, so the guest's rounding mode and flush-to-zero live in MXCSR and
 * its cumulative exception flags are read back from there. */
#ifndef FERRY_FP_ENV_H
#define FERRY_FP_ENV_H

#include "dbt/cpu.h"

/* Helpers called from translated code (MSR/MRS FPCR/FPSR). The value moves
 * through cpu->scratch[0]. */
void fp_env_write_fpcr(struct cpu_state *cpu);
void fp_env_read_fpsr(struct cpu_state *cpu);
void fp_env_write_fpsr(struct cpu_state *cpu);

#endif
