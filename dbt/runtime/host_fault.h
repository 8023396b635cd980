/* Host signals that mean "a memory access failed" (SIGSEGV, SIGBUS) or
 * "an instruction failed" (SIGILL, SIGFPE, SIGTRAP), sorted by where the
 * host was:
 *  - in translated code: the guest faulted; today the guest dies of the
 *    signal as it would without a handler (guest handlers: a later step);
 *  - inside a guarded copy (host_fault_copy): the copy reports failure;
 *  - anywhere else: ferry itself crashed.  That is never passed off as a
 *    guest crash: "internal error", the host backtrace, then abort(). */
#ifndef FERRY_HOST_FAULT_H
#define FERRY_HOST_FAULT_H

#include <stdbool.h>
#include <stddef.h>

/* Install the handlers (process-wide) and this thread's alternate signal
 * stack.  Call early, on every thread that runs guest code. */
void host_fault_init(void);
/* memcpy that returns false instead of crashing if src or dst faults
 * (part of dst may have been written). */
bool host_fault_copy(void *dst, const void *src, size_t n);

#endif
