/* Guest functions made callable by host code (a thunked library's
 * callbacks: qsort's comparator, zlib's allocator). */
#ifndef FERRY_ABI_CALLBACK_H
#define FERRY_ABI_CALLBACK_H

#include <stdint.h>

#include "abi/signature.h"

/* A host function pointer that, called on a guest thread, runs the guest
 * function at `guest` (signature *sig) in a nested run and returns its
 * result.  The same pointer for the same function and signature; NULL for
 * a NULL guest pointer, or if no stand-in could be made. */
void *abi_callback_for(uint64_t guest, const struct abi_sig *sig);

/* Call the guest function at fn with no arguments on the calling guest
 * thread (a nested run) and return its x0; the guest's registers are as
 * they were.  0 off a guest thread. */
uint64_t abi_run_guest(uint64_t fn);

#endif
