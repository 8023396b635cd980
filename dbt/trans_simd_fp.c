/* AdvSIMD floating point, vector and scalar forms: the three-same group
 * (arithmetic, FMLA/FMLS, min/max, compares, pairwise, FRECPS/FRSQRTS),
 * by element (FMUL/FMLA/FMLS), two-register misc (FABS/FNEG/FSQRT, FRINT*,
 * compares with zero, conversions to and from integers, FCVTN/FCVTL),
 * across lanes (FMAXV ...), the scalar pairwise forms and the fixed-point
 * conversions of the shift-by-immediate group.
 *
 * Packed SSE/AVX/FMA operations with MXCSR rounding (which tracks
 * FPCR.RMode).  A 64-bit form is computed on zeroed upper lanes, so no
 * spurious exception flags are raised there (FDIV gets divisor 1.0).
 * Scalar forms run the packed operation on a register whose other lanes
 * are zero and keep element 0.
 *
 * Known gaps, shared with scalar FP (trans_fp*.c): x86 makes the negative
 * default NaN where AArch64 makes the positive one, FPCR.DN/AHP are
 * ignored, and a signalling NaN does not win over a quiet one.  FMULX and
 * the estimates (FRECPE, FRSQRTE, FRECPX), FCVTXN and the FP16 forms go to
 * the C fallback or are unallocated. */
#include "dbt/trans_simd.h"

/* The ps opcode with the 66 prefix is the pd one for every FP op used. */
static uint32_t F(uint32_t op_ps, bool dbl)
{
    return dbl ? op_ps | SX_(0x66, 0) : op_ps;
}

static uint64_t fbits(bool dbl, double v)
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

static void fconst(struct tcx *tc, int x, bool dbl, double v)
{
    uint64_t b = fbits(dbl, v);
    vconst(tc, x, b, b);
}

static void fconst_op(struct tcx *tc, uint32_t op_ps, bool dbl, int x, double v)
{
    uint64_t b = fbits(dbl, v);
    vconst_op(tc, F(op_ps, dbl), x, b, b);
}

static uint64_t sign_mask(bool dbl)
{
    return dbl ? 1ull << 63 : vrep(2, 1u << 31);
}

/* Operand shapes: a vector of 64 or 128 bits, or one scalar element. */
struct fshape {
    bool dbl, scalar;
    int q;
};

static void fld(struct tcx *tc, int x, int n, struct fshape s)
{
    if (s.scalar && !s.dbl)
        emit_movss_load(&tc->e, x, vmem(n, 0));
    else
        vldq(tc, x, n, s.scalar ? 0 : s.q);
}

static void fst(struct tcx *tc, int n, int x, struct fshape s)
{
    if (s.scalar)
        vst_scalar(tc, n, x, s.dbl ? 3 : 2);
    else
        vst(tc, n, x, s.q);
}

static void blendv(struct tcx *tc, bool dbl, int xd, int xs1, int xs2, int xmask)
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
struct fguard {
    uint8_t *to_slow;
    bool restore_mxcsr; /* the fast path may raise flags the C path would not */
};

#define MXCSR_SAVE mem_bd(HR_CPU, CPU_OFF_SCRATCH(1))

static void fguard_check(struct tcx *tc, int xmask, struct fguard *g)
{
    struct emitter *e = &tc->e;
    flags_spill(tc);
    g->restore_mxcsr = false;
    emit_pmovmskb(e, RCX, xmask);
    emit_jrcxz(e, 5); /* over the jmp rel32 */
    g->to_slow = emit_jmp_rel32(e, NULL);
}

static void fguard_finish(struct tcx *tc, uint32_t insn, struct fguard *g)
{
    struct emitter *e = &tc->e;
    uint8_t *to_done = emit_jmp_rel32(e, NULL);
    if (!e->overflow)
        emit_patch_rel32(g->to_slow, e->p);
    if (g->restore_mxcsr)
        emit_ldmxcsr(e, MXCSR_SAVE);
    simd_slow(tc, insn);
    if (!e->overflow)
        emit_patch_rel32(to_done, e->p);
}

/* xd := NaN lanes of xa or xb.  Integer compares (|x| > infinity) raise
 * no FP flags, not even Denormal for a denormal result. */
