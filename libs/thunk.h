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
/* --no-thunk: no library, not even the default ones. */
void thunk_disable_all(void);
/* Options read: the default libraries are on unless --no-thunk said no
 * (each only where the host's copy is the guest's release). */
void thunk_start(void);
/* Whether --no-thunk was given (an exec'd ferry is told so too). */
bool thunk_none_by_request(void);
/* Whether any library is enabled (the dispatcher asks before looking). */
extern bool thunk_any_enabled;
/* The libraries asked for with --thunk, as a list ("" if none), for an
 * exec'd ferry. */
const char *thunk_enabled_list(void);

/* If pc is the entry of a function of an enabled, thunked library that
 * the guest has mapped, make the call on the host (arguments from *cpu,
 * result into x0/v0), return to the guest's x30, and return true. */
bool thunk_try(struct cpu_state *cpu, uint64_t pc);

#endif
