/* The translator as seen from the rest of ferry. */
#ifndef FERRY_DBT_H
#define FERRY_DBT_H

#include <stdint.h>

#include "dbt/cpu.h"

void dbt_init(void);
struct guest_thread;
/* Run guest thread t from its cpu.pc; returns only through exit syscalls
 * or signals. */
_Noreturn void dbt_run(struct guest_thread *t);
/* A nested run, for host code that calls a guest function (a thunked
 * library's callback): run from guest address fn, with the arguments the
 * caller put in t->cpu, until the function returns; its results are then
 * in x0/v0.  x30 and pc are overwritten: the caller saves what it needs. */
void dbt_call_guest(struct guest_thread *t, uint64_t fn);
/* Guest memory in [lo, hi) was unmapped, remapped, lost PROT_EXEC or had
 * code written to it (IC IVAU): translations of it must go before the
 * guest runs on.  Callable from syscall handlers and helpers. */
void dbt_invalidate_range(uint64_t lo, uint64_t hi);
/* Translate the block at pc; returns its host code as block_lookup()
 * would, or NULL if pc is not readable guest memory. */
void *translate_block(uint64_t pc);
/* End the process as the kernel would for an unhandled signal `sig`. */
_Noreturn void dbt_die_by_signal(int sig);

#endif
