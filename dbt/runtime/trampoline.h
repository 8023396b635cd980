/* Entry to and exit from translated code (generated at start-up). */
#ifndef FERRY_TRAMPOLINE_H
#define FERRY_TRAMPOLINE_H

#include "dbt/cpu.h"

/* Run translated code at `code` until it leaves through tramp_exit. */
extern void (*tramp_enter)(struct cpu_state *cpu, void *code);
/* Jump target for translated code: saves guest registers, returns from
 * tramp_enter. */
extern void *tramp_exit;
/* The same, past the saving of guest registers: where a host fault
 * handler sends a thread whose guest state it has written itself (r15 must
 * hold the cpu). */
extern void *tramp_exit_saved;
/* The shared code of chain stubs: `call tramp_chain_exit` followed by
 * TRAMP_CHAIN_DATA bytes (dbt/exits.c, emit_chain_stub_to()). */
extern void *tramp_chain_exit;
#define TRAMP_CHAIN_DATA 12
/* Leave for the dispatcher to look up the guest address in RAX: where an
 * indirect branch that missed the table goes (dbt/exits.c), one copy for
 * all of them. */
extern void *tramp_lookup_miss;

/* The return-address stack (dbt/exits.c) takes at most this much of the
 * host stack below tramp_enter's frame: 1024 calls deep, far beyond what
 * the host's own return predictor holds.  Its bottom pair holds a guest
 * address that a return rarely names; one that does is still right, only
 * slower (it leaves for the dispatcher). */
#define RAS_BYTES (16 * 1024)
#define RAS_EMPTY_GUEST_PC (~(uint64_t)0)

void trampolines_init(void);

#endif
