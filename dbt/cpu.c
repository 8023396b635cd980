/* Conversions between the internal flags image and architectural NZCV. */
#include "dbt/cpu.h"

#define EFL_CF (1u << 0)
#define EFL_ZF (1u << 6)
#define EFL_SF (1u << 7)
#define EFL_OF (1u << 11)
#define EFL_RESERVED_ONE (1u << 1)
#define EFL_IF (1u << 9)

uint64_t cpu_get_nzcv(const struct cpu_state *cpu)
{
    uint64_t f = cpu->flags, nzcv = 0;
    if (f & EFL_SF) nzcv |= 1ull << 31;
    if (f & EFL_ZF) nzcv |= 1ull << 30;
    if (!(f & EFL_CF)) nzcv |= 1ull << 29;
    if (f & EFL_OF) nzcv |= 1ull << 28;
    return nzcv;
}

void cpu_set_nzcv(struct cpu_state *cpu, uint64_t nzcv)
{
    uint64_t f = EFL_RESERVED_ONE | EFL_IF;
    if (nzcv & (1ull << 31)) f |= EFL_SF;
    if (nzcv & (1ull << 30)) f |= EFL_ZF;
    if (!(nzcv & (1ull << 29))) f |= EFL_CF;
    if (nzcv & (1ull << 28)) f |= EFL_OF;
    cpu->flags = f;
}
