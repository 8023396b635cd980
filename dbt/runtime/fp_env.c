#include "dbt/runtime/fp_env.h"

#include <xmmintrin.h>

#define MXCSR_RC_SHIFT 13
#define MXCSR_FTZ (1u << 15)
#define MXCSR_DAZ (1u << 6)
#define MXCSR_FLAGS 0x3Fu

/* FPCR.RMode (RN, RP, RM, RZ) -> MXCSR.RC (nearest, down, up, zero). */
static const unsigned rmode_to_rc[4] = { 0, 2, 1, 3 };

/* MXCSR exception flag bit -> FPSR cumulative bit:
 * IE->IOC(0), DE->IDC(7), ZE->DZC(1), OE->OFC(2), UE->UFC(3), PE->IXC(4). */
static const unsigned mxcsr_to_fpsr[6] = { 0, 7, 1, 2, 3, 4 };

void fp_env_write_fpcr(struct cpu_state *cpu)
{
    uint64_t v = cpu->scratch[0] & FPCR_WRITABLE;
    cpu->fpcr = v;
    unsigned csr = _mm_getcsr();
    csr &= ~(3u << MXCSR_RC_SHIFT) & ~MXCSR_FTZ & ~MXCSR_DAZ;
    csr |= rmode_to_rc[(v >> FPCR_RMODE_SHIFT) & 3] << MXCSR_RC_SHIFT;
    if (v & FPCR_FZ)
        csr |= MXCSR_FTZ | MXCSR_DAZ;
    _mm_setcsr(csr);
}

void fp_env_read_fpsr(struct cpu_state *cpu)
{
    unsigned csr = _mm_getcsr();
    uint64_t fpsr = cpu->fpsr;
    for (int i = 0; i < 6; i++) {
        /* x86 flags every denormal operand (DE); AArch64's IDC means a
         * denormal input was flushed, which happens only with FPCR.FZ. */
        if (i == 1 && !(cpu->fpcr & FPCR_FZ))
            continue;
        if (csr & (1u << i))
            fpsr |= 1u << mxcsr_to_fpsr[i];
    }
    cpu->scratch[0] = fpsr;
}

void fp_env_write_fpsr(struct cpu_state *cpu)
{
    /* Flags now live in cpu->fpsr; clear the host's so they are not
     * reported twice and a guest clearing them sees them cleared. */
    cpu->fpsr = cpu->scratch[0];
    _mm_setcsr(_mm_getcsr() & ~MXCSR_FLAGS);
}
