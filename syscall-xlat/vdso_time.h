/* The ferry side of the guest vDSO's time functions (docs/vdso.md). */
#ifndef FERRY_VDSO_TIME_H
#define FERRY_VDSO_TIME_H

#include "dbt/cpu.h"

typedef void (*vdso_call_fn)(struct cpu_state *cpu);

/* The C helper that `HVC #imm` inside the vDSO calls (the register
 * convention is in loader/vdso/vdso_calls.h), or NULL if imm is not a ferry
 * call: then the HVC is an undefined instruction like any other. */
vdso_call_fn vdso_call_helper(unsigned imm);

#endif
