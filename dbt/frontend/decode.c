/* Instruction decoding: the first matching pattern of the class tables. */
#include "dbt/translate.h"

#include <stddef.h>

static const struct a64_pattern *const tables[] = {
    a64_branch_sys_patterns,
    a64_system_patterns,
    a64_dp_imm_patterns,
    a64_dp_reg_patterns,
    a64_ldst_patterns,
    a64_ldst_simd_patterns,
    a64_ldst_excl_patterns,
    a64_atomic_patterns,
    a64_fp_patterns,
    a64_simd_patterns,
};

const struct a64_pattern *a64_decode(uint32_t insn)
{
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        for (const struct a64_pattern *p = tables[t]; p->trans; p++)
            if ((insn & p->mask) == p->value)
                return p;
    return NULL;
}
