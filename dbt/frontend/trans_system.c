/* Hints, barriers, system registers and cache maintenance. */
#include "dbt/runtime/fp_env.h"
#include "dbt/backend/hostregs.h"
#include "dbt/dbt.h"
#include "dbt/translate.h"
#include "dbt/frontend/trans_ldst.h"

#include <time.h>

/* Values of the identification registers ferry emulates.  MIDR names no
 * real implementer so glibc picks its generic routines. */
#define EMU_MIDR 0x000f0510ull
#define EMU_CTR 0x8444c004ull   /* 64-byte lines, no IDC/DIC: IC IVAU is needed */
#define EMU_DCZID 4ull          /* DC ZVA zeroes 2^4 words = 64 bytes */
#define EMU_CNTFRQ 1000000000ull /* CNTVCT counts nanoseconds */
/* The ID registers say what loader/hwcap.c says, field by field as Linux
 * derives AT_HWCAP from them (arch/arm64/kernel/cpufeature.c), and no
 * more: decode.c keeps the instructions of every other extension
 * UNDEFINED.  tests/c/hwcap-idregs.c checks the two against each other.
 *   ID_AA64PFR0: EL0 and EL1 AArch64 only (1, 1); FP and AdvSIMD 0 =
 *     implemented without half-precision arithmetic (HWCAP_FP, ASIMD;
 *     not FPHP, ASIMDHP).
 *   ID_AA64ISAR0: Atomic 2 = LSE (HWCAP_ATOMICS); AES, SHA*, CRC32,
 *     RDM, SM3/4, DP, FHM, TS, RNDR 0.
 *   ID_AA64ISAR1: LRCPC 2 = LDAPR and LDAPUR/STLUR (HWCAP_LRCPC and
 *     HWCAP_ILRCPC); DPB, JSCVT, FCMA, FRINTTS, SB, BF16, I8MM, PAuth 0.
 * Fields Linux hides from EL0 read as its safe values: ID_AA64DFR0's
 * DebugVer 6 (ARMv8.0 debug), ID_AA64MMFR0's TGran4 and TGran64 0xf.
 * Every other ID register reads as zero: nothing of theirs is present
 * (ID_AA64MMFR2.AT = 0: no LSE2, so unaligned atomics fault). */
#define EMU_PFR0 0x11ull
#define EMU_DFR0 0x6ull
#define EMU_ISAR0 (2ull << 20)
#define EMU_ISAR1 (2ull << 20)
#define EMU_MMFR0 0xff000000ull
#define DC_ZVA_BYTES 64

#define SYSREG(op0, op1, crn, crm, op2) \
    (((op0) << 14) | ((op1) << 11) | ((crn) << 7) | ((crm) << 3) | (op2))
enum {
    SR_NZCV = SYSREG(3, 3, 4, 2, 0),
    SR_FPCR = SYSREG(3, 3, 4, 4, 0),
    SR_FPSR = SYSREG(3, 3, 4, 4, 1),
    SR_TPIDR_EL0 = SYSREG(3, 3, 13, 0, 2),
    SR_TPIDRRO_EL0 = SYSREG(3, 3, 13, 0, 3),
    SR_DCZID_EL0 = SYSREG(3, 3, 0, 0, 7),
    SR_CTR_EL0 = SYSREG(3, 3, 0, 0, 1),
    SR_MIDR_EL1 = SYSREG(3, 0, 0, 0, 0),
    SR_MPIDR_EL1 = SYSREG(3, 0, 0, 0, 5),
    SR_REVIDR_EL1 = SYSREG(3, 0, 0, 0, 6),
    SR_ID_AA64PFR0 = SYSREG(3, 0, 0, 4, 0),
    SR_ID_AA64DFR0 = SYSREG(3, 0, 0, 5, 0),
    SR_ID_AA64MMFR0 = SYSREG(3, 0, 0, 7, 0),
    SR_ID_AA64ISAR0 = SYSREG(3, 0, 0, 6, 0),
    SR_ID_AA64ISAR1 = SYSREG(3, 0, 0, 6, 1),
    SR_CNTFRQ_EL0 = SYSREG(3, 3, 14, 0, 0),
    SR_CNTVCT_EL0 = SYSREG(3, 3, 14, 0, 2),
    SR_CNTVCTSS_EL0 = SYSREG(3, 3, 14, 0, 6),
};

static unsigned sysreg_of(uint32_t insn)
{
    return (2u + bits(insn, 19, 19)) << 14 | bits(insn, 18, 5);
}

static bool trans_NOP(struct tcx *tc, uint32_t insn)
{
    (void)tc;
    (void)insn;
    return true;
}

/* x86 is TSO: only barriers that order earlier stores against later loads
 * need a fence.  CRm<1:0> == 3 means "all accesses" (ISH, SY, ...). */
