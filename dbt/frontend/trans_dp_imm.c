/* Data processing (immediate): ADR/ADRP, ADD/SUB, logical, move wide,
 * bitfield and EXTR.
 *
 * Most of these are one or two x86 instructions.  Patterns whose code can
 * avoid EFLAGS are F_KEEP so that a compare stays in host flags across them
 * (compilers like to schedule address arithmetic and constants between a
 * CMP and its B.cond): ADD/SUB use lea, extensions use movzx/movsx. */
#include "dbt/backend/emit_dpimm.h"
#include "dbt/backend/emit_sse.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"

static bool fits_simm32(uint64_t v)
{
    return (int64_t)v == (int32_t)v;
}

static uint64_t ones(unsigned n)
{
    return n >= 64 ? ~0ull : (1ull << n) - 1;
}

/* Guest register n (31 = SP if `sp`, else XZR) into host register d.  Only
 * the low 32 bits are meaningful for W operations that follow. */
static void get_into(struct tcx *tc, int n, int sf, int d, bool sp)
{
    if (sp)
        gr_get_sp_into(tc, n, d);
    else
        gr_get_into(tc, n, sf, d);
}

/* Same, but a W value arrives zero-extended (for results that are plain
 * copies: MOV to/from SP, LSR #0, EXTR #0). */
static void copy_exact(struct tcx *tc, int n, int sf, int d, bool sp)
{
    int h = host_reg_of(n);
    if (n == 31 && !sp)
        emit_mov_ri(&tc->e, d, 0);
    else if (h == NO_REG)
        gr_load_home(tc, sf ? 8 : 4, false, sf, d, n);
    else if (h != d || !sf)
        emit_mov_rr(&tc->e, sf, d, h);
}

/* d = low `bytes` of guest register n (31 = XZR), zero- or sign-extended
 * to 32 (sf = 0) or 64 bits.  Unmapped registers extend straight from
 * their home slot. */
static void ext_into(struct tcx *tc, int d, int n, int bytes, bool sign, int sf)
{
    int h = host_reg_of(n);
    if (n == 31)
        emit_mov_ri(&tc->e, d, 0);
    else if (bytes == 4 && !(sign && sf))
        copy_exact(tc, n, 0, d, false);
    else if (h == NO_REG)
        gr_load_home(tc, bytes, sign, sf, d, n);
    else if (sign)
        emit_movsx_rr(&tc->e, sf, bytes, d, h);
    else
        emit_movzx_rr(&tc->e, bytes, d, h);
}

/* Xd = Xn op imm with Xd == Xn living in its home slot: one
 * read-modify-write instruction instead of load, op, store.  (W forms
 * would leave the upper half of the slot stale.) */
static bool rmw_home(int sf, int rd, int rn)
{
    return sf && rd == rn && rd != 31 && host_reg_of(rd) == NO_REG;
}

/* ---- ADR, ADRP ---- */

static bool trans_ADR(struct tcx *tc, uint32_t insn)
{
    int rd = (int)bits(insn, 4, 0);
    int64_t imm = sext(bits(insn, 23, 5) << 2 | bits(insn, 30, 29), 21);
    uint64_t v = bits(insn, 31, 31) ? (tc->pc & ~0xFFFull) + (uint64_t)(imm * 4096)
                                    : tc->pc + (uint64_t)imm;
    if (rd == 31) /* XZR */
        return true;
    int d = gr_dst(tc, rd);
    emit_mov_ri(&tc->e, d, v);
    gr_put(tc, rd, d);
    return true;
}

/* ---- add/subtract (immediate) ---- */

static uint32_t addsub_imm(uint32_t insn)
{
    uint32_t imm = bits(insn, 21, 10);
    return bits(insn, 22, 22) ? imm << 12 : imm;
}

/* ADD/SUB without flags: Rd and Rn may be SP.  One lea, which leaves
 * EFLAGS alone; a 32-bit lea truncates exactly like a W result. */
