/* errno across the bridge.  A host library sets the host's errno; the
 * guest reads its own, a thread-local variable of the guest's libc.  Around
 * every thunked call the two are made one variable: the host's takes the
 * guest's value before the call and gives it back after, and around every
 * callback into guest code the other way round.  So a library sees, keeps
 * or changes errno exactly as the guest's own copy would. */
#ifndef FERRY_LIBS_GUEST_ERRNO_H
#define FERRY_LIBS_GUEST_ERRNO_H

#include <stdint.h>

/* The calling guest thread's errno address (found once per thread by
 * calling the guest libc's __errno_location in a nested run), or 0 if the
 * guest has no such libc. */
uint64_t guest_errno_address(void);

/* Host errno := guest errno (before a host call). */
void guest_errno_to_host(void);
/* Guest errno := host errno (after a host call, before guest code). */
void guest_errno_from_host(void);

#endif
