/* Scalar floating point: moves, immediates, compares and selects, plus the
 * pattern table of the whole class (arithmetic is in trans_fp_arith.c,
 * conversions in trans_fp_cvt.c).
 *
 * Known gaps (AArch64 vs x86 details that ordinary numbers never see):
 *  - NaN results of arithmetic follow AArch64 (trans_fp_nan.c); FRINT*
 *    and FCVT ignore FPCR.DN (default-NaN mode), except FCVT to or from
 *    half precision under FPCR.AHP and double -> half, which are exact.
 *  - Half precision: only FCVT is base ARMv8.0.  The FMOV and FCSEL forms
 *    of H registers here are FEAT_FP16, like all arithmetic on them,
 *    which ferry does not advertise: decode.c keeps them UNDEFINED. */
#include "dbt/frontend/trans_fp.h"

#include <string.h>

static int fp_width(int ftype)
{
    return ftype == FT_DOUBLE ? 8 : ftype == FT_SINGLE ? 4 : 0;
}

/* The V register cache (vcache.c) serves the single and double forms. */
void fp_load(struct tcx *tc, int x, int n, int ftype)
{
    int w = fp_width(ftype);
    if (w && vc_read(tc, x, n, w))
        return;
    if (w) {
        (ftype == FT_DOUBLE ? emit_movsd_load : emit_movss_load)(&tc->e, x, vreg_home(n, 0));
        vc_note(tc, n, w, false, x);
    } else {
        int t = gr_tmp(tc);
        emit_load(&tc->e, 2, false, 0, t, vreg_mem(n, 0));
        emit_movd_to_xmm(&tc->e, x, t);
        gr_free(tc, t);
    }
}

void fp_store(struct tcx *tc, int d, int x)
{
    emit_movdqu_store(&tc->e, vreg_mem(d, 0), x);
}

void fp_store_w(struct tcx *tc, int d, int x, int ftype)
{
    emit_movdqu_store(&tc->e, vreg_home(d, 0), x);
    vc_note(tc, d, fp_width(ftype) ? fp_width(ftype) : 16, true, x);
}

void fp_arith_src(struct tcx *tc, enum sse_arith op, int ftype, int xd, int m)
{
    int h = vc_find(tc, m, fp_width(ftype));
    if (h >= 0) {
        vc_quiet(tc, true);
        emit_sse_arith(&tc->e, op, fp_pfx(ftype), xd, h);
        vc_quiet(tc, false);
    } else {
        emit_sse_arith_m(&tc->e, op, fp_pfx(ftype), xd, vreg_home(m, 0));
    }
}

void fp_const(struct tcx *tc, int x, uint64_t bits)
{
    if (bits == 0) {
        emit_xorps(&tc->e, x, x);
        return;
    }
    int t = gr_tmp(tc);
    emit_mov_ri(&tc->e, t, bits);
    emit_movq_to_xmm(&tc->e, x, t);
    gr_free(tc, t);
}

uint64_t fp_sign_mask(int ftype)
{
    return ftype == FT_DOUBLE ? 1ull << 63 : ftype == FT_SINGLE ? 1ull << 31 : 1ull << 15;
}

uint64_t fp_bits_of(int ftype, double v)
{
    if (ftype == FT_DOUBLE) {
        uint64_t b;
        memcpy(&b, &v, 8);
        return b;
    }
    float f = (float)v;
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
}

/* FMOV Vd, Vn (scalar): copy, zeroing the rest. */
static bool trans_FMOV_reg(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22);
    if (ftype == 2)
        return false;
    fp_load(tc, 0, (int)bits(insn, 9, 5), ftype);
    fp_store_w(tc, (int)bits(insn, 4, 0), 0, ftype);
    return true;
}

/* VFPExpandImm: sign, a 3-bit exponent around the bias, 4 fraction bits. */
static uint64_t fp_expand_imm(int ftype, uint32_t imm8)
{
    int e = ftype == FT_DOUBLE ? 11 : ftype == FT_SINGLE ? 8 : 5;
    int f = ftype == FT_DOUBLE ? 52 : ftype == FT_SINGLE ? 23 : 10;
    uint64_t sign = imm8 >> 7, b6 = (imm8 >> 6) & 1;
    uint64_t exp = ((b6 ^ 1) << (e - 1)) | ((b6 ? (1ull << (e - 3)) - 1 : 0) << 2) |
                   ((imm8 >> 4) & 3);
    uint64_t frac = (uint64_t)(imm8 & 15) << (f - 4);
    return sign << (e + f) | exp << f | frac;
}

static bool trans_FMOV_imm(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22);
    if (ftype == 2)
        return false;
    fp_const(tc, 0, fp_expand_imm(ftype, bits(insn, 20, 13)));
    fp_store_w(tc, (int)bits(insn, 4, 0), 0, ftype);
    return true;
}