static bool trans_ADD_imm(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    int32_t imm = (int32_t)addsub_imm(insn);
    int32_t disp = bits(insn, 30, 30) ? -imm : imm;
    if (disp && rmw_home(sf, rd, rn) && flags_may_clobber(tc)) {
        emit_alu_mi(&tc->e, ALU_ADD, 1, gr_home(rd), disp);
        return true;
    }
    /* sub sp, sp, #32 and the like keep SP's alignment (trans_ldst_addr.c). */
    bool sp_aligned = tc->sp_aligned && rd == 31 && rn == 31 && sf && disp % 16 == 0;
    /* mov x29, sp (every frame's prologue) into an unmapped register:
     * one store from where the value is, not a copy and a store. */
    if (disp == 0 && sf && host_reg_of(rd) == NO_REG && host_reg_of(rn) != NO_REG) {
        emit_store(&tc->e, 8, host_reg_of(rn), gr_home(rd));
        return true;
    }
    int d = gr_dst_sp(tc, rd);
    if (disp == 0) {
        copy_exact(tc, rn, sf, d, true);
    } else {
        int s = host_reg_of(rn);
        if (s == NO_REG) /* the scratch register it was just stored from */
            s = gr_home_forwarded(tc, gr_home(rn));
        if (s == NO_REG) {
            gr_load_home(tc, sf ? 8 : 4, false, sf, d, rn);
            s = d;
        }
        emit_lea(&tc->e, sf, d, mem_bd(s, disp));
    }
    gr_put_sp(tc, rd, d);
    if (sp_aligned)
        tc->sp_aligned = true;
    return true;
}

/* x86 cmp of guest register n (31 = SP) against imm. */
static void cmp_imm(struct tcx *tc, int n, int sf, int32_t imm)
{
    int h = host_reg_of(n);
    if (h != NO_REG)
        emit_alu_ri(&tc->e, ALU_CMP, sf, h, imm);
    else
        emit_alu_mi(&tc->e, ALU_CMP, sf, gr_home(n), imm);
}

/* ADDS/SUBS (CMN/CMP when Rd is XZR); Rn may be SP.  x86 add/sub leave
 * AArch64 NZCV in EFLAGS (C inverted after sub). */
static bool trans_ADDS_imm(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    bool sub = bits(insn, 30, 30);
    int32_t imm = (int32_t)addsub_imm(insn);
    if (rd == 31) {
        if (sub) {
            cmp_imm(tc, rn, sf, imm);
            flags_set(tc, true);
        } else if (imm == 0) {
            /* CMN #0: cmp x, 0 gives N, Z and C = V = 0, i.e. addition form. */
            cmp_imm(tc, rn, sf, 0);
            flags_set(tc, false);
        } else {
            /* CMN #imm as cmp x, -imm: CF is set exactly when x + imm does
             * not carry out, so the flags are in subtraction form. */
            cmp_imm(tc, rn, sf, -imm);
            flags_set(tc, true);
        }
        return true;
    }
    if (rmw_home(sf, rd, rn)) {
        emit_alu_mi(&tc->e, sub ? ALU_SUB : ALU_ADD, 1, gr_home(rd), imm);
        flags_set(tc, sub);
        return true;
    }
    int d = gr_dst(tc, rd);
    get_into(tc, rn, sf, d, true);
    emit_alu_ri(&tc->e, sub ? ALU_SUB : ALU_ADD, sf, d, imm);
    flags_set(tc, sub);
    gr_put(tc, rd, d);
    return true;
}

/* ---- logical (immediate) ---- */

/* DecodeBitMasks for an immediate: an element of 2..64 bits holding a run
 * of imms+1 ones rotated right by immr, replicated to the register size.
 * False for the reserved encodings (no run length, or an all-ones element,
 * or N=1 in a 32-bit instruction). */
