/* The guest's random bytes (AT_RANDOM, getrandom): the host's, or with
 * -seed a deterministic stream, so that a run can be repeated exactly. */
#ifndef FERRY_GUEST_RANDOM_H
#define FERRY_GUEST_RANDOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void guest_random_seed(uint64_t seed);
bool guest_random_seeded(void);
/* The next n bytes of the seeded stream. */
void guest_random_fill(void *buf, size_t n);

#endif