/* FMOV between general and FP registers (rmode 00 opcode 11x, and the
 * Vd.D[1] forms with rmode 01). */
static bool trans_FMOV_gen(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), ftype = (int)bits(insn, 23, 22);
    int rmode = (int)bits(insn, 20, 19), to_fp = (int)bits(insn, 16, 16);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    int bytes, off = 0;
    if (rmode == 0 && ((sf == 0 && ftype == FT_SINGLE) || (sf == 1 && ftype == FT_DOUBLE)))
        bytes = sf ? 8 : 4;
    else if (rmode == 0 && ftype == FT_HALF)
        bytes = 2;
    else if (rmode == 1 && sf == 1 && ftype == 2)
        bytes = 8, off = 8;
    else
        return false;

    if (!to_fp) {
        int d = gr_dst(tc, rd);
        int h = off == 0 && bytes >= 4 ? vc_find(tc, rn, bytes) : -1;
        if (h >= 0) { /* from the V register cache */
            vc_quiet(tc, true);
            (bytes == 8 ? emit_movq_from_xmm : emit_movd_from_xmm)(&tc->e, d, h);
            vc_quiet(tc, false);
        } else {
            emit_load(&tc->e, bytes, false, sf, d, vreg_home(rn, off));
        }
        gr_put(tc, rd, d);
        return true;
    }
    int r = gr_get(tc, rn, sf);
    if (off) { /* the top half only; the bottom half is kept */
        emit_store(&tc->e, 8, r, vreg_mem(rd, 8));
        return true;
    }
    if (bytes == 2) {
        int t = gr_tmp(tc);
        emit_movzx_rr(&tc->e, 2, t, r);
        r = t;
    }
    if (bytes == 8)
        emit_movq_to_xmm(&tc->e, 0, r);
    else
        emit_movd_to_xmm(&tc->e, 0, r);
    fp_store_w(tc, rd, 0, bytes == 8 ? FT_DOUBLE : bytes == 4 ? FT_SINGLE : FT_HALF);
    return true;
}

/* FCSEL: both candidates go through general registers so the select is a
 * cmov, which leaves the flags alone. */
static bool trans_FCSEL(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22), cond = (int)bits(insn, 15, 12);
    int rm = (int)bits(insn, 20, 16), rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    if (ftype == 2)
        return false;
    int bytes = ftype == FT_DOUBLE ? 8 : ftype == FT_SINGLE ? 4 : 2;
    int cc = flags_cond(tc, cond);
    int a = gr_tmp(tc);
    emit_load(&tc->e, bytes, false, bytes == 8, a, vreg_mem(rn, 0));
    if (cc >= 0) {
        int b = gr_tmp(tc);
        emit_load(&tc->e, bytes, false, bytes == 8, b, vreg_mem(rm, 0));
        emit_cmov(&tc->e, (enum x86_cond)(cc ^ 1), 1, a, b);
    }
    emit_store(&tc->e, 8, a, vreg_mem(rd, 0));
    emit_store_imm32(&tc->e, 1, vreg_mem(rd, 8), 0);
    return true;
}

/* Scratch registers of an FCMP: a - b gives the AArch64 NZCV (see below). */
struct fcmp_regs {
    int a, b, c;
};

static struct fcmp_regs fcmp_prepare(struct tcx *tc)
{
    struct fcmp_regs r = { gr_tmp(tc), gr_tmp(tc), gr_tmp(tc) };
    emit_mov_ri(&tc->e, r.a, 0); /* mov, not xor: must keep EFLAGS */
    emit_mov_ri(&tc->e, r.b, 0);
    emit_mov_ri(&tc->e, r.c, 0x80000000u);
    return r;
}

/* Compare Vn with Vm (or +0.0) and leave AArch64 NZCV in host EFLAGS in
 * subtraction form.  ucomis gives ZF/PF/CF; AArch64 wants
 *   less 1000, equal 0110, greater 0010, unordered 0011,
 * which is what `cmp a, b` produces for (a, b) = (0, 1), (0, 0), (1, 0)
 * and (0x80000000, 1):  a = seta, or 0x80000000 if unordered; b = setb
 * (CF is set both for less and for unordered). */