static bool decode_bitmask(uint32_t insn, int sf, uint64_t *out)
{
    unsigned n = bits(insn, 22, 22), immr = bits(insn, 21, 16), imms = bits(insn, 15, 10);
    if (!sf && n)
        return false;
    unsigned combined = n << 6 | (~imms & 0x3F);
    if (combined < 2)
        return false;
    unsigned len = 31 - (unsigned)__builtin_clz(combined);
    unsigned levels = (1u << len) - 1, esize = 1u << len;
    unsigned s = imms & levels, r = immr & levels;
    if (s == levels)
        return false;
    uint64_t elem = ones(s + 1);
    if (r)
        elem = ((elem >> r) | (elem << (esize - r))) & ones(esize);
    for (unsigned k = esize; k < 64; k *= 2)
        elem |= elem << k;
    *out = sf ? elem : (uint32_t)elem;
    return true;
}

/* d op= imm, where the resulting flags do not matter. */
static void alu_imm_noflags(struct tcx *tc, enum x86_alu op, int sf, int d, uint64_t imm)
{
    if (!sf || fits_simm32(imm)) {
        emit_alu_ri(&tc->e, op, sf, d, (int32_t)imm);
        return;
    }
    uint64_t bit = op == ALU_AND ? ~imm : imm;
    if ((bit & (bit - 1)) == 0) { /* one bit: bts/btr/btc need no constant */
        enum x86_bitop b = op == ALU_AND ? BIT_BTR : op == ALU_OR ? BIT_BTS : BIT_BTC;
        emit_bitop_ri(&tc->e, b, 1, d, (uint8_t)__builtin_ctzll(bit));
        return;
    }
    if (op == ALU_AND && imm == 0xFFFFFFFFu) {
        emit_mov_rr(&tc->e, 0, d, d);
        return;
    }
    if (op == ALU_AND && (imm & (imm + 1)) == 0) { /* low ones: shift out the top */
        uint8_t k = (uint8_t)__builtin_clzll(imm);
        emit_shift_ri(&tc->e, SH_SHL, 1, d, k);
        emit_shift_ri(&tc->e, SH_SHR, 1, d, k);
        return;
    }
    if (op == ALU_AND && (~imm & (~imm + 1)) == 0) { /* high ones: shift out the bottom */
        uint8_t k = (uint8_t)__builtin_ctzll(imm);
        emit_shift_ri(&tc->e, SH_SHR, 1, d, k);
        emit_shift_ri(&tc->e, SH_SHL, 1, d, k);
        return;
    }
    int t = gr_tmp(tc);
    emit_mov_ri(&tc->e, t, imm);
    emit_alu_rr(&tc->e, op, 1, d, t);
    gr_free(tc, t);
}

/* AND/ORR/EOR: Rd may be SP, Rn is XZR-or-register. */
static bool trans_LOGIC_imm(struct tcx *tc, uint32_t insn)
{
    static const enum x86_alu ops[3] = { ALU_AND, ALU_OR, ALU_XOR };
    int sf = (int)bits(insn, 31, 31), opc = (int)bits(insn, 30, 29);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    uint64_t imm;
    if (!decode_bitmask(insn, sf, &imm))
        return false;
    bool ext = opc == 0 && (imm == 0xFF || imm == 0xFFFF || imm == 0xFFFFFFFFu);
    if (!ext && rmw_home(sf, rd, rn) && fits_simm32(imm)) {
        emit_alu_mi(&tc->e, ops[opc], 1, gr_home(rd), (int32_t)imm);
        return true;
    }
    int d = gr_dst_sp(tc, rd);
    if (ext) { /* flag-free: see the "UXT" patterns */
        ext_into(tc, d, rn, imm == 0xFF ? 1 : imm == 0xFFFF ? 2 : 4, false, sf);
    } else {
        get_into(tc, rn, sf, d, false);
        alu_imm_noflags(tc, ops[opc], sf, d, imm);
    }
    gr_put_sp(tc, rd, d);
    return true;
}

/* MOV (bitmask immediate) = ORR Rd|SP, XZR, #imm: a constant. */
static bool trans_MOV_bitmask(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    uint64_t imm;
    if (!decode_bitmask(insn, sf, &imm))
        return false;
    int d = gr_dst_sp(tc, rd);
    emit_mov_ri(&tc->e, d, imm);
    gr_put_sp(tc, rd, d);
    return true;
}

