/* Conversions between the internal flags image and architectural NZCV. */
#include "dbt/cpu.h"

uint64_t cpu_get_nzcv(const struct cpu_state *cpu)
{
    uint64_t f = cpu->flags, nzcv = 0;
    if (f & (1u << FLAGS_SF_BIT)) nzcv |= 1ull << 31;
    if (f & (1u << FLAGS_ZF_BIT)) nzcv |= 1ull << 30;
    if (!(f & (1u << FLAGS_CF_BIT))) nzcv |= 1ull << 29;
    if (f & (1u << FLAGS_OF_BIT)) nzcv |= 1ull << 28;
    return nzcv;
}

void cpu_set_nzcv(struct cpu_state *cpu, uint64_t nzcv)
{
    uint64_t f = 1u << 9; /* lahf's always-one bit 1 of AH */
    if (nzcv & (1ull << 31)) f |= 1u << FLAGS_SF_BIT;
    if (nzcv & (1ull << 30)) f |= 1u << FLAGS_ZF_BIT;
    if (!(nzcv & (1ull << 29))) f |= 1u << FLAGS_CF_BIT;
    if (nzcv & (1ull << 28)) f |= 1u << FLAGS_OF_BIT;
    cpu->flags = f;
}