static void fcmp_emit(struct tcx *tc, struct fcmp_regs r, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22);
    bool with_zero = bits(insn, 3, 3), signal_qnan = bits(insn, 4, 4);
    fp_load(tc, 0, (int)bits(insn, 9, 5), ftype);
    if (with_zero)
        emit_xorps(&tc->e, 1, 1);
    else
        fp_load(tc, 1, (int)bits(insn, 20, 16), ftype);
    if (ftype == FT_DOUBLE)
        (signal_qnan ? emit_comisd : emit_ucomisd)(&tc->e, 0, 1);
    else
        (signal_qnan ? emit_comiss : emit_ucomiss)(&tc->e, 0, 1);
    emit_setcc(&tc->e, CC_A, r.a);
    emit_setcc(&tc->e, CC_B, r.b);
    emit_cmov(&tc->e, CC_P, 0, r.a, r.c);
    emit_alu_rr(&tc->e, ALU_CMP, 0, r.a, r.b);
    flags_set(tc, true);
}

static bool trans_FCMP(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22);
    if (ftype != FT_SINGLE && ftype != FT_DOUBLE)
        return false;
    fcmp_emit(tc, fcmp_prepare(tc), insn);
    return true;
}

/* FCCMP/FCCMPE: cond ? compare : flags := #nzcv.  The condition is
 * consumed by the branch before the compare overwrites EFLAGS. */
static bool trans_FCCMP(struct tcx *tc, uint32_t insn)
{
    int ftype = (int)bits(insn, 23, 22);
    if (ftype != FT_SINGLE && ftype != FT_DOUBLE)
        return false;
    /* fcmp_emit reads the zero-compare bit 3, which here is nzcv.V:
     * pass an instruction word with that bit cleared. */
    uint32_t cmp_insn = insn & ~(uint32_t)8;
    struct fcmp_regs r = fcmp_prepare(tc);
    int cc = flags_cond(tc, (int)bits(insn, 15, 12));
    if (cc < 0) {
        fcmp_emit(tc, r, cmp_insn);
        return true;
    }
    uint8_t *to_else = emit_jcc_rel32(&tc->e, (enum x86_cond)(cc ^ 1), NULL);
    fcmp_emit(tc, r, cmp_insn);
    uint8_t *to_end = emit_jmp_rel32(&tc->e, NULL);
    if (!tc->e.overflow)
        emit_patch_rel32(to_else, tc->e.p);
    flags_set_const(tc, bits(insn, 3, 0));
    if (!tc->e.overflow)
        emit_patch_rel32(to_end, tc->e.p);
    flags_set(tc, true);
    return true;
}

/* Encodings (Arm ARM C4.1.96, "Data Processing -- Scalar Floating-Point
 * and Advanced SIMD"): M=0, S=0, bits 28..24 = 11110 (11111 for 3-source).
 * F_KEEP here means "leaves live host flags alone": the NaN checks of the
 * arithmetic patterns use EFLAGS but save live flags around them
 * (trans_fp_nan.c), and tc_call_helper() saves the flags itself. */
const struct a64_pattern a64_fp_patterns[] = {
    /* 1-source: opcode in 20..15 */
    { 0xFF3FFC00, 0x1E204000, F_KEEP, trans_FMOV_reg, "FMOV (register)" },
    { 0xFF3E7C00, 0x1E224000, F_KEEP, trans_FCVT_prec, "FCVT" }, /* opcode 0001xx */
    { 0xFF207C00, 0x1E204000, F_KEEP, trans_FP_DP1, "FP 1-source" },
    { 0xFF200C00, 0x1E200800, F_KEEP, trans_FP_DP2, "FP 2-source" },
    { 0xFF000000, 0x1F000000, F_KEEP, trans_FP_DP3, "FP 3-source" },
    { 0xFF20FC07, 0x1E202000, F_WRITE, trans_FCMP, "FCMP" },
    { 0xFF200C00, 0x1E200400, F_READ | F_WRITE, trans_FCCMP, "FCCMP" },
    { 0xFF200C00, 0x1E200C00, F_READ | F_KEEP, trans_FCSEL, "FCSEL" },
    { 0xFF201FE0, 0x1E201000, F_KEEP, trans_FMOV_imm, "FMOV (immediate)" },
    /* FP <-> integer: sf in bit 31, rmode 20..19, opcode 18..16 */
    { 0x7F36FC00, 0x1E260000, F_KEEP, trans_FMOV_gen, "FMOV (general)" },
    { 0x7F3EFC00, 0x1E220000, F_KEEP, trans_CVTF_int, "SCVTF/UCVTF" },
    { 0x7F20FC00, 0x1E200000, F_KEEP, trans_FCVT_int, "FCVT<r>S/U" },
    /* FP <-> fixed point: bit 21 = 0 */
    { 0x7F3E0000, 0x1E020000, F_KEEP, trans_CVTF_fixed, "SCVTF/UCVTF (fixed)" },
    { 0x7F3E0000, 0x1E180000, F_KEEP, trans_FCVT_fixed, "FCVTZS/U (fixed)" },
    A64_PATTERN_END,
};