static bool trans_DMB(struct tcx *tc, uint32_t insn)
{
    if (bits(insn, 9, 8) == 3)
        emit_mfence(&tc->e);
    return true;
}

static bool trans_CLREX(struct tcx *tc, uint32_t insn)
{
    (void)insn;
    emit_store_imm32(&tc->e, 1, mem_bd(HR_CPU, CPU_OFF_EXCL_ADDR), -1);
    return true;
}

/* ISB: the point where code written and invalidated with IC IVAU must
 * become visible.  IC IVAU has dropped the translations already (by this
 * thread or another), so ending the block is enough: the next one is
 * looked up again, or reached through a chain that the drop undid. */
static bool trans_ISB(struct tcx *tc, uint32_t insn)
{
    (void)insn;
    tc_exit_direct(tc, tc->pc + 4);
    return true;
}

static void helper_cntvct(struct cpu_state *cpu)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    cpu->scratch[0] = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void helper_mrs_nzcv(struct cpu_state *cpu)
{
    cpu->scratch[0] = cpu_get_nzcv(cpu);
}

static void helper_msr_nzcv(struct cpu_state *cpu)
{
    cpu_set_nzcv(cpu, cpu->scratch[0]);
}

static void load_scratch0(struct tcx *tc, int rt)
{
    int d = gr_dst(tc, rt);
    emit_load(&tc->e, 8, false, 1, d, mem_bd(HR_CPU, CPU_OFF_SCRATCH(0)));
    gr_put(tc, rt, d);
}

static void put_const(struct tcx *tc, int rt, uint64_t v)
{
    int d = gr_dst(tc, rt);
    emit_mov_ri(&tc->e, d, v);
    gr_put(tc, rt, d);
}

static bool trans_MRS(struct tcx *tc, uint32_t insn)
{
    int rt = (int)bits(insn, 4, 0);
    unsigned sr = sysreg_of(insn);
    switch (sr) {
    case SR_TPIDR_EL0: {
        int d = gr_dst(tc, rt);
        emit_load(&tc->e, 8, false, 1, d, mem_bd(HR_CPU, CPU_OFF_TPIDR));
        gr_put(tc, rt, d);
        return true;
    }
    case SR_FPCR: {
        int d = gr_dst(tc, rt);
        emit_load(&tc->e, 8, false, 1, d, mem_bd(HR_CPU, CPU_OFF_FPCR));
        gr_put(tc, rt, d);
        return true;
    }
    case SR_NZCV:
        tc_call_helper(tc, helper_mrs_nzcv);
        load_scratch0(tc, rt);
        return true;
    case SR_FPSR:
        tc_call_helper(tc, fp_env_read_fpsr);
        load_scratch0(tc, rt);
        return true;
    case SR_CNTVCT_EL0:
    case SR_CNTVCTSS_EL0:
        tc_call_helper(tc, helper_cntvct);
        load_scratch0(tc, rt);
        return true;
    case SR_TPIDRRO_EL0: put_const(tc, rt, 0); return true;
    case SR_DCZID_EL0: put_const(tc, rt, EMU_DCZID); return true;
    case SR_CTR_EL0: put_const(tc, rt, EMU_CTR); return true;
    case SR_MIDR_EL1: put_const(tc, rt, EMU_MIDR); return true;
    case SR_MPIDR_EL1: put_const(tc, rt, 1ull << 31); return true;
    case SR_REVIDR_EL1: put_const(tc, rt, 0); return true;
    case SR_ID_AA64PFR0: put_const(tc, rt, EMU_PFR0); return true;
    case SR_ID_AA64DFR0: put_const(tc, rt, EMU_DFR0); return true;
    case SR_ID_AA64MMFR0: put_const(tc, rt, EMU_MMFR0); return true;
    case SR_ID_AA64ISAR0: put_const(tc, rt, EMU_ISAR0); return true;
    case SR_ID_AA64ISAR1: put_const(tc, rt, EMU_ISAR1); return true;
    case SR_CNTFRQ_EL0: put_const(tc, rt, EMU_CNTFRQ); return true;
    default:
        /* The rest of the ID register space that Linux emulates for EL0
         * (HWCAP_CPUID): op0=3, op1=0, CRn=0, CRm=2..7, where registers it
         * does not track (and features ferry lacks) read as zero.  CRm=0
         * is only MIDR, MPIDR and REVIDR; CRm=1 and 8..15 raise SIGILL,
         * as there. */
        if ((sr >> 7) == (SYSREG(3, 0, 0, 0, 0) >> 7) && bits(insn, 11, 8) >= 2 &&
            bits(insn, 11, 8) <= 7)
            return put_const(tc, rt, 0), true;
        return false;
    }
}

