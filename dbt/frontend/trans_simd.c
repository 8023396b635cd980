/* AdvSIMD (vector) instructions: the pattern table of the whole class,
 * and the data-movement groups: DUP/INS/UMOV/SMOV, MOVI/MVNI/ORR/BIC
 * immediates, EXT, TBL/TBX and ZIP/UZP/TRN.  The other groups are in
 * trans_simd_int.c, _misc.c, _shift.c, _long.c, _fp.c and _fp_misc.c;
 * rare encodings run in the C interpreter of trans_simd_slow*.c.  See
 * docs/simd.md. */
#include "dbt/frontend/trans_simd.h"

/* imm5 of the copy group: element size = lowest set bit, index above it. */
static bool copy_elem(uint32_t imm5, int *size, int *index)
{
    if (!(imm5 & 15))
        return false;
    *size = __builtin_ctz(imm5);
    *index = (int)(imm5 >> (*size + 1));
    return true;
}

static bool trans_DUP_elem(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int size, index;
    if (!copy_elem(bits(insn, 20, 16), &size, &index) || (size == 3 && !v.q))
        return false;
    emit_vpbroadcast_m(&tc->e, 1 << size, 0, vreg_mem(v.rn, index << size));
    vst(tc, v.rd, 0, v.q);
    return true;
}

static bool trans_DUP_gen(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int size, index;
    if (!copy_elem(bits(insn, 20, 16), &size, &index) || (size == 3 && !v.q))
        return false;
    int r = gr_get(tc, v.rn, size == 3);
    if (size == 3)
        emit_movq_to_xmm(&tc->e, 0, r);
    else
        emit_movd_to_xmm(&tc->e, 0, r);
    emit_vpbroadcast(&tc->e, 1 << size, 0, 0);
    vst(tc, v.rd, 0, v.q);
    return true;
}

/* UMOV/SMOV: a load straight from the register file. */
static bool trans_MOV_to_gen(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    bool sign = bits(insn, 12, 12) == 0;
    int size, index;
    if (!copy_elem(bits(insn, 20, 16), &size, &index))
        return false;
    if (sign ? (size >= 2 + v.q) : (v.q ? size != 3 : size == 3))
        return false;
    int d = gr_dst(tc, v.rd);
    emit_load(&tc->e, 1 << size, sign, v.q, d, vreg_mem(v.rn, index << size));
    gr_put(tc, v.rd, d);
    return true;
}

/* INS (general): other elements are kept. */
static bool trans_INS_gen(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int size, index;
    if (!copy_elem(bits(insn, 20, 16), &size, &index))
        return false;
    int r = gr_get(tc, v.rn, size == 3);
    emit_store(&tc->e, 1 << size, r, vreg_mem(v.rd, index << size));
    return true;
}

static bool trans_INS_elem(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int size, index;
    if (!copy_elem(bits(insn, 20, 16), &size, &index))
        return false;
    int src = (int)bits(insn, 14, 11) >> size;
    int t = gr_tmp(tc);
    emit_load(&tc->e, 1 << size, false, size == 3, t, vreg_mem(v.rn, src << size));
    emit_store(&tc->e, 1 << size, t, vreg_mem(v.rd, index << size));
    return true;
}

/* Scalar DUP (element), alias MOV Bd/Hd/Sd/Dd, Vn.T[i]. */
static bool trans_DUP_scalar(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int size, index;
    if (!copy_elem(bits(insn, 20, 16), &size, &index))
        return false;
    int t = gr_tmp(tc);
    emit_load(&tc->e, 1 << size, false, size == 3, t, vreg_mem(v.rn, index << size));
    emit_store(&tc->e, 8, t, vreg_mem(v.rd, 0));
    emit_store_imm32(&tc->e, 1, vreg_mem(v.rd, 8), 0);
    return true;
}

