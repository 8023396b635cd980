/* A guest (AAPCS64) call made to a host (SysV x86-64) function: the
 * arguments read from the guest's registers and stack, the call made
 * through libffi, the result put where AAPCS64 puts it. */
#ifndef FERRY_ABI_CALL_H
#define FERRY_ABI_CALL_H

#include <stdbool.h>

#include "abi/signature.h"
#include "dbt/cpu.h"

/* Call fn with the arguments of the guest call in *cpu (at the callee's
 * entry: x0..x7, v0..v7, then the stack at sp) and store the result in
 * x0 or v0.  False if a stack argument could not be read (the guest's
 * stack is bad): nothing is called. */
bool abi_call(struct cpu_state *cpu, const struct abi_sig *sig, void (*fn)(void));

/* Format the call's arguments for -d thunk ("1, 0x7f.., 2.5"). */
void abi_format_args(const struct cpu_state *cpu, const struct abi_sig *sig, char *buf, size_t cap);

#endif
