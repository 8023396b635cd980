/* NaN results of scalar FP arithmetic.
 *
 * x86 and AArch64 agree on NaN results only in the simple case of one
 * quiet NaN operand.  x86 answers an invalid operation (inf - inf, 0 * inf,
 * 0 / 0, sqrt(-1)) with the negative "QNaN indefinite" 0xFFF8..., AArch64
 * with the positive default NaN 0x7FF8...; with two NaN operands x86 takes
 * the first, AArch64 the first signalling one; FMADD of a quiet-NaN addend
 * with 0 * inf is the default NaN on AArch64; FPCR.DN forces the default
 * NaN.  A NaN result is rare, so the fast path only tests for one
 * (ucomis + jnp) and a C helper applies the AArch64 rules. */
#include "dbt/frontend/trans_fp.h"
#include "dbt/runtime/stats.h"

#include "common/ferry.h"

#include <string.h>

enum nan_kind { NOT_NAN, QNAN, SNAN };

struct fp_fmt {
    uint64_t exp, frac, quiet, sign, default_nan;
};

static const struct fp_fmt fmt_single = {
    0x7F800000u, 0x007FFFFFu, 1u << 22, 1u << 31, 0x7FC00000u,
};
static const struct fp_fmt fmt_double = {
    0x7FF0000000000000ull, 0x000FFFFFFFFFFFFFull, 1ull << 51, 1ull << 63, 0x7FF8000000000000ull,
};

static enum nan_kind nan_kind(const struct fp_fmt *f, uint64_t v)
{
    if ((v & f->exp) != f->exp || !(v & f->frac))
        return NOT_NAN;
    return (v & f->quiet) ? QNAN : SNAN;
}

static bool is_inf(const struct fp_fmt *f, uint64_t v)
{
    return (v & ~f->sign) == f->exp;
}

static bool is_zero(const struct fp_fmt *f, uint64_t v)
{
    return (v & ~f->sign) == 0;
}

static uint64_t vreg_value(const struct cpu_state *cpu, int n, bool dbl)
{
    uint64_t v = 0; /* little-endian host, like the lanes */
    memcpy(&v, cpu->v[n], dbl ? 8 : 4);
    return v;
}

/* cpu->scratch[1] = the instruction word; returns the AArch64 result in
 * cpu->scratch[0].  Called only when the x86 result was a NaN (FMAX and
 * friends: when an operand was). */
static void helper_fp_nan(struct cpu_state *cpu)
{
    uint32_t insn = (uint32_t)cpu->scratch[1];
    bool dbl = bits(insn, 23, 22) == FT_DOUBLE;
    const struct fp_fmt *f = dbl ? &fmt_double : &fmt_single;
    uint64_t op[3];
    int nops;
    int rn = (int)bits(insn, 9, 5), rm = (int)bits(insn, 20, 16);
    bool fma = bits(insn, 28, 24) == 0x1F;
    if (fma) {
        /* FPMulAdd(a, n, m) with n and/or a negated first (FMSUB, FNMADD,
         * FNMSUB): the negation shows in a NaN's sign */
        bool o1 = bits(insn, 21, 21), o0 = bits(insn, 15, 15);
        op[0] = vreg_value(cpu, (int)bits(insn, 14, 10), dbl) ^ (o1 ? f->sign : 0);
        op[1] = vreg_value(cpu, rn, dbl) ^ (o1 != o0 ? f->sign : 0);
        op[2] = vreg_value(cpu, rm, dbl);
        nops = 3;
    } else if (bits(insn, 11, 10) == 2) { /* 2-source */
        op[0] = vreg_value(cpu, rn, dbl);
        op[1] = vreg_value(cpu, rm, dbl);
        nops = 2;
    } else { /* FSQRT */
        op[0] = vreg_value(cpu, rn, dbl);
        nops = 1;
    }

    uint64_t result = f->default_nan;
    int first_q = -1, first_s = -1;
    for (int i = nops - 1; i >= 0; i--) {
        enum nan_kind k = nan_kind(f, op[i]);
        if (k == SNAN)
            first_s = i;
        else if (k == QNAN)
            first_q = i;
    }
    if (first_s >= 0)
        result = op[first_s] | f->quiet;
    else if (first_q >= 0)
        result = op[first_q];
    if (fma && nan_kind(f, op[0]) == QNAN &&
        ((is_inf(f, op[1]) && is_zero(f, op[2])) || (is_zero(f, op[1]) && is_inf(f, op[2]))))
        result = f->default_nan;
    if (cpu->fpcr & (1u << 25)) /* FPCR.DN */
        result = f->default_nan;
    /* FMAXNM/FMINNM: a quiet NaN against a number gives the number */
    if (!fma && nops == 2 && (bits(insn, 15, 12) == 6 || bits(insn, 15, 12) == 7)) {
        enum nan_kind kn = nan_kind(f, op[0]), km = nan_kind(f, op[1]);
        if (kn == QNAN && km == NOT_NAN)
            result = op[1];
        else if (km == QNAN && kn == NOT_NAN)
            result = op[0];
    }
    cpu->scratch[0] = result;
}

/* (trans_fp.h) Only the host registers that hold guest state and that
 * the callee may clobber are saved, plus RAX if `keep_rax`. */