/* AdvSIMDExpandImm: the 64-bit pattern of a modified immediate. */
static uint64_t expand_imm(int op, int cmode, uint32_t imm8)
{
    uint64_t imm = imm8;
    switch (cmode >> 1) {
    case 0: case 1: case 2: case 3:
        return vrep(2, imm << (8 * (cmode >> 1)));
    case 4: case 5:
        return vrep(1, imm << (8 * ((cmode >> 1) & 1)));
    case 6:
        return vrep(2, (cmode & 1) ? (imm << 16 | 0xFFFF) : (imm << 8 | 0xFF));
    default:
        if (!(cmode & 1) && !op)
            return vrep(0, imm);
        if (!(cmode & 1)) { /* each bit of imm8 -> one byte */
            uint64_t r = 0;
            for (int i = 0; i < 8; i++)
                if (imm8 & (1u << i))
                    r |= 0xFFull << (8 * i);
            return r;
        }
        if (!op) { /* FMOV single: aBbbbbbc defgh000 0... */
            uint32_t a = imm8 >> 7, b = (imm8 >> 6) & 1;
            uint32_t f = a << 31 | (b ? 0x3E000000u : 0x40000000u) | (imm8 & 0x3F) << 19;
            return vrep(2, f);
        }
        uint64_t a = imm8 >> 7, b = (imm8 >> 6) & 1;
        return a << 63 | (b ? 0x3FC0000000000000ull : 0x4000000000000000ull) |
               (uint64_t)(imm8 & 0x3F) << 48;
    }
}

static void store_imm64(struct tcx *tc, struct x86_mem m, uint64_t v)
{
    if ((int64_t)v == (int32_t)v) {
        emit_store_imm32(&tc->e, 1, m, (int32_t)v);
    } else {
        int t = gr_tmp(tc);
        emit_mov_ri(&tc->e, t, v);
        emit_store(&tc->e, 8, t, m);
        gr_free(tc, t);
    }
}

/* MOVI, MVNI, ORR, BIC (vector, immediate) and FMOV (vector, immediate). */
static bool trans_modimm(struct tcx *tc, uint32_t insn)
{
    int q = (int)bits(insn, 30, 30), op = (int)bits(insn, 29, 29);
    int cmode = (int)bits(insn, 15, 12), rd = (int)bits(insn, 4, 0);
    uint32_t imm8 = bits(insn, 18, 16) << 5 | bits(insn, 9, 5);
    if (bits(insn, 11, 11)) /* o2: FMOV half precision (FEAT_FP16) */
        return false;
    if (op && cmode == 15 && !q)
        return false;
    uint64_t imm = expand_imm(op, cmode, imm8);
    bool logic = cmode < 12 && (cmode & 1); /* ORR/BIC */
    bool invert = op && cmode < 14;         /* MVNI, BIC */
    if (invert)
        imm = ~imm;
    if (logic) {
        vldq(tc, 0, rd, q);
        vconst_op(tc, op ? SX_PAND : SX_POR, 0, imm, q ? imm : 0);
        vst(tc, rd, 0, q);
        return true;
    }
    store_imm64(tc, vreg_mem(rd, 0), imm);
    store_imm64(tc, vreg_mem(rd, 8), q ? imm : 0);
    return true;
}

/* EXT: bytes imm4.. of Vm:Vn. */
static bool trans_EXT(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int imm4 = (int)bits(insn, 14, 11);
    if (!v.q && imm4 >= 8)
        return false;
    if (v.q) {
        vld(tc, 0, v.rm);
        vld(tc, 1, v.rn);
        emit_simd_i(&tc->e, SX_PALIGNR_I, 0, 1, (uint8_t)imm4);
    } else {
        vld64(tc, 0, v.rn);
        emit_simd_m(&tc->e, SX_PUNPCKLQDQ, 0, vreg_mem(v.rm, 0));
        emit_simd_shift(&tc->e, SH_PSRLDQ, 0, (uint8_t)imm4);
    }
    vst(tc, v.rd, 0, v.q);
    return true;
}

