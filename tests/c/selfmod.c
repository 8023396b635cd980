/* Code that changes under the translator: a guest JIT writes instructions,
 * makes them visible with __builtin___clear_cache (DC CVAU, IC IVAU, ISB),
 * runs them, patches them and runs them again; and new code mapped where
 * old code was unmapped must run as the new code.
 * ferry-test: arch-specific (it writes AArch64 machine code) */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#define RET 0xd65f03c0u

static uint32_t movz_w0(unsigned imm16)
{
    return 0x52800000u | (imm16 << 5); /* movz w0, #imm16 */
}

static void emit(uint32_t *code, unsigned value)
{
    code[0] = movz_w0(value);
    code[1] = RET;
    __builtin___clear_cache((char *)code, (char *)(code + 2));
}

static void *map_code(void *where)
{
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | (where ? MAP_FIXED : 0);
    void *p = mmap(where, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, flags, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

int main(void)
{
    uint32_t *code = map_code(NULL);
    if (!code) {
        perror("mmap");
        return 1;
    }
    int (*fn)(void) = (int (*)(void))(uintptr_t)code;

    emit(code, 1);
    long sum = 0;
    for (int i = 0; i < 1000; i++) /* hot enough to be translated and chained */
        sum += fn();
    printf("first: %d, sum %ld\n", fn(), sum);

    for (unsigned v = 2; v <= 5; v++) {
        emit(code, v);
        printf("patched to %u: %d\n", v, fn());
    }

    /* Unmap, map again at the same address, write different code. */
    munmap(code, 4096);
    uint32_t *again = map_code(code);
    if (again != code) {
        printf("could not map at the same address\n");
        return 1;
    }
    emit(again, 42);
    printf("remapped: %d\n", fn());

    /* mprotect round trip: write-protected code still runs. */
    mprotect(again, 4096, PROT_READ | PROT_EXEC);
    printf("read-only: %d\n", fn());
    return 0;
}