static const _Alignas(16) uint64_t nan_consts[2][6] = {
    { 0x7FFFFFFF7FFFFFFFull, 0x7FFFFFFF7FFFFFFFull, 0x7F8000007F800000ull, 0x7F8000007F800000ull,
      0x7F7FFFFF7F7FFFFFull, 0x7F7FFFFF7F7FFFFFull },
    { 0x7FFFFFFFFFFFFFFFull, 0x7FFFFFFFFFFFFFFFull, 0x7FF0000000000000ull, 0x7FF0000000000000ull,
      0x7FEFFFFFFFFFFFFFull, 0x7FEFFFFFFFFFFFFFull },
};

/* `and_inf`: infinities too (|x| > the largest finite value). */
static void nan_mask_ex(struct tcx *tc, bool dbl, int xd, int xa, int xb, bool and_inf)
{
    struct emitter *e = &tc->e;
    int t = gr_tmp(tc);
    emit_mov_ri(e, t, (uint64_t)(uintptr_t)nan_consts[dbl]);
    for (int i = 0; i < (xa == xb ? 1 : 2); i++) {
        int x = i ? 13 : xd;
        vmov(tc, x, i ? xb : xa);
        emit_simd_m(e, SX_PAND, x, mem_bd(t, 0));
        emit_simd_m(e, dbl ? SX_PCMPGTQ : SX_PCMPGTD, x, mem_bd(t, and_inf ? 32 : 16));
    }
    if (xa != xb)
        emit_simd(e, SX_POR, xd, 13);
    gr_free(tc, t);
}

static void nan_mask(struct tcx *tc, bool dbl, int xd, int xa, int xb)
{
    nan_mask_ex(tc, dbl, xd, xa, xb, false);
}

/* AArch64 FMAX/FMIN of numbers xn, xm into xd (distinct from both):
 * quiet compare and blend (x86 max/min pick the second operand for two
 * zeros); equal operands give n AND m (max) or n OR m (min), the right
 * sign for two zeros.  On numbers FMAXNM/FMINNM are the same.  Clobbers
 * x3, x4. */
static void fminmax(struct tcx *tc, bool dbl, bool is_max, int xn, int xm, int xd)
{
    struct emitter *e = &tc->e;
    if (is_max)
        emit_vcmpp(e, dbl, 3, xm, xn, VCMP_LT_OQ);  /* n wins where m < n */
    else
        emit_vcmpp(e, dbl, 3, xn, xm, VCMP_LT_OQ);  /* n wins where n < m */
    blendv(tc, dbl, xd, xm, xn, 3);
    emit_vcmpp(e, dbl, 3, xn, xm, VCMP_EQ_OQ);
    vmov(tc, 4, xn);
    emit_simd(e, is_max ? SX_PAND : SX_POR, 4, xm);
    blendv(tc, dbl, xd, xd, 4, 3);
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
    bool guard_result = true;
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
        guard_result = false;
        break;
    case 0x58: case 0x78: case 0x5E: case 0x7E: /* FMAXNMP FMINNMP FMAXP FMINP */
        fpairwise_split(tc, s.dbl, s.q);
        nan_mask(tc, s.dbl, 14, 0, 1);
        fminmax(tc, s.dbl, !a, 0, 1, 2);
        vmov(tc, 0, 2);
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
        if (rsqrt) /* its fast path can overflow where AArch64 does not */
            emit_stmxcsr(e, MXCSR_SAVE);
        zero_inf_times_zero(tc, s.dbl, 0, 1);
        fconst(tc, 2, s.dbl, rsqrt ? 3.0 : 2.0);
        emit_vfma231_packed(e, PFMA_NMADD, s.dbl, 2, 0, 1);
        vmov(tc, 0, 2);
        if (rsqrt) {
            /* 3 - n*m may overflow where its half does not: infinities
             * (and NaNs) take the C path, which halves an operand first */
            nan_mask_ex(tc, s.dbl, 14, 0, 0, true);
            fconst_op(tc, SX_MULPS, s.dbl, 0, 0.5);
            guard_result = false;
        }
        break;
    }
    default:
        return false; /* FMULX and the rest: C path only */
    }
    if (guard_result)
        nan_mask(tc, s.dbl, 14, 0, 0);
    struct fguard g;
    fguard_check(tc, 14, &g);
    g.restore_mxcsr = op == 0x3F;
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
    struct x86_mem elem = vmem(rm, index << (s.dbl ? 3 : 2));
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

