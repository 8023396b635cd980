/* An atomic read-modify-write on a misaligned address is an alignment
 * fault on AArch64 (without FEAT_LSE2, which ferry does not advertise):
 * the program dies of SIGBUS, after the aligned one worked.
 * ferry-test: arch-specific */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

static _Alignas(16) unsigned char buf[64];

int main(void)
{
    _Atomic uint32_t *good = (_Atomic uint32_t *)(void *)(buf + 4);
    _Atomic uint32_t *bad = (_Atomic uint32_t *)(void *)(buf + 2);
    uint32_t old = atomic_fetch_add(good, 7);
    printf("aligned: old=%u new=%u\n", (unsigned)old, (unsigned)atomic_load(good));
    fflush(stdout);
    atomic_fetch_add(bad, 1);
    printf("misaligned atomic survived\n");
    return 0;
}
