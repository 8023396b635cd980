/* Per-thread guest bookkeeping recorded by process.c, for the thread and
 * exit code to come. */
#ifndef FERRY_XLAT_PROCESS_H
#define FERRY_XLAT_PROCESS_H

#include <stdint.h>

/* Address set by set_tid_address: zero it and futex-wake it when the guest
 * thread exits. */
uint64_t guest_clear_child_tid(void);
/* Head registered by set_robust_list, or 0. */
uint64_t guest_robust_list(void);

#endif
