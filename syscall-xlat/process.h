/* Per-thread guest bookkeeping kept by thread.c. */
#ifndef FERRY_XLAT_PROCESS_H
#define FERRY_XLAT_PROCESS_H

#include <stdint.h>

/* Address set by set_tid_address (or clone's CLONE_CHILD_CLEARTID): zeroed
 * and futex-woken when the guest thread exits. */
uint64_t guest_clear_child_tid(void);
void guest_set_clear_child_tid(uint64_t addr);

#endif
