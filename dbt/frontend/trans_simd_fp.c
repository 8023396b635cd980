/* AdvSIMD floating-point arithmetic, vector and scalar forms: the
 * three-same group (FADD ... FDIV, FMLA/FMLS, FABD, min/max, compares,
 * pairwise, FRECPS/FRSQRTS), by element (FMUL/FMLA/FMLS), across lanes
 * (FMAXV ...) and the scalar pairwise forms.  Conversions and the rest of
 * two-register misc are in trans_simd_fp_misc.c.
 *
 * NaNs take the exact C path (the NaN guard below), so the SSE code only
 * has to be right for numbers.  Known gaps: FPCR.DN on the fast paths
 * that pass NaNs through (FRINT*, FCVTN/FCVTL), and Input Denormal
 * (fp_env reports x86 DE as IDC).  FP16 arithmetic is not implemented
 * (nor advertised: decode.c keeps it UNDEFINED). */
#include "dbt/frontend/trans_simd_fp.h"

#include "dbt/backend/emit_dpimm.h"
#include "dbt/runtime/fp_env.h"

uint64_t fbits(bool dbl, double v)
{
    uint64_t b;
    if (dbl) {
        __builtin_memcpy(&b, &v, 8);
        return b;
    }
    float f = (float)v;
    uint32_t w;
    __builtin_memcpy(&w, &f, 4);
    return vrep(2, w);
}

void fconst(struct tcx *tc, int x, bool dbl, double v)
{
    uint64_t b = fbits(dbl, v);
    vconst(tc, x, b, b);
}

void fconst_op(struct tcx *tc, uint32_t op_ps, bool dbl, int x, double v)
{
    uint64_t b = fbits(dbl, v);
    vconst_op(tc, F(op_ps, dbl), x, b, b);
}

void fld(struct tcx *tc, int x, int n, struct fshape s)
{
    if (s.scalar && !s.dbl)
        emit_movss_load(&tc->e, x, vreg_mem(n, 0));
    else
        vldq(tc, x, n, s.scalar ? 0 : s.q);
}

void fst(struct tcx *tc, int n, int x, struct fshape s)
{
    if (s.scalar)
        vst_scalar(tc, n, x, s.dbl ? 3 : 2);
    else
        vst(tc, n, x, s.q);
}

void fblendv(struct tcx *tc, bool dbl, int xd, int xs1, int xs2, int xmask)
{
    if (dbl)
        emit_vblendvpd(&tc->e, xd, xs1, xs2, xmask);
    else
        emit_vblendvps(&tc->e, xd, xs1, xs2, xmask);
}

/* ---- the NaN guard ----
 * x86 and AArch64 differ on NaNs: which operand's NaN propagates, the
 * sign of the default NaN, max/min of NaNs, FMULX/FRECPS special cases,
 * FPCR.DN.  Ordinary numbers never meet those differences, so the SSE
 * code is the fast path and an instruction that meets a NaN (as an input,
 * or made from numbers like inf - inf) branches to the exact C version
 * (trans_simd_slow_fp.c) before storing anything.  The branch tests a
 * lane mask without touching EFLAGS: pmovmskb into ECX, jrcxz.  Both
 * paths leave NZCV in memory (tc_call_helper's state), so it is spilled
 * before the branch. */
#define MXCSR_SAVE mem_bd(HR_CPU, CPU_OFF_SCRATCH(1))

/* The fast path must store Vd (insn bits 4..0) with vst/vst_scalar. */
void fguard_check(struct tcx *tc, int xmask, struct fguard *g)
{
    struct emitter *e = &tc->e;
    flags_spill(tc);
    g->restore_mxcsr = false;
    emit_pmovmskb(e, RCX, xmask);
    emit_jrcxz(e, 5); /* over the jmp rel32 */
    g->to_slow = emit_jmp_rel32(e, NULL);
}

