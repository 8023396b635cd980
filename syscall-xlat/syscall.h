/* Guest system call entry point. */
#ifndef FERRY_SYSCALL_H
#define FERRY_SYSCALL_H

#include "dbt/cpu.h"

/* Perform the syscall described by cpu->x[8] (number) and x[0..5]
 * (arguments); the result (or negative errno) goes to cpu->x[0].
 * Called by translated code for SVC #0 with the guest state synced. */
void syscall_dispatch(struct cpu_state *cpu);

/* Call once at startup, after ferry_opt is filled in and before the guest
 * runs: resolves the guest path for /proc/self/exe while the cwd is still
 * ferry's, and records the inherited signal mask and dispositions. */
void syscall_init(void);

#endif