bool trans_simd_fp_3same(struct tcx *tc, uint32_t insn)
{
    bool scalar = bits(insn, 28, 28), elem = bits(insn, 24, 24);
    struct fshape s = { .dbl = bits(insn, 22, 22), .scalar = scalar, .q = (int)bits(insn, 30, 30) };
    if (!scalar && s.dbl && !s.q)
        return false;
    uint8_t *mark = tc->e.p;
    enum flags_state flags_before = tc->flags;
    bool ok = elem ? fp_elem(tc, insn, s) : fp_3same(tc, insn, s);
    if (ok)
        return true;
    tc->e.p = mark;
    tc->flags = flags_before;
    if (!simd_slow_supports(insn))
        return false;
    simd_slow(tc, insn);
    return true;
}

/* ---- conversions ---- */

/* x0 := x0 rounded to integral: mode 0-3 = nearest, down, up, zero,
 * 4 = the FPCR mode, 5 = ties away; `exact` raises Inexact for a
 * non-integral input (FRINTX).  Clobbers x1..x5 for ties away. */
static void fround(struct tcx *tc, bool dbl, int mode, bool exact)
{
    struct emitter *e = &tc->e;
    uint32_t round = dbl ? SX_ROUNDPD_I : SX_ROUNDPS_I;
    if (mode < 5) {
        emit_simd_i(e, round, 0, 0, (uint8_t)(mode | (exact ? 0 : ROUND_NO_PE)));
        return;
    }
    /* Ties away: t = trunc(x), plus copysign(1, x) where the fraction
     * |x| - trunc(|x|) is at least 1/2, else plus copysign(0, x) (which
     * keeps -0).  The fraction is taken only where |x| < 2^23 (2^52),
     * zero elsewhere: larger values, infinities and NaNs are integral or
     * pass through trunc, and no step raises a flag. */
    uint64_t sm = sign_mask(dbl);
    vmov(tc, 1, 0);
    emit_simd_i(e, round, 1, 1, ROUND_TRUNC | ROUND_NO_PE);
    vmov(tc, 2, 0);
    vconst_op(tc, SX_PAND, 2, ~sm, ~sm);                 /* |x| */
    fconst(tc, 3, dbl, dbl ? 4503599627370496.0 : 8388608.0);
    emit_vcmpp(e, dbl, 3, 2, 3, VCMP_LT_OQ);
    emit_simd(e, SX_PAND, 2, 3);
    vmov(tc, 3, 2);
    emit_simd_i(e, round, 3, 3, ROUND_TRUNC | ROUND_NO_PE);
    emit_simd(e, F(SX_SUBPS, dbl), 2, 3);                /* fraction */
    fconst(tc, 4, dbl, 0.5);
    emit_simd_i(e, F(SX_CMPPS_I, dbl), 4, 2, CMP_LE);
    fconst_op(tc, SX_ANDPS, dbl, 4, 1.0);
    vmov(tc, 5, 0);
    vconst_op(tc, SX_PAND, 5, sm, sm);
    emit_simd(e, SX_POR, 4, 5);
    emit_simd(e, F(SX_ADDPS, dbl), 1, 4);
    vmov(tc, 0, 1);
}

/* Signed/unsigned integer elements of x0 to floating point. */
static void cvt_to_fp(struct tcx *tc, bool dbl, bool sign)
{
    struct emitter *e = &tc->e;
    if (!dbl && sign) {
        emit_simd(e, SX_CVTDQ2PS, 0, 0);
    } else if (!dbl) {
        /* 16-bit halves convert exactly; hi * 65536 + lo rounds once */
        vmov(tc, 1, 0);
        vconst_op(tc, SX_PAND, 1, vrep(2, 0xFFFF), vrep(2, 0xFFFF));
        emit_simd_shift(e, SH_PSRLD, 0, 16);
        emit_simd(e, SX_CVTDQ2PS, 0, 0);
        emit_simd(e, SX_CVTDQ2PS, 1, 1);
        fconst_op(tc, SX_MULPS, false, 0, 65536.0);
        emit_simd(e, SX_ADDPS, 0, 1);
    } else if (sign) {
        int t = gr_tmp(tc);
        emit_movq_from_xmm(e, t, 0);
        emit_cvtsi2sd(e, 1, 1, t);
        emit_pextrq(e, t, 0, 1);
        emit_cvtsi2sd(e, 1, 2, t);
        gr_free(tc, t);
        emit_simd(e, SX_PUNPCKLQDQ, 1, 2);
        vmov(tc, 0, 1);
    } else {
        /* 2^52 + low 32 bits and 2^84 + high 32 bits * 2^32 are exact
         * doubles; removing both biases then adding rounds once. */
        uint64_t k52 = 0x4330000000000000ull, k84 = 0x4530000000000000ull;
        vconst(tc, 1, k52, k52);
        emit_simd_i(e, SX_PBLENDW_I, 1, 0, 0x33);
        emit_simd_shift(e, SH_PSRLQ, 0, 32);
        vconst_op(tc, SX_POR, 0, k84, k84);
        uint64_t bias = 0x4530000000100000ull; /* 2^84 + 2^52 */
        vconst_op(tc, SX_SUBPD, 0, bias, bias);
        emit_simd(e, SX_ADDPD, 0, 1);
    }
}

