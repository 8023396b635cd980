/* The set of guest instructions that access memory through tagged
 * pointers (see tbi.h): open addressing, inserted with compare-and-swap so
 * that a host signal handler can add to it. */
#include "dbt/runtime/tbi.h"

#define SLOTS 4096 /* a power of two; programs tag few distinct sites */

static uint64_t slots[SLOTS]; /* pc + 1; 0 = empty */

static unsigned hash(uint64_t pc)
{
    return (unsigned)((pc >> 2) * 0x9E3779B97F4A7C15ull >> 52) & (SLOTS - 1);
}

bool tbi_wanted(uint64_t pc)
{
    for (unsigned i = hash(pc), n = 0; n < SLOTS; i = (i + 1) & (SLOTS - 1), n++) {
        uint64_t v = __atomic_load_n(&slots[i], __ATOMIC_ACQUIRE);
        if (v == pc + 1)
            return true;
        if (v == 0)
            return false;
    }
    return false;
}

bool tbi_add(uint64_t pc)
{
    for (unsigned i = hash(pc), n = 0; n < SLOTS; i = (i + 1) & (SLOTS - 1), n++) {
        uint64_t expected = 0;
        if (__atomic_compare_exchange_n(&slots[i], &expected, pc + 1, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE) ||
            expected == pc + 1)
            return true;
    }
    return false;
}