/* The same branch taken when FPCR.AHP is set: a `test` of FPCR where
 * EFLAGS may be clobbered, else a lane mask made of FPCR with AHP (bit
 * 26) moved to the sign of lane 0 and spread over it. */
void fguard_check_ahp(struct tcx *tc, struct fguard *g)
{
    struct emitter *e = &tc->e;
    if (flags_may_clobber(tc)) {
        g->restore_mxcsr = false;
        emit_test_mi(e, 0, mem_bd(HR_CPU, CPU_OFF_FPCR), FPCR_AHP);
        g->to_slow = emit_jcc_rel32(e, CC_NE, NULL);
        return;
    }
    emit_movss_load(e, 14, mem_bd(HR_CPU, CPU_OFF_FPCR));
    emit_simd_shift(e, SH_PSLLD, 14, 31 - 26);
    emit_simd_shift(e, SH_PSRAD, 14, 31);
    fguard_check(tc, 14, g);
}

void fguard_finish(struct tcx *tc, uint32_t insn, struct fguard *g)
{
    struct emitter *e = &tc->e;
    uint8_t *to_done = emit_jmp_rel32(e, NULL);
    if (!e->overflow)
        emit_patch_rel32(g->to_slow, e->p);
    if (g->restore_mxcsr)
        emit_ldmxcsr(e, MXCSR_SAVE);
    /* The slow path rejoins the fast one: keep the V register cache
     * (vcache.c) by reloading its slots after the C call, which also
     * brings Vd's slot up to date. */
    struct vc_state cached = tc->vc;
    simd_slow(tc, insn);
    vc_reload(tc, &cached);
    /* Both paths leave Vd in xmm15 (the fast path's store put it there),
     * so the next instruction can still take it from the register. */
    vfwd_reload(tc, (int)(insn & 31));
    if (!e->overflow)
        emit_patch_rel32(to_done, e->p);
    vfwd_mark(tc, (int)(insn & 31));
}

/* xd := NaN lanes of xa or xb.  Integer compares (|x| > infinity) raise
 * no FP flags, not even Denormal for a denormal result.  Per precision:
 * the magnitude mask, then the limits of enum fmask_kind. */
static const _Alignas(16) uint64_t nan_consts[2][8] = {
    { 0x7FFFFFFF7FFFFFFFull, 0x7FFFFFFF7FFFFFFFull, 0x7F8000007F800000ull, 0x7F8000007F800000ull,
      0x7F7FFFFF7F7FFFFFull, 0x7F7FFFFF7F7FFFFFull, 0x7EFFFFFF7EFFFFFFull, 0x7EFFFFFF7EFFFFFFull },
    { 0x7FFFFFFFFFFFFFFFull, 0x7FFFFFFFFFFFFFFFull, 0x7FF0000000000000ull, 0x7FF0000000000000ull,
      0x7FEFFFFFFFFFFFFFull, 0x7FEFFFFFFFFFFFFFull, 0x7FDFFFFFFFFFFFFFull, 0x7FDFFFFFFFFFFFFFull },
};

void nan_mask_ex(struct tcx *tc, bool dbl, int xd, int xa, int xb, enum fmask_kind kind)
{
    struct emitter *e = &tc->e;
    int t = gr_tmp(tc);
    emit_mov_ri(e, t, (uint64_t)(uintptr_t)nan_consts[dbl]);
    for (int i = 0; i < (xa == xb ? 1 : 2); i++) {
        int x = i ? 13 : xd;
        vmov(tc, x, i ? xb : xa);
        emit_simd_m(e, SX_PAND, x, mem_bd(t, 0));
        emit_simd_m(e, dbl ? SX_PCMPGTQ : SX_PCMPGTD, x, mem_bd(t, 16 * (1 + (int)kind)));
    }
    if (xa != xb)
        emit_simd(e, SX_POR, xd, 13);
    gr_free(tc, t);
}