/* ANDS/TST: x86 and/test set N and Z and clear C and V, as AArch64 does. */
static bool trans_ANDS_imm(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    uint64_t imm;
    if (!decode_bitmask(insn, sf, &imm))
        return false;
    bool fits = !sf || fits_simm32(imm);
    if (rd == 31) {
        int t = fits ? NO_REG : gr_tmp(tc);
        if (t != NO_REG)
            emit_mov_ri(&tc->e, t, imm);
        if (rn != 31 && host_reg_of(rn) == NO_REG) {
            if (fits)
                emit_test_mi(&tc->e, sf, gr_home(rn), (int32_t)imm);
            else
                emit_test_mr(&tc->e, sf, gr_home(rn), t);
        } else {
            int s = gr_get(tc, rn, sf);
            if (fits)
                emit_test_ri(&tc->e, sf, s, (int32_t)imm);
            else
                emit_test_rr(&tc->e, sf, s, t);
        }
        flags_set(tc, false);
        return true;
    }
    if (fits && rmw_home(sf, rd, rn)) {
        emit_alu_mi(&tc->e, ALU_AND, 1, gr_home(rd), (int32_t)imm);
        flags_set(tc, false);
        return true;
    }
    int d = gr_dst(tc, rd);
    get_into(tc, rn, sf, d, false);
    if (fits) {
        emit_alu_ri(&tc->e, ALU_AND, sf, d, (int32_t)imm);
    } else {
        int t = gr_tmp(tc);
        emit_mov_ri(&tc->e, t, imm);
        emit_alu_rr(&tc->e, ALU_AND, sf, d, t);
    }
    flags_set(tc, false);
    gr_put(tc, rd, d);
    return true;
}

/* ---- move wide ---- */

/* MOVZ / MOVN */
static bool trans_MOVW(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), opc = (int)bits(insn, 30, 29);
    int hw = (int)bits(insn, 22, 21), rd = (int)bits(insn, 4, 0);
    uint64_t imm = (uint64_t)bits(insn, 20, 5) << (16 * hw);
    if (opc == 1 || (!sf && hw >= 2))
        return false;
    if (rd == 31)
        return true;
    if (opc == 0)
        imm = ~imm;
    if (!sf)
        imm &= 0xFFFFFFFFu;
    /* A constant for an unmapped register that a sign-extended imm32
     * holds: one store, not a mov and a store. */
    if (host_reg_of(rd) == NO_REG && (int64_t)imm == (int32_t)imm) {
        emit_store_imm32(&tc->e, 1, gr_home(rd), (int32_t)imm);
        return true;
    }
    int d = gr_dst(tc, rd);
    emit_mov_ri(&tc->e, d, imm);
    gr_put(tc, rd, d);
    return true;
}

/* MOVK: replace one 16-bit field.  Written without EFLAGS where that is
 * cheap (a 16-bit mov writes bits 15..0 only; bswap brings bits 63..48
 * down); fields 1 and 2 of an X register rotate into place when the flags
 * are free, and go through an xmm register otherwise. */
static bool trans_MOVK(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), hw = (int)bits(insn, 22, 21), rd = (int)bits(insn, 4, 0);
    uint16_t imm = (uint16_t)bits(insn, 20, 5);
    if (!sf && hw >= 2)
        return false;
    if (rd == 31)
        return true;
    struct emitter *e = &tc->e;
    int d = gr_dst(tc, rd);
    gr_get_into(tc, rd, sf, d);
    if (!sf && hw == 0) {
        emit_mov_r16_imm(e, d, imm);
        if (host_reg_of(rd) != NO_REG) /* a home-slot load already zero-extended */
            emit_mov_rr(e, 0, d, d);
    } else if (!sf) {
        emit_movzx_rr(e, 2, d, d);
        if (imm)
            emit_lea(e, 0, d, mem_bd(d, (int32_t)((uint32_t)imm << 16)));
    } else if (hw == 0) {
        emit_mov_r16_imm(e, d, imm);
    } else if (flags_may_clobber(tc)) {
        emit_shift_ri(e, SH_ROR, 1, d, (uint8_t)(16 * hw));
        emit_mov_r16_imm(e, d, imm);
        emit_shift_ri(e, SH_ROL, 1, d, (uint8_t)(16 * hw));
    } else if (hw == 3) {
        emit_bswap(e, 1, d);
        emit_mov_r16_imm(e, d, (uint16_t)(imm << 8 | imm >> 8));
        emit_bswap(e, 1, d);
    } else {
        int t = gr_tmp(tc);
        emit_movq_to_xmm(e, 0, d);
        emit_mov_ri(e, t, imm);
        emit_pinsrw(e, 0, t, (uint8_t)hw);
        emit_movq_from_xmm(e, d, 0);
    }
    gr_put(tc, rd, d);
    return true;
}