/* Raise an x86 exception flag for the lanes of mask x: Precision (via
 * round of 0.5) or Invalid (via an out-of-range conversion).  x is
 * clobbered. */
static void raise_where(struct tcx *tc, bool dbl, int x, bool invalid)
{
    struct emitter *e = &tc->e;
    if (invalid) {
        fconst_op(tc, SX_ANDPS, dbl, x, 4294967296.0);
        emit_simd(e, dbl ? SX_(0x66, 0x0FE6) /* cvttpd2dq */ : SX_CVTTPS2DQ, x, x);
    } else {
        fconst_op(tc, SX_ANDPS, dbl, x, 0.5);
        emit_simd_i(e, dbl ? SX_ROUNDPD_I : SX_ROUNDPS_I, x, x, ROUND_MXCSR);
    }
}

/* FCVT[NMPZA][SU]: x0 rounded by `mode` (as fround), then converted to
 * saturated integers (NaN -> 0) with AArch64's flags: Invalid for lanes
 * that saturate, else Inexact for lanes that were not integral. */
static void cvt_to_int(struct tcx *tc, bool dbl, bool sign, int mode)
{
    struct emitter *e = &tc->e;
    double lim = dbl ? 9223372036854775808.0 : 2147483648.0;
    vmov(tc, 6, 0);                                  /* x6: the input */
    fround(tc, dbl, mode, false);
    vmov(tc, 7, 0);                                  /* x7: rounded */
    /* x5 := lanes that are exact (or NaN, handled as Invalid) */
    emit_vcmpp(e, dbl, 5, 7, 6, VCMP_NEQ_OQ);
    if (!sign) {
        /* negative (and NaN) lanes saturate to 0 and are Invalid */
        vzero(tc, 1);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 1, 7, CMP_LE); /* 0 <= r */
        emit_simd(e, SX_PAND, 5, 1);                      /* Inexact lanes */
        emit_simd(e, SX_PAND, 0, 1);
        vmov(tc, 2, 1);
        vones(tc, 3);
        emit_simd(e, SX_PXOR, 2, 3);
        raise_where(tc, dbl, 2, true);
        /* [2^(w-1), 2^w) down into the signed range, top bit put back */
        fconst(tc, 2, dbl, lim);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 2, 0, CMP_LE); /* big */
        fconst(tc, 3, dbl, 2 * lim);                      /* but in range: */
        emit_vcmpp(e, dbl, 3, 0, 3, VCMP_LT_OQ);          /* exact subtract */
        emit_simd(e, SX_PAND, 2, 3);
        vmov(tc, 4, 2);
        fconst_op(tc, SX_ANDPS, dbl, 4, lim);
        emit_simd(e, F(SX_SUBPS, dbl), 0, 4);
    }
    if (!dbl) {
        emit_simd(e, SX_CVTTPS2DQ, 0, 0);
    } else {
        int t = gr_tmp(tc);
        emit_cvttsd2si(e, 1, t, 0);
        emit_movq_to_xmm(e, 1, t);
        emit_simd_i(e, SX_PSHUFD_I, 0, 0, 0xEE);
        emit_cvttsd2si(e, 1, t, 0);
        emit_pinsr_r(e, 8, 1, t, 1);
        gr_free(tc, t);
        vmov(tc, 0, 1);
    }
    uint64_t top = sign_mask(dbl);
    if (sign) {
        /* too big: the indefinite 0x80..0 becomes 0x7F..F; NaN: 0 */
        fconst(tc, 2, dbl, lim);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 2, 7, CMP_LE);
        emit_simd(e, SX_PXOR, 0, 2);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 7, 7, CMP_ORD);
        emit_simd(e, SX_PAND, 0, 7);
    } else {
        vconst_op(tc, SX_PAND, 2, top, top);
        emit_simd(e, SX_PXOR, 0, 2);
        fconst(tc, 2, dbl, 2 * lim);
        emit_simd_i(e, F(SX_CMPPS_I, dbl), 2, 7, CMP_LE); /* too big */
        emit_simd(e, SX_POR, 0, 2);
    }
    raise_where(tc, dbl, 5, false);
}