void nan_mask(struct tcx *tc, bool dbl, int xd, int xa, int xb)
{
    nan_mask_ex(tc, dbl, xd, xa, xb, FM_NAN);
}

/* AArch64 FMAX/FMIN of numbers xn, xm into xd (distinct from both):
 * quiet compare and blend (x86 max/min pick the second operand for two
 * zeros); equal operands give n AND m (max) or n OR m (min), the right
 * sign for two zeros.  On numbers FMAXNM/FMINNM are the same.  Clobbers
 * x3, x4.
 *
 * FPCR.FZ: AArch64 flushes denormal operands to zero first.  The compares
 * see them as zeros (MXCSR.DAZ), but the blend picks the bits as they
 * are; see fminmax_flush. */
static void fminmax(struct tcx *tc, bool dbl, bool is_max, int xn, int xm, int xd)
{
    struct emitter *e = &tc->e;
    if (is_max)
        emit_vcmpp(e, dbl, 3, xm, xn, VCMP_LT_OQ);  /* n wins where m < n */
    else
        emit_vcmpp(e, dbl, 3, xn, xm, VCMP_LT_OQ);  /* n wins where n < m */
    fblendv(tc, dbl, xd, xm, xn, 3);
    emit_vcmpp(e, dbl, 3, xn, xm, VCMP_EQ_OQ);
    vmov(tc, 4, xn);
    emit_simd(e, is_max ? SX_PAND : SX_POR, 4, xm);
    fblendv(tc, dbl, xd, xd, 4, 3);
}

/* A denormal result of fminmax is one of the operands (or the AND/OR of
 * two that compared equal, hence of two denormals or zeros, with the
 * right sign), so flushing the result is flushing the operands.  x * 1.0
 * is that: under MXCSR.DAZ a denormal is read as a zero of its sign;
 * otherwise it is exact, and raises nothing the compares did not (x86
 * Denormal, which is not AArch64's IDC without FZ). */
static void fminmax_flush(struct tcx *tc, bool dbl, int x)
{
    fconst_op(tc, SX_MULPS, dbl, x, 1.0);
}

/* FRECPS/FRSQRTS define 0 * infinity (either order) as giving 2.0 / 1.5
 * without Invalid: zero both operands in those lanes, then the formula
 * gives exactly that.  Integer compares on the magnitudes raise no flags.
 * Uses x8..x12. */
static void zero_inf_times_zero(struct tcx *tc, bool dbl, int xn, int xm)
{
    struct emitter *e = &tc->e;
    uint64_t abs = ~sign_mask(dbl), inf = dbl ? 0x7FF0000000000000ull : vrep(2, 0x7F800000u);
    uint32_t eq = dbl ? SX_PCMPEQQ : SX_PCMPEQD;
    vconst(tc, 8, abs, abs);
    vconst(tc, 9, inf, inf);
    vmov(tc, 10, xn);
    emit_simd(e, SX_PAND, 10, 8);
    emit_simd(e, SX_PAND, 8, xm);   /* x8 = |m|, x10 = |n| */
    vmov(tc, 11, 10);
    emit_simd(e, eq, 11, 9);        /* n inf */
    emit_simd(e, eq, 9, 8);         /* m inf */
    vzero(tc, 12);
    emit_simd(e, eq, 10, 12);       /* n zero */
    emit_simd(e, eq, 8, 12);        /* m zero */
    emit_simd(e, SX_PAND, 10, 9);
    emit_simd(e, SX_PAND, 11, 8);
    emit_simd(e, SX_POR, 10, 11);
    vmov(tc, 11, 10);
    emit_simd(e, SX_PANDN, 10, xn);
    emit_simd(e, SX_PANDN, 11, xm);
    vmov(tc, xn, 10);
    vmov(tc, xm, 11);
}

/* Pairwise on x0:x1 (n first): unzip into even and odd elements. */
static void fpairwise_split(struct tcx *tc, bool dbl, int q)
{
    if (!q) {
        emit_simd(&tc->e, SX_PUNPCKLQDQ, 0, 1);
        vmov(tc, 1, 0);
    }
    vunzip(tc, dbl ? 3 : 2, 0, 1, 2);
}

