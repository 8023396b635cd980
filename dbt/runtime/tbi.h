/* Top-byte-ignore for guest data addresses.
 *
 * arm64 Linux always enables TBI for user data accesses: a pointer's top
 * byte is ignored by loads and stores (tags: HWASan, JavaScript engines,
 * pointer-packing libraries).  On x86-64 such an address is non-canonical
 * and faults.  Rather than mask every access, ferry takes that fault
 * (host_fault.c), remembers the guest instruction here, drops its
 * translation, and translates it again with the top byte masked off its
 * address: untagged code pays nothing. */
#ifndef FERRY_TBI_H
#define FERRY_TBI_H

#include <stdbool.h>
#include <stdint.h>

/* Whether pc's memory accesses must mask the top byte.  Lock-free. */
bool tbi_wanted(uint64_t pc);
/* Remember pc (safe in a signal handler); false if the set is full. */
bool tbi_add(uint64_t pc);
/* Whether addr is a tagged pointer to a usable user address. */
static inline bool tbi_tagged(uint64_t addr)
{
    return (addr >> 56) != 0 && (addr & 0x00FFFFFFFFFFFFFFULL) < 0x800000000000ULL;
}

#endif
