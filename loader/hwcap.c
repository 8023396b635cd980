/* Feature bits the guest sees in AT_HWCAP / AT_HWCAP2.
 *
 * Only features the translator implements may be advertised: glibc's ifunc
 * resolvers pick memcpy, strlen and friends by these bits, so claiming, say,
 * SVE would route every string operation through
 * instructions ferry cannot run.  Add a bit here in the same change that
 * teaches dbt/ the instructions behind it, sets the ID register fields
 * that go with it (dbt/frontend/trans_system.c) and lifts its lines from
 * the feature gate (dbt/frontend/decode.c), which keeps the instructions
 * of every extension not named here UNDEFINED. */
#include "loader/loader.h"

/* arm64 uapi <asm/hwcap.h> values; the x86-64 host has no such header. */
#define AARCH64_HWCAP_FP (1ULL << 0)
#define AARCH64_HWCAP_ASIMD (1ULL << 1)
#define AARCH64_HWCAP_ATOMICS (1ULL << 8) /* LSE: dbt/frontend/trans_atomic.c */
#define AARCH64_HWCAP_CPUID (1ULL << 11)  /* MRS of ID registers: trans_system.c */
#define AARCH64_HWCAP_LRCPC (1ULL << 15)  /* LDAPR: dbt/frontend/trans_ldst_excl.c */
#define AARCH64_HWCAP_ILRCPC (1ULL << 26) /* LDAPUR/STLUR: trans_ldst_excl.c */

uint64_t loader_hwcap(void)
{
    return AARCH64_HWCAP_FP | AARCH64_HWCAP_ASIMD | AARCH64_HWCAP_ATOMICS | AARCH64_HWCAP_CPUID |
           AARCH64_HWCAP_LRCPC | AARCH64_HWCAP_ILRCPC;
}

uint64_t loader_hwcap2(void)
{
    return 0;
}