/* Three same.  Arithmetic results in x0 are checked for NaNs (a NaN
 * input gives a NaN result in all of them); min/max check their inputs. */
static bool fp_3same(struct tcx *tc, uint32_t insn, struct fshape s)
{
    struct emitter *e = &tc->e;
    struct vinsn v = vdecode(insn);
    int a = (int)bits(insn, 23, 23), opcode = (int)bits(insn, 15, 11);
    int op = v.u << 6 | a << 5 | opcode;
    bool guard_result = true, restore_mxcsr = false;
    fld(tc, 0, v.rn, s);
    fld(tc, 1, v.rm, s);
    switch (op) {
    case 0x1A: emit_simd(e, F(SX_ADDPS, s.dbl), 0, 1); break; /* FADD */
    case 0x3A: emit_simd(e, F(SX_SUBPS, s.dbl), 0, 1); break; /* FSUB */
    case 0x5B: emit_simd(e, F(SX_MULPS, s.dbl), 0, 1); break; /* FMUL */
    case 0x5F:                                                /* FDIV */
        if (!s.q && !s.scalar && !s.dbl) /* 1.0 in the unused lanes */
            vconst_op(tc, SX_POR, 1, 0, fbits(false, 1.0));
        emit_simd(e, F(SX_DIVPS, s.dbl), 0, 1);
        break;
    case 0x7A: /* FABD */
        emit_simd(e, F(SX_SUBPS, s.dbl), 0, 1);
        vconst_op(tc, SX_PAND, 0, ~sign_mask(s.dbl), ~sign_mask(s.dbl));
        break;
    case 0x19: case 0x39: /* FMLA, FMLS: Vd + (+-n) * m, one rounding */
        fld(tc, 2, v.rd, s);
        if (op == 0x39)
            vconst_op(tc, SX_PXOR, 0, sign_mask(s.dbl), sign_mask(s.dbl));
        emit_vfma231_packed(e, PFMA_MADD, s.dbl, 2, 0, 1);
        vmov(tc, 0, 2);
        break;
    case 0x18: case 0x38: case 0x1E: case 0x3E: /* FMAXNM FMINNM FMAX FMIN */
        nan_mask(tc, s.dbl, 14, 0, 1);
        fminmax(tc, s.dbl, !a, 0, 1, 2);
        vmov(tc, 0, 2);
        fminmax_flush(tc, s.dbl, 0);
        guard_result = false;
        break;
    case 0x58: case 0x78: case 0x5E: case 0x7E: /* FMAXNMP FMINNMP FMAXP FMINP */
        fpairwise_split(tc, s.dbl, s.q);
        nan_mask(tc, s.dbl, 14, 0, 1);
        fminmax(tc, s.dbl, !a, 0, 1, 2);
        vmov(tc, 0, 2);
        fminmax_flush(tc, s.dbl, 0);
        guard_result = false;
        break;
    case 0x5A: /* FADDP */
        fpairwise_split(tc, s.dbl, s.q);
        emit_simd(e, F(SX_ADDPS, s.dbl), 0, 1);
        break;
    case 0x1C: case 0x5C: case 0x7C: case 0x5D: case 0x7D: /* FCMEQ FCMGE FCMGT FACGE FACGT */
        if (opcode == 0x1D) {
            uint64_t abs = ~sign_mask(s.dbl);
            vconst(tc, 2, abs, abs);
            emit_simd(e, SX_PAND, 0, 2);
            emit_simd(e, SX_PAND, 1, 2);
        }
        /* n >= m is m <= n: compare with the operands swapped (the
         * signalling predicates, as AArch64's GE/GT) */
        if (op == 0x1C)
            emit_simd_i(e, F(SX_CMPPS_I, s.dbl), 1, 0, CMP_EQ);
        else
            emit_simd_i(e, F(SX_CMPPS_I, s.dbl), 1, 0, a ? CMP_LT : CMP_LE);
        fst(tc, v.rd, 1, s);
        return true;
    case 0x1F: case 0x3F: { /* FRECPS: 2 - n*m; FRSQRTS: (3 - n*m) / 2 */
        bool rsqrt = op == 0x3F;
        /* the fast path may raise flags the C path must not: Overflow
         * (FRSQRTS, below), or Invalid for a flushed denormal times an
         * infinity under FPCR.FZ (which AArch64 defines as 0 * inf) */
        emit_stmxcsr(e, MXCSR_SAVE);
        zero_inf_times_zero(tc, s.dbl, 0, 1);
        fconst(tc, 2, s.dbl, rsqrt ? 3.0 : 2.0);
        emit_vfma231_packed(e, PFMA_NMADD, s.dbl, 2, 0, 1);
        vmov(tc, 0, 2);
        if (rsqrt) {
            /* Halving the rounded 3 - n*m is exact unless that overflowed,
             * which may have given an infinity or (rounding towards zero
             * or one infinity) the largest finite value, where the exact
             * half would not overflow.  Lanes of magnitude >= 2^127
             * (2^1023), and NaNs, take the C path, which halves an operand
             * first.  (3 - n*m is never tiny: no underflow to care for.) */
            nan_mask_ex(tc, s.dbl, 14, 0, 0, FM_HUGE);
            fconst_op(tc, SX_MULPS, s.dbl, 0, 0.5);
            guard_result = false;
        }
        restore_mxcsr = true;
        break;
    }
    default:
        return false; /* FMULX and the rest: C path only */
    }
    if (guard_result)
        nan_mask(tc, s.dbl, 14, 0, 0);
    struct fguard g;
    fguard_check(tc, 14, &g);
    g.restore_mxcsr = restore_mxcsr;
    fst(tc, v.rd, 0, s);
    fguard_finish(tc, insn, &g);
    return true;
}