/* TBL/TBX: pshufb per table register.  Index i selects byte i - 16k of
 * table register k; subtracting 16k and adding 0x70 with unsigned
 * saturation sets bit 7 (pshufb's "zero") for every index outside
 * register k, and keeps the low 4 bits otherwise. */
static bool trans_TBL(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int len = (int)bits(insn, 14, 13) + 1;
    bool tbx = bits(insn, 12, 12);
    vldq(tc, 1, v.rm, v.q);          /* indices */
    vconst_rep(tc, 2, 0, 0x70);
    vzero(tc, 0);                     /* result */
    for (int k = 0; k < len; k++) {
        vmov(tc, 3, 1);
        if (k)
            vconst_op(tc, SX_PSUBB, 3, vrep(0, 16u * k), vrep(0, 16u * k));
        emit_simd(e, SX_PADDUSB, 3, 2);
        vld(tc, 4, (v.rn + k) & 31);
        emit_simd(e, SX_PSHUFB, 4, 3);
        emit_simd(e, SX_POR, 0, 4);
    }
    if (tbx) {
        /* keep Vd where index >= 16 * len */
        uint64_t lim = vrep(0, 16u * len - 1);
        vconst_op(tc, SX_PSUBUSB, 1, lim, lim);
        vzero(tc, 2);
        emit_simd(e, SX_PCMPEQB, 1, 2); /* in range */
        emit_simd_m(e, SX_PANDN, 1, vreg_mem(v.rd, 0));
        emit_simd(e, SX_POR, 0, 1);
    }
    vst(tc, v.rd, 0, v.q);
    return true;
}

/* UZP1/UZP2, TRN1/TRN2, ZIP1/ZIP2. */
static bool trans_permute(struct tcx *tc, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    struct emitter *e = &tc->e;
    int opc = (int)bits(insn, 14, 12);
    if (v.size == 3 && !v.q)
        return false;
    vldq(tc, 0, v.rn, v.q);
    vldq(tc, 1, v.rm, v.q);
    switch (opc) {
    case 1: case 5: /* UZP1/UZP2 */
        if (!v.q) {
            emit_simd(e, SX_PUNPCKLQDQ, 0, 1);
            vmov(tc, 1, 0);
        }
        vunzip(tc, v.size, 0, 1, 2);
        if (opc == 5)
            vmov(tc, 0, 1);
        break;
    case 3: /* ZIP1 */
        emit_simd(e, vop_unpcklo[v.size], 0, 1);
        break;
    case 7: /* ZIP2 */
        if (v.q) {
            emit_simd(e, vop_unpckhi[v.size], 0, 1);
        } else {
            emit_simd(e, vop_unpcklo[v.size], 0, 1);
            emit_simd_shift(e, SH_PSRLDQ, 0, 8);
        }
        break;
    case 2: case 6: { /* TRN1/TRN2 */
        static const enum simd_shift up[4] = { SH_PSLLW, SH_PSLLD, SH_PSLLQ, SH_PSLLDQ };
        static const enum simd_shift down[4] = { SH_PSRLW, SH_PSRLD, SH_PSRLQ, SH_PSRLDQ };
        static const uint8_t odd_words[4] = { 0, 0xAA, 0xCC, 0xF0 };
        int sh = v.size == 3 ? 8 : 8 << v.size;
        if (opc == 2) /* even elements of n, and of m moved up one */
            emit_simd_shift(e, up[v.size], 1, (uint8_t)sh);
        else          /* odd elements of n moved down, and of m */
            emit_simd_shift(e, down[v.size], 0, (uint8_t)sh);
        if (v.size) {
            emit_simd_i(e, SX_PBLENDW_I, 0, 1, odd_words[v.size]);
        } else {
            uint64_t even = vrep(1, 0x00FF);
            vconst(tc, 2, even, even);
            emit_simd(e, SX_PAND, 0, 2);
            emit_simd(e, SX_PANDN, 2, 1);
            emit_simd(e, SX_POR, 0, 2);
        }
        break;
    }
    default:
        return false;
    }
    vst(tc, v.rd, 0, v.q);
    return true;
}