static void store_scratch0(struct tcx *tc, int rt)
{
    int r = gr_get(tc, rt, 1);
    emit_store(&tc->e, 8, r, mem_bd(HR_CPU, CPU_OFF_SCRATCH(0)));
}

static bool trans_MSR(struct tcx *tc, uint32_t insn)
{
    int rt = (int)bits(insn, 4, 0);
    switch (sysreg_of(insn)) {
    case SR_TPIDR_EL0: {
        int r = gr_get(tc, rt, 1);
        emit_store(&tc->e, 8, r, mem_bd(HR_CPU, CPU_OFF_TPIDR));
        return true;
    }
    case SR_NZCV:
        store_scratch0(tc, rt);
        tc_call_helper(tc, helper_msr_nzcv);
        tc->flags = FL_MEM;
        return true;
    case SR_FPCR:
        store_scratch0(tc, rt);
        tc_call_helper(tc, fp_env_write_fpcr);
        return true;
    case SR_FPSR:
        store_scratch0(tc, rt);
        tc_call_helper(tc, fp_env_write_fpsr);
        return true;
    default:
        return false;
    }
}

static bool trans_DC_ZVA(struct tcx *tc, uint32_t insn)
{
    int t = gr_tmp(tc);
    gr_get_into(tc, (int)bits(insn, 4, 0), 1, t);
    emit_alu_ri(&tc->e, ALU_AND, 1, t, -DC_ZVA_BYTES);
    ldst_untag_reg(tc, t);
    for (int off = 0; off < DC_ZVA_BYTES; off += 8)
        emit_store_imm32(&tc->e, 1, mem_bd(t, off), 0);
    return true;
}

/* IC IVAU: the guest wrote code in the cache line at Xt (CTR_EL0 says 64
 * bytes).  The dispatcher drops the translations made from that line —
 * outside translated code, where taking the code cache's lock cannot
 * deadlock with an exclusive section — and the guest continues after it. */
static bool trans_IC_IVAU(struct tcx *tc, uint32_t insn)
{
    store_scratch0(tc, (int)bits(insn, 4, 0));
    tc_exit_special(tc, tc->pc + 4, EXIT_IC_IVAU);
    return true;
}

const struct a64_pattern a64_system_patterns[] = {
    { 0xFFFFF01F, 0xD503201F, F_KEEP, trans_NOP, "HINT" }, /* NOP YIELD BTI PAC* ... */
    { 0xFFFFF0FF, 0xD503305F, F_KEEP, trans_CLREX, "CLREX" },
    { 0xFFFFF0FF, 0xD503309F, F_KEEP, trans_DMB, "DSB" },
    { 0xFFFFF0FF, 0xD50330BF, F_KEEP, trans_DMB, "DMB" },
    { 0xFFFFF0FF, 0xD50330DF, F_END, trans_ISB, "ISB" },
    { 0xFFFFF0FF, 0xD50330FF, F_KEEP, trans_NOP, "SB" },
    { 0xFFFFFFE0, 0xD53B4200, F_READ, trans_MRS, "MRS NZCV" },
    { 0xFFFFFFE0, 0xD51B4200, F_WRITE, trans_MSR, "MSR NZCV" },
    { 0xFFFFFFE0, 0xD53B4400, F_KEEP, trans_MRS, "MRS FPCR" },
    { 0xFFFFFFE0, 0xD53B4420, 0, trans_MRS, "MRS FPSR" },
    { 0xFFFFFFE0, 0xD53BD040, F_KEEP, trans_MRS, "MRS TPIDR_EL0" },
    { 0xFFFFFFE0, 0xD51BD040, F_KEEP, trans_MSR, "MSR TPIDR_EL0" },
    { 0xFFF00000, 0xD5300000, 0, trans_MRS, "MRS" },
    { 0xFFF00000, 0xD5100000, 0, trans_MSR, "MSR" },
    { 0xFFFFFFE0, 0xD50B7420, 0, trans_DC_ZVA, "DC ZVA" },
    { 0xFFFFFFE0, 0xD50B7520, F_END, trans_IC_IVAU, "IC IVAU" },
    { 0xFFFFFFE0, 0xD50B7B20, F_KEEP, trans_NOP, "DC CVAU" },
    { 0xFFFFFFE0, 0xD50B7A20, F_KEEP, trans_NOP, "DC CVAC" },
    { 0xFFFFFFE0, 0xD50B7E20, F_KEEP, trans_NOP, "DC CIVAC" },
    { 0xFFFFFFE0, 0xD50B7C20, F_KEEP, trans_NOP, "DC CVAP" },
    { 0xFFFFFFE0, 0xD50B7D20, F_KEEP, trans_NOP, "DC CVADP" },
    A64_PATTERN_END,
};