static void scale_pow2(struct tcx *tc, bool dbl, int e2)
{
    uint64_t b = dbl ? (uint64_t)(1023 + e2) << 52 : vrep(2, (uint64_t)(127 + e2) << 23);
    vconst_op(tc, F(SX_MULPS, dbl), 0, b, b);
}

/* SCVTF/UCVTF, FCVTZS/FCVTZU (vector and scalar, fixed point): the
 * shift-by-immediate encodings. */
static bool fp_fixed(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    bool scalar = bits(insn, 28, 28), sign = !v.u;
    int immh = (int)bits(insn, 22, 19), opcode = (int)bits(insn, 15, 11);
    if (immh < 4)
        return false; /* FP16 or unallocated */
    bool dbl = immh >= 8;
    int esize = dbl ? 64 : 32, fracbits = 2 * esize - (int)bits(insn, 22, 16);
    struct fshape s = { .dbl = dbl, .scalar = scalar, .q = v.q };
    if (!scalar && dbl && !v.q)
        return false;
    fld(tc, 0, v.rn, s);
    if (opcode == 0x1C) {
        cvt_to_fp(tc, dbl, sign);
        scale_pow2(tc, dbl, -fracbits);
    } else {
        /* |x| >= 2^(esize - fracbits) saturates anyway: make it exactly
         * that, so the scaling below cannot overflow (and raise Overflow) */
        uint64_t sm = sign_mask(dbl);
        double lim = __builtin_ldexp(1.0, esize - fracbits);
        vmov(tc, 1, 0);
        vconst_op(tc, SX_PAND, 1, ~sm, ~sm);
        fconst(tc, 2, dbl, lim);
        emit_vcmpp(&tc->e, dbl, 2, 1, 2, VCMP_GE_OQ);
        vmov(tc, 3, 0);
        vconst_op(tc, SX_PAND, 3, sm, sm);
        fconst_op(tc, SX_ORPS, dbl, 3, lim);
        blendv(tc, dbl, 0, 0, 3, 2);
        scale_pow2(tc, dbl, fracbits);
        cvt_to_int(tc, dbl, sign, 3);
    }
    fst(tc, v.rd, 0, s);
    return true;
}