/* ---- bitfield ---- */

/* Common checks of SBFM/BFM/UBFM: N must equal sf, and a W form takes
 * 5-bit immr/imms. */
static bool bitfield_ok(uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31);
    return bits(insn, 22, 22) == (uint32_t)sf && bits(insn, 30, 29) != 3 &&
           (sf || (bits(insn, 21, 21) == 0 && bits(insn, 15, 15) == 0));
}

/* SXTB/SXTH/SXTW, UXTB/UXTH (and their X forms, UBFX #0,#32, LSR/ASR W #0):
 * SBFM/UBFM with immr = 0, imms = 7, 15 or 31.  One movzx/movsx/mov. */
static bool trans_EXTEND(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), imms = (int)bits(insn, 15, 10);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    bool sign = bits(insn, 30, 30) == 0;
    if (rd == 31)
        return true;
    int d = gr_dst(tc, rd);
    ext_into(tc, d, rn, (imms + 1) / 8, sign, sf);
    gr_put(tc, rd, d);
    return true;
}

/* SBFM/UBFM: with s >= r, bits s..r move to the bottom (SBFX/UBFX, ASR/LSR);
 * with s < r, bits s..0 move up to bit M-r (SBFIZ/UBFIZ, LSL).  The general
 * form is a left shift that drops the bits above the field and a right
 * shift (arithmetic for SBFM) that puts it in place and fills above it. */
static void trans_xBFM(struct tcx *tc, uint32_t insn)
{
    struct emitter *e = &tc->e;
    int sf = (int)bits(insn, 31, 31), rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    unsigned r = bits(insn, 21, 16), s = bits(insn, 15, 10), m = sf ? 64 : 32;
    bool sign = bits(insn, 30, 29) == 0;
    enum x86_shift right = sign ? SH_SAR : SH_SHR;
    if (rmw_home(sf, rd, rn) && r != 0 && (s == 63 || (!sign && s + 1 == r))) {
        /* LSR/ASR/LSL of a register in memory, in place */
        if (s == 63)
            emit_shift_mi(e, right, 1, gr_home(rd), (uint8_t)r);
        else
            emit_shift_mi(e, SH_SHL, 1, gr_home(rd), (uint8_t)(64 - r));
        return;
    }
    int d = gr_dst(tc, rd);
    if (s >= r) {
        unsigned w = s - r + 1;
        if (r == 0 && (w == 8 || w == 16 || (w == 32 && sf))) {
            ext_into(tc, d, rn, (int)w / 8, sign, sf);
        } else if (w == m) { /* ASR/LSR #0 */
            copy_exact(tc, rn, sf, d, false);
        } else if (!sign && r == 0 && w < 32) {
            get_into(tc, rn, sf, d, false);
            emit_alu_ri(e, ALU_AND, sf, d, (int32_t)ones(w));
        } else {
            get_into(tc, rn, sf, d, false);
            if (m - 1 - s)
                emit_shift_ri(e, SH_SHL, sf, d, (uint8_t)(m - 1 - s));
            emit_shift_ri(e, right, sf, d, (uint8_t)(m - 1 - s + r));
        }
    } else {
        unsigned w = s + 1, lsb = m - r;
        int h = rn == 31 ? NO_REG : host_reg_of(rn);
        if (!sign && w + lsb == m && lsb <= 3 && h != NO_REG) { /* LSL #1..3 */
            emit_lea(e, sf, d, mem_bisd(NO_REG, h, 1 << lsb, 0));
        } else if (w == 8 || w == 16 || (w == 32 && sf)) {
            ext_into(tc, d, rn, (int)w / 8, sign, sf);
            emit_shift_ri(e, SH_SHL, sf, d, (uint8_t)lsb);
        } else {
            get_into(tc, rn, sf, d, false);
            if (m - 1 - s)
                emit_shift_ri(e, SH_SHL, sf, d, (uint8_t)(m - 1 - s));
            if (r - 1 - s)
                emit_shift_ri(e, right, sf, d, (uint8_t)(r - 1 - s));
        }
    }
    gr_put(tc, rd, d);
}