/* FMUL/FMLA/FMLS (by element), vector and scalar. */
static bool fp_elem(struct tcx *tc, uint32_t insn, struct fshape s)
{
    struct emitter *e = &tc->e;
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 15, 12);
    int h = (int)bits(insn, 11, 11), l = (int)bits(insn, 21, 21);
    int rm = (int)bits(insn, 20, 16);
    if (v.size < 2 || (s.dbl && l) || v.u)
        return false; /* FP16, or FMULX (the C path), or unallocated */
    int index = s.dbl ? h : (h << 1 | l);
    struct x86_mem elem = vreg_mem(rm, index << (s.dbl ? 3 : 2));
    fld(tc, 0, v.rn, s);
    if (s.scalar) {
        if (s.dbl)
            emit_simd_m(e, SX_MOVQ, 1, elem);
        else
            emit_movss_load(e, 1, elem);
    } else {
        emit_vpbroadcast_m(e, s.dbl ? 8 : 4, 1, elem);
        if (!s.q) /* keep the unused lanes 0 * 0: no spurious flags */
            emit_simd(e, SX_MOVQ, 1, 1);
    }
    if (opcode == 9) {
        emit_simd(e, F(SX_MULPS, s.dbl), 0, 1);
    } else {
        fld(tc, 2, v.rd, s);
        if (opcode == 5)
            vconst_op(tc, SX_PXOR, 0, sign_mask(s.dbl), sign_mask(s.dbl));
        emit_vfma231_packed(e, PFMA_MADD, s.dbl, 2, 0, 1);
        vmov(tc, 0, 2);
    }
    nan_mask(tc, s.dbl, 14, 0, 0);
    struct fguard g;
    fguard_check(tc, 14, &g);
    fst(tc, v.rd, 0, s);
    fguard_finish(tc, insn, &g);
    return true;
}