/* Two-register misc FP (vector and scalar). */
static bool fp_2misc(struct tcx *tc, uint32_t insn, bool scalar)
{
    struct emitter *e = &tc->e;
    struct vinsn v = vdecode(insn);
    int a = (int)bits(insn, 23, 23), opcode = (int)bits(insn, 16, 12);
    struct fshape s = { .dbl = bits(insn, 22, 22), .scalar = scalar, .q = v.q };
    int op = v.u << 6 | a << 5 | opcode;
    if (opcode == 0x16 || opcode == 0x17) { /* FCVTN, FCVTL (vector only) */
        if (scalar || v.u)
            return false;
        vld(tc, 0, v.rn);
        if (opcode == 0x16) {
            if (s.dbl)
                emit_simd(e, SX_CVTPD2PS, 0, 0);
            else
                emit_vcvtps2ph(e, 0, 0, ROUND_MXCSR);
            if (v.q) {
                vld64(tc, 1, v.rd);
                emit_simd(e, SX_PUNPCKLQDQ, 1, 0);
                vst(tc, v.rd, 1, 1);
            } else {
                vst(tc, v.rd, 0, 0);
            }
            return true;
        }
        if (v.q)
            emit_simd_i(e, SX_PSHUFD_I, 0, 0, 0xEE);
        if (s.dbl)
            emit_simd(e, SX_CVTPS2PD, 0, 0);
        else
            emit_vcvtph2ps(e, 0, 0);
        vst(tc, v.rd, 0, 1);
        return true;
    }
    if (!scalar && s.dbl && !v.q)
        return false;
    fld(tc, 0, v.rn, s);
    switch (op) {
    case 0x2F: case 0x6F: { /* FABS, FNEG */
        uint64_t m = sign_mask(s.dbl);
        if (op == 0x2F)
            vconst_op(tc, SX_PAND, 0, ~m, ~m);
        else
            vconst_op(tc, SX_PXOR, 0, m, m);
        break;
    }
    case 0x7F: { /* FSQRT: NaN results (NaN or negative input) take the C path */
        if (scalar)
            return false;
        emit_simd(e, F(SX_SQRTPS, s.dbl), 0, 0);
        nan_mask(tc, s.dbl, 14, 0, 0);
        struct fguard g;
        fguard_check(tc, 14, &g);
        fst(tc, v.rd, 0, s);
        fguard_finish(tc, insn, &g);
        return true;
    }
    case 0x2C: case 0x2D: case 0x2E: case 0x6C: case 0x6D: { /* FCM.. #0 */
        /* GT: 0 < x, EQ: x == 0, LT: x < 0, GE: 0 <= x, LE: x <= 0 */
        vzero(tc, 1);
        uint32_t cmp = F(SX_CMPPS_I, s.dbl);
        switch (op) {
        case 0x2C: emit_simd_i(e, cmp, 1, 0, CMP_LT); vmov(tc, 0, 1); break;
        case 0x2D: emit_simd_i(e, cmp, 0, 1, CMP_EQ); break;
        case 0x2E: emit_simd_i(e, cmp, 0, 1, CMP_LT); break;
        case 0x6C: emit_simd_i(e, cmp, 1, 0, CMP_LE); vmov(tc, 0, 1); break;
        case 0x6D: emit_simd_i(e, cmp, 0, 1, CMP_LE); break;
        }
        break;
    }
    /* FRINTN, FRINTM, FRINTP, FRINTZ, FRINTA, FRINTX, FRINTI */
    case 0x18: fround(tc, s.dbl, 0, false); break;
    case 0x19: fround(tc, s.dbl, 1, false); break;
    case 0x38: fround(tc, s.dbl, 2, false); break;
    case 0x39: fround(tc, s.dbl, 3, false); break;
    case 0x58: fround(tc, s.dbl, 5, false); break;
    case 0x59: fround(tc, s.dbl, 4, true); break;
    case 0x79: fround(tc, s.dbl, 4, false); break;
    case 0x1D: case 0x5D: /* SCVTF, UCVTF */
        cvt_to_fp(tc, s.dbl, op == 0x1D);
        break;
    /* FCVTNS/NU, FCVTMS/MU, FCVTAS/AU, FCVTPS/PU, FCVTZS/ZU */
    case 0x1A: case 0x5A: cvt_to_int(tc, s.dbl, !v.u, 0); break;
    case 0x1B: case 0x5B: cvt_to_int(tc, s.dbl, !v.u, 1); break;
    case 0x1C: case 0x5C: cvt_to_int(tc, s.dbl, !v.u, 5); break;
    case 0x3A: case 0x7A: cvt_to_int(tc, s.dbl, !v.u, 2); break;
    case 0x3B: case 0x7B: cvt_to_int(tc, s.dbl, !v.u, 3); break;
    default:
        return false;
    }
    fst(tc, v.rd, 0, s);
    return true;
}

/* FMAXNMV, FMINNMV, FMAXV, FMINV (4S only): op(op(e0, e1), op(e2, e3)). */
static bool fp_across(struct tcx *tc, uint32_t insn)
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
    struct fguard g;
    fguard_check(tc, 14, &g);
    vst_scalar(tc, v.rd, 0, 2);
    fguard_finish(tc, insn, &g);
    return true;
}

/* Scalar pairwise FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP of Vn's 2S/2D. */
static bool fp_pairwise_scalar(struct tcx *tc, uint32_t insn)
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

/* Entry for every FP encoding of the misc-like groups: two-register misc,
 * across lanes, scalar pairwise and the fixed-point shifts. */
bool trans_simd_fp_2misc(struct tcx *tc, uint32_t insn)
{
    bool scalar = bits(insn, 28, 28);
    uint8_t *mark = tc->e.p;
    enum flags_state flags_before = tc->flags;
    bool ok;
    if (bits(insn, 24, 24))
        ok = fp_fixed(tc, insn);
    else if (bits(insn, 20, 17) == 8)
        ok = scalar ? fp_pairwise_scalar(tc, insn) : fp_across(tc, insn);
    else
        ok = fp_2misc(tc, insn, scalar);
    if (ok)
        return true;
    tc->e.p = mark;
    tc->flags = flags_before;
    if (!simd_slow_supports(insn))
        return false;
    simd_slow(tc, insn);
    return true;
}