/* t &= mask, flags irrelevant; mask has fewer than M bits set. */
static void and_mask(struct tcx *tc, int sf, int t, uint64_t mask)
{
    if (mask == 0xFFFF)
        emit_movzx_rr(&tc->e, 2, t, t);
    else if (mask == 0xFF)
        emit_movzx_rr(&tc->e, 1, t, t);
    else
        alu_imm_noflags(tc, ALU_AND, sf, t, mask);
}

/* BFM (BFI, BFXIL): bits of Rd outside the field stay.  The field of Rn is
 * rotated into position, then Rd ^= (Rd ^ field) & mask. */
static void trans_BFM(struct tcx *tc, uint32_t insn)
{
    struct emitter *e = &tc->e;
    int sf = (int)bits(insn, 31, 31), rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    unsigned r = bits(insn, 21, 16), s = bits(insn, 15, 10), m = sf ? 64 : 32;
    unsigned w, src_lsb, dst_lsb;
    if (s >= r) { /* BFXIL */
        w = s - r + 1, src_lsb = r, dst_lsb = 0;
    } else { /* BFI */
        w = s + 1, src_lsb = 0, dst_lsb = m - r;
    }
    int d = gr_dst(tc, rd);
    if (w == m) {
        copy_exact(tc, rn, sf, d, false);
        gr_put(tc, rd, d);
        return;
    }
    get_into(tc, rd, sf, d, false);
    int t = gr_tmp(tc);
    get_into(tc, rn, sf, t, false);
    if (src_lsb == 0 && dst_lsb + w == m) {
        /* Field goes to the top: shifting Rn up leaves exactly the field,
         * and Rd's top bits are cleared by a shift pair or a zero-extend. */
        emit_shift_ri(e, SH_SHL, sf, t, (uint8_t)dst_lsb);
        if (dst_lsb == 32)
            emit_mov_rr(e, 0, d, d);
        else if (dst_lsb == 16)
            emit_movzx_rr(e, 2, d, d);
        else if (dst_lsb == 8)
            emit_movzx_rr(e, 1, d, d);
        else {
            emit_shift_ri(e, SH_SHL, sf, d, (uint8_t)w);
            emit_shift_ri(e, SH_SHR, sf, d, (uint8_t)w);
        }
        emit_alu_rr(e, ALU_OR, sf, d, t);
    } else {
        unsigned rot = (src_lsb - dst_lsb) & (m - 1);
        if (rot)
            emit_shift_ri(e, SH_ROR, sf, t, (uint8_t)rot);
        emit_alu_rr(e, ALU_XOR, sf, t, d);
        and_mask(tc, sf, t, ones(w) << dst_lsb);
        emit_alu_rr(e, ALU_XOR, sf, d, t);
    }
    gr_put(tc, rd, d);
}

static bool trans_BITFIELD(struct tcx *tc, uint32_t insn)
{
    if (!bitfield_ok(insn))
        return false;
    if (bits(insn, 4, 0) == 31) /* XZR */
        return true;
    if (bits(insn, 30, 29) == 1)
        trans_BFM(tc, insn);
    else
        trans_xBFM(tc, insn);
    return true;
}

/* ---- EXTR (ROR #imm when Rn = Rm) ---- */

