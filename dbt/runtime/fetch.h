/* Safe reads of guest code for the translator. */
#ifndef FERRY_FETCH_H
#define FERRY_FETCH_H

#include <stdbool.h>
#include <stdint.h>

/* False if pc is not readable guest memory. */
bool fetch_insn(uint64_t pc, uint32_t *insn);
/* Guest code may have changed: drop the cached page copy. */
void fetch_forget(void);

#endif