/* The scalar forms of three same that exist ("Advanced SIMD scalar three
 * same" in the Arm ARM); op = U:a:opcode as in fp_3same.  The vector-only
 * operations (FADD, FMLA, FMAX, ...) are unallocated as scalars. */
static bool scalar_3same_allocated(int op)
{
    switch (op) {
    case 0x1B: case 0x1C: case 0x1F: /* FMULX, FCMEQ, FRECPS */
    case 0x3F:                       /* FRSQRTS */
    case 0x5C: case 0x5D:            /* FCMGE, FACGE */
    case 0x7A: case 0x7C: case 0x7D: /* FABD, FCMGT, FACGT */
        return true;
    default:
        return false;
    }
}

bool trans_simd_fp_3same(struct tcx *tc, uint32_t insn)
{
    bool scalar = bits(insn, 28, 28), elem = bits(insn, 24, 24);
    struct fshape s = { .dbl = bits(insn, 22, 22), .scalar = scalar, .q = (int)bits(insn, 30, 30) };
    int op = (int)(bits(insn, 29, 29) << 6 | bits(insn, 23, 23) << 5 | bits(insn, 15, 11));
    if (scalar && !elem && !scalar_3same_allocated(op))
        return false;
    if (!scalar && s.dbl && !s.q)
        return false;
    uint8_t *mark = tc->e.p;
    enum flags_state flags_before = tc->flags;
    bool ok = elem ? fp_elem(tc, insn, s) : fp_3same(tc, insn, s);
    if (ok)
        return true;
    tc->e.p = mark;
    tc->flags = flags_before;
    return simd_slow_try(tc, insn);
}

/* FMAXNMV, FMINNMV, FMAXV, FMINV (4S only): op(op(e0, e1), op(e2, e3)). */
bool simd_fp_across(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int a = (int)bits(insn, 23, 23);
    if (!v.u || !v.q || bits(insn, 22, 22))
        return false; /* FP16 forms, or unallocated */
    vld(tc, 0, v.rn);
    nan_mask(tc, false, 14, 0, 0);
    vmov(tc, 1, 0);
    emit_simd_shift(&tc->e, SH_PSRLQ, 1, 32);
    fminmax(tc, false, !a, 0, 1, 2);
    emit_simd_i(&tc->e, SX_PSHUFD_I, 1, 2, 0x02);
    fminmax(tc, false, !a, 2, 1, 0);
    fminmax_flush(tc, false, 0);
    struct fguard g;
    fguard_check(tc, 14, &g);
    vst_scalar(tc, v.rd, 0, 2);
    fguard_finish(tc, insn, &g);
    return true;
}

/* Scalar pairwise FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP of Vn's 2S/2D. */
bool simd_fp_pairwise_scalar(struct tcx *tc, uint32_t insn)
{
    int a = (int)bits(insn, 23, 23), opcode = (int)bits(insn, 16, 12);
    bool dbl = bits(insn, 22, 22);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    if (dbl)
        vld(tc, 0, rn);
    else
        vld64(tc, 0, rn);
    vmov(tc, 1, 0);
    emit_simd_shift(&tc->e, SH_PSRLDQ, 1, dbl ? 8 : 4);
    switch (a << 5 | opcode) {
    case 0x0D:
        emit_simd(&tc->e, F(SX_ADDPS, dbl), 0, 1);
        nan_mask(tc, dbl, 14, 0, 0);
        break;
    case 0x0C: case 0x2C: case 0x0F: case 0x2F:
        nan_mask(tc, dbl, 14, 0, 0);
        fminmax(tc, dbl, !a, 0, 1, 2);
        vmov(tc, 0, 2);
        fminmax_flush(tc, dbl, 0);
        break;
    default:
        return false;
    }
    struct fguard g;
    fguard_check(tc, 14, &g);
    vst_scalar(tc, rd, 0, dbl ? 3 : 2);
    fguard_finish(tc, insn, &g);
    return true;
}
