/* Host-library thunks (docs/thunks.md): a guest call into a function of a
 * thunked library runs the host's copy of that library instead. */
#ifndef FERRY_LIBS_THUNK_H
#define FERRY_LIBS_THUNK_H

#include <stdbool.h>
#include <stdint.h>

#include "dbt/cpu.h"

/* --thunk: enable the libraries named in a comma-separated list ("all"
 * for every one); false with a message for an unknown name. */
bool thunk_enable(const char *list);
/* Whether any library is enabled (the dispatcher asks before looking). */
extern bool thunk_any_enabled;
/* The enabled libraries as a --thunk list ("" if none), for an exec'd
 * ferry. */
const char *thunk_enabled_list(void);

/* If pc is the entry of a function of an enabled, thunked library that
 * the guest has mapped, make the call on the host (arguments from *cpu,
 * result into x0/v0), return to the guest's x30, and return true. */
bool thunk_try(struct cpu_state *cpu, uint64_t pc);

#endif