void fp_emit_light_call(struct tcx *tc, void (*fn)(struct cpu_state *), bool keep_rax,
                        unsigned vc_live)
{
    static const int caller_saved[] = { RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11 };
    int saved[N_MAPPED + 1], n = 0;
    if (keep_rax)
        saved[n++] = RAX;
    for (int i = 0; i < N_MAPPED; i++)
        for (unsigned j = 0; j < sizeof caller_saved / sizeof caller_saved[0]; j++)
            if (mapped_host[i] == caller_saved[j])
                saved[n++] = mapped_host[i];
    vc_save(&tc->e, vc_live);
    for (int i = 0; i < n; i++)
        emit_push_r(&tc->e, saved[i]);
    if (n & 1) /* keep rsp 16-byte aligned at the call */
        emit_alu_ri(&tc->e, ALU_SUB, 1, RSP, 8);
    tc_count(tc, &run_stats.helper_calls, RAX); /* RAX is saved if kept */
    emit_lea(&tc->e, 1, RDI, mem_bd(HR_CPU, -CPU_BIAS));
    emit_mov_ri(&tc->e, RAX, (uint64_t)(uintptr_t)fn);
    emit_call_r(&tc->e, RAX);
    if (n & 1)
        emit_alu_ri(&tc->e, ALU_ADD, 1, RSP, 8);
    for (int i = n - 1; i >= 0; i--)
        emit_pop_r(&tc->e, saved[i]);
    vc_restore(&tc->e, vc_live);
}

/* The NaN test (and FCVT's FPCR.AHP test) uses EFLAGS.  Where host flags
 * hold live NZCV they are kept around it: SF ZF CF (and AF PF) through
 * lahf/sahf, OF through seto and `add al, 0x7f`, which overflows exactly
 * when al is 1.  No data depends on it, unlike a branch-free fix-up of
 * the result. */
enum { OP_LAHF = 0x9F, OP_SAHF = 0x9E, OP_ADD_AL_IMM8 = 0x04 };

bool fp_save_flags(struct tcx *tc)
{
    if (flags_may_clobber(tc))
        return false;
    if ((tc->temps | tc->reserved) & (1u << RAX))
        ferry_fatal(70, "internal error: RAX busy around an FP flag-saving check at 0x%llx",
                    (unsigned long long)tc->pc);
    emit_setcc(&tc->e, CC_O, RAX);
    emit_byte(&tc->e, OP_LAHF);
    return true;
}

void fp_restore_flags(struct tcx *tc, bool saved)
{
    if (!saved)
        return;
    emit_byte(&tc->e, OP_ADD_AL_IMM8);
    emit_byte(&tc->e, 0x7F);
    emit_byte(&tc->e, OP_SAHF);
}

/* The slow path: the instruction word for the helper, the call, and xr
 * := its result.  keep_rax: the fast path holds saved flags in RAX.  Out
 * of line, arg[0] is ftype | keep_rax << 8 and arg[1] is xr. */
static void emit_nan_call(struct tcx *tc, uint32_t insn, int ftype, int xr, bool keep_rax,
                          unsigned vc_live)
{
    struct emitter *e = &tc->e;
    emit_store_imm32(e, 0, mem_bd(HR_CPU, CPU_OFF_SCRATCH(1)), (int32_t)insn);
    fp_emit_light_call(tc, helper_fp_nan, keep_rax, vc_live);
    (ftype == FT_DOUBLE ? emit_movsd_load : emit_movss_load)(e, xr, mem_bd(HR_CPU, CPU_OFF_SCRATCH(0)));
}

static void nan_stub(struct tcx *tc, const struct cold_stub *s)
{
    emit_nan_call(tc, s->insn, s->arg[0] & 0xFF, s->arg[1], s->arg[0] >> 8, s->vc_live);
}

/* After a NaN test (PF set: NaN): call the helper and reload xr, out of
 * line where there is room. */
static void emit_nan_slow_path(struct tcx *tc, int ftype, int xr, bool flags_saved)
{
    if (tc_defer_cold(tc, CC_P, nan_stub, tc->insn, ftype | (flags_saved << 8), xr))
        return;
    struct emitter *e = &tc->e;
    uint8_t *skip = emit_jcc_rel32(e, CC_NP, NULL);
    emit_nan_call(tc, tc->insn, ftype, xr, flags_saved, vc_live(tc));
    if (!e->overflow)
        emit_patch_rel32(skip, e->p);
}

void fp_fix_nan(struct tcx *tc, int ftype, int xr)
{
    bool saved = fp_save_flags(tc);
    (ftype == FT_DOUBLE ? emit_ucomisd : emit_ucomiss)(&tc->e, xr, xr);
    emit_nan_slow_path(tc, ftype, xr, saved);
    fp_restore_flags(tc, saved);
}

/* FMAX/FMIN/FMAXNM/FMINNM: the helper makes the result for any NaN
 * operand (quiet NaNs lose to numbers in the NM forms). */
void fp_fix_nan_minmax(struct tcx *tc, int ftype, int xr, int xt, struct x86_mem n, struct x86_mem m)
{
    bool dbl = ftype == FT_DOUBLE;
    bool saved = fp_save_flags(tc);
    (dbl ? emit_movsd_load : emit_movss_load)(&tc->e, xt, n);
    emit_ucomis_m(&tc->e, dbl, xt, m);
    emit_nan_slow_path(tc, ftype, xr, saved);
    fp_restore_flags(tc, saved);
}