static bool trans_EXTR(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rm = (int)bits(insn, 20, 16);
    int rn = (int)bits(insn, 9, 5), rd = (int)bits(insn, 4, 0);
    unsigned lsb = bits(insn, 15, 10);
    if (bits(insn, 22, 22) != (uint32_t)sf || (!sf && lsb >= 32))
        return false;
    if (rd == 31)
        return true;
    int d = gr_dst(tc, rd);
    if (lsb == 0) {
        copy_exact(tc, rm, sf, d, false);
    } else if (rn == rm) {
        get_into(tc, rn, sf, d, false);
        emit_shift_ri(&tc->e, SH_ROR, sf, d, (uint8_t)lsb);
    } else {
        /* shrd t, Rn: t = Rm:Rn >> lsb; t must not be Rn's own register. */
        int hn = rn == 31 ? NO_REG : host_reg_of(rn);
        int t = hn == d ? gr_tmp(tc) : d;
        get_into(tc, rm, sf, t, false);
        int sn = gr_get(tc, rn, sf);
        emit_shrd_ri(&tc->e, sf, t, sn, (uint8_t)lsb);
        d = t;
    }
    gr_put(tc, rd, d);
    return true;
}

const struct a64_pattern a64_dp_imm_patterns[] = {
    { 0x1F000000, 0x10000000, F_KEEP, trans_ADR, "ADR/ADRP" },
    { 0x3F800000, 0x11000000, F_KEEP, trans_ADD_imm, "ADD/SUB (imm)" },
    { 0x3F800000, 0x31000000, F_WRITE, trans_ADDS_imm, "ADDS/SUBS (imm)" },
    { 0x7F800000, 0x72000000, F_WRITE, trans_ANDS_imm, "ANDS (imm)" },
    { 0x7F8003E0, 0x320003E0, F_KEEP, trans_MOV_bitmask, "MOV (bitmask imm)" },
    /* AND #0xff, #0xffff, #0xffffffff are zero-extensions (movzx, mov) */
    { 0xFFFFFC00, 0x12001C00, F_KEEP, trans_LOGIC_imm, "AND #0xff (UXTB, W)" },
    { 0xFFFFFC00, 0x12003C00, F_KEEP, trans_LOGIC_imm, "AND #0xffff (UXTH, W)" },
    { 0xFFFFFC00, 0x92401C00, F_KEEP, trans_LOGIC_imm, "AND #0xff (UXTB, X)" },
    { 0xFFFFFC00, 0x92403C00, F_KEEP, trans_LOGIC_imm, "AND #0xffff (UXTH, X)" },
    { 0xFFFFFC00, 0x92407C00, F_KEEP, trans_LOGIC_imm, "AND #0xffffffff (UXTW)" },
    { 0x1F800000, 0x12000000, 0, trans_LOGIC_imm, "AND/ORR/EOR (imm)" },
    { 0x7F800000, 0x72800000, F_KEEP, trans_MOVK, "MOVK" },
    { 0x1F800000, 0x12800000, F_KEEP, trans_MOVW, "MOVN/MOVZ" },
    /* SBFM/UBFM with immr = 0 and imms = 7, 15, 31: sign/zero extensions */
    { 0xBFFFFC00, 0x13001C00, F_KEEP, trans_EXTEND, "SXTB/UXTB (W)" },
    { 0xBFFFFC00, 0x13003C00, F_KEEP, trans_EXTEND, "SXTH/UXTH (W)" },
    { 0xBFFFFC00, 0x13007C00, F_KEEP, trans_EXTEND, "ASR/LSR #0 (W)" },
    { 0xBFFFFC00, 0x93401C00, F_KEEP, trans_EXTEND, "SXTB/UXTB (X)" },
    { 0xBFFFFC00, 0x93403C00, F_KEEP, trans_EXTEND, "SXTH/UXTH (X)" },
    { 0xBFFFFC00, 0x93407C00, F_KEEP, trans_EXTEND, "SXTW/UXTW (X)" },
    { 0x1F800000, 0x13000000, 0, trans_BITFIELD, "SBFM/BFM/UBFM" },
    { 0x7FA00000, 0x13800000, 0, trans_EXTR, "EXTR" },
    A64_PATTERN_END,
};