/* Encodings with no SSE path at all (scalar SQDMLAL ...). */
static bool trans_slow_only(struct tcx *tc, uint32_t insn)
{
    return simd_slow_try(tc, insn);
}

/* Encodings: Arm ARM C4.1.96 "Data Processing -- Scalar Floating-Point and
 * Advanced SIMD".  Vector groups have bit 31 = 0 and bits 28..24 = 0111x;
 * the scalar groups 01x11111 / 01x11110.  Order matters where a mask
 * leaves a field open that a more specific pattern above claims. */
const struct a64_pattern a64_simd_patterns[] = {
    /* copy */
    { 0xBFE0FC00, 0x0E000400, F_KEEP, trans_DUP_elem, "DUP (element)" },
    { 0xBFE0FC00, 0x0E000C00, F_KEEP, trans_DUP_gen, "DUP (general)" },
    { 0xBFE0EC00, 0x0E002C00, F_KEEP, trans_MOV_to_gen, "SMOV/UMOV" },
    { 0xFFE0FC00, 0x4E001C00, F_KEEP, trans_INS_gen, "INS (general)" },
    { 0xFFE08400, 0x6E000400, F_KEEP, trans_INS_elem, "INS (element)" },
    { 0xFFE0FC00, 0x5E000400, F_KEEP, trans_DUP_scalar, "DUP (element, scalar)" },
    /* immediates and shifts by immediate (immh = 0 is the immediate) */
    { 0x9FF80400, 0x0F000400, F_KEEP, trans_modimm, "MOVI/MVNI/ORR/BIC (immediate)" },
    { 0x9F800400, 0x0F000400, F_KEEP, trans_simd_shift_imm, "shift by immediate" },
    { 0xDF800400, 0x5F000400, F_KEEP, trans_simd_shift_imm_scalar, "shift by immediate (scalar)" },
    /* permutes */
    { 0xBFE08400, 0x2E000000, F_KEEP, trans_EXT, "EXT" },
    { 0xBFE08C00, 0x0E000000, F_KEEP, trans_TBL, "TBL/TBX" },
    { 0xBF208C00, 0x0E000800, F_KEEP, trans_permute, "UZP/TRN/ZIP" },
    /* three same: the logic group, integer, floating point */
    { 0x9F20FC00, 0x0E201C00, F_KEEP, trans_simd_logic, "AND/BIC/ORR/ORN/EOR/BSL/BIT/BIF" },
    { 0x9F20C400, 0x0E20C400, F_KEEP, trans_simd_fp_3same, "FP three same" },
    { 0x9F200400, 0x0E200400, F_KEEP, trans_simd_3same, "three same" },
    { 0xDF20C400, 0x5E20C400, F_KEEP, trans_simd_fp_3same, "FP three same (scalar)" },
    { 0xDF200400, 0x5E200400, F_KEEP, trans_simd_3same_scalar, "three same (scalar)" },
    /* two-register misc, across lanes, pairwise */
    { 0x9F3E0C00, 0x0E200800, F_KEEP, trans_simd_2misc, "two-register misc" },
    { 0xDF3E0C00, 0x5E200800, F_KEEP, trans_simd_2misc_scalar, "two-register misc (scalar)" },
    { 0x9F3E0C00, 0x0E300800, F_KEEP, trans_simd_across, "across lanes" },
    { 0xDF3E0C00, 0x5E300800, F_KEEP, trans_simd_pairwise_scalar, "pairwise (scalar)" },
    /* three different, by element */
    { 0x9F200C00, 0x0E200000, F_KEEP, trans_simd_3diff, "three different" },
    { 0xDF200C00, 0x5E200000, F_KEEP, trans_slow_only, "three different (scalar)" },
    { 0x9F000400, 0x0F000000, F_KEEP, trans_simd_elem, "by element" },
    { 0xDF000400, 0x5F000000, F_KEEP, trans_simd_elem_scalar, "by element (scalar)" },
    A64_PATTERN_END,
};
