/* ADD/SUB/ADDS/SUBS (shifted and extended register), ADC/SBC/ADCS/SBCS.
 *
 * x86 add/sub/adc/sbb produce AArch64's N, Z and V directly and C either
 * directly (add) or inverted (sub, the "subtraction form"), so the S forms
 * are one x86 instruction followed by flags_set().  The non-S forms with
 * small left shifts are F_KEEP: when the flags must survive they become
 * lea (add) or not + lea (sub, as a + ~b + 1). */
#include "dbt/backend/hostregs.h"
#include "dbt/frontend/trans_dp_reg.h"

/* d := a + (b << amt) or a - (b << amt) without touching EFLAGS.
 * amt is 0..4; b may be a scratch register, which is then modified. */
static int addsub_lea(struct tcx *tc, int w, bool sub, int d, struct opnd a, struct opnd b, int amt)
{
    int base = a.kind == OPND_IMM ? NO_REG : opnd_in_reg(tc, w, a);
    if (b.kind == OPND_IMM) { /* XZR */
        if (base == NO_REG)
            emit_mov_ri(&tc->e, d, 0);
        else
            opnd_load(tc, w, d, opnd_reg(base));
        return d;
    }
    int idx;
    if (sub || amt == 4) {
        idx = b.kind == OPND_REG && is_scratch(b.reg) ? b.reg : opnd_copy(tc, w, b);
        if (amt == 4) {
            emit_lea(&tc->e, w, idx, mem_bisd(NO_REG, idx, 8, 0));
            amt = 1;
        }
        if (sub) {
            if (amt == 1)
                emit_lea(&tc->e, w, idx, mem_bisd(idx, idx, 1, 0));
            else if (amt)
                emit_lea(&tc->e, w, idx, mem_bisd(NO_REG, idx, 1 << amt, 0));
            emit_not(&tc->e, w, idx);
            if (base == NO_REG)
                emit_lea(&tc->e, w, d, mem_bd(idx, 1));
            else
                emit_lea(&tc->e, w, d, mem_bisd(base, idx, 1, 1));
            return d;
        }
    } else {
        idx = opnd_in_reg(tc, w, b);
    }
    int scale = 1 << amt;
    if (base == NO_REG) {
        if (scale == 1)
            opnd_load(tc, w, d, opnd_reg(idx));
        else
            emit_lea(&tc->e, w, d, mem_bisd(NO_REG, idx, scale, 0));
        return d;
    }
    /* rbp and r13 as a base need a displacement byte; as an index they don't. */
    if (scale == 1 && (base & 7) == RBP) {
        int t = base;
        base = idx;
        idx = t;
    }
    emit_lea(&tc->e, w, d, mem_bisd(base, idx, scale, 0));
    return d;
}

/* d := a +/- shifted b with the x86 ALU (flags clobbered); NEG/NEGS use x86
 * neg, which also sets the flags of 0 - x.  neg_ok: as for emit_binop (only
 * when the flags are not wanted).  Returns the register holding the result. */
static int addsub_alu(struct tcx *tc, int sf, bool sub, int d, struct opnd a, struct opnd b,
                      int shift, int amt, bool neg_ok)
{
    if (sub && a.kind == OPND_IMM) {
        opnd_into(tc, sf, d, opnd_shifted(tc, sf, b, shift, amt, false, d));
        emit_neg(&tc->e, sf, d);
        return d;
    }
    int hint = !sub && !opnd_is_reg(a, d) ? d : NO_REG;
    struct opnd op2 = opnd_shifted(tc, sf, b, shift, amt, false, hint);
    return emit_binop(tc, sub ? ALU_SUB : ALU_ADD, sf, d, a, op2, !sub, neg_ok);
}

/* Shared by both encodings.  `b` is operand 2 before shifting: for the
 * extended form already extended (into a scratch register if needed).
 * rd_sp: Rd 31 names SP (extended form without S), else XZR. */
static bool addsub(struct tcx *tc, int sf, bool sub, bool setflags, int rd, bool rd_sp, int rn,
                   struct opnd a, struct opnd b, int shift, int amt)
{
    enum x86_alu op = sub ? ALU_SUB : ALU_ADD;
    if (setflags) {
        if (rd == 31) { /* CMP / CMN */
            struct opnd op2 = opnd_shifted(tc, sf, b, shift, amt, false, NO_REG);
            if (sub) {
                opnd_cmp(tc, sf, a, op2);
            } else {
                int t = opnd_copy(tc, sf, a);
                opnd_alu(tc, op, sf, t, op2);
            }
        } else if (home_rmw_ok(sf, rd, rn)) {
            emit_binop_home(tc, op, sf, rd, rn, opnd_shifted(tc, sf, b, shift, amt, false, NO_REG));
        } else {
            int d = gr_dst(tc, rd);
            gr_put(tc, rd, addsub_alu(tc, sf, sub, d, a, b, shift, amt, false));
        }
        flags_set(tc, sub);
        return true;
    }

    if (rd == 31 && !rd_sp)
        return true; /* writes XZR, no flags: nothing to do */
    bool lea_ok = shift == 0 && amt <= 4;
    if (!flags_precious(tc) && home_rmw_ok(sf, rd, rn)) {
        flags_clobber(tc);
        struct opnd op2 = opnd_shifted(tc, sf, b, shift, amt, false, NO_REG);
        return emit_binop_home(tc, op, sf, rd, rn, op2);
    }
    int d = rd_sp ? gr_dst_sp(tc, rd) : gr_dst(tc, rd);
    int r;
    /* add d, x is one instruction when d already holds the other operand
     * (and can take a memory operand); otherwise lea is shorter. */
    bool in_place = amt == 0 && (opnd_is_reg(a, d) || (!sub && opnd_is_reg(b, d)) ||
                                 a.kind == OPND_MEM || b.kind == OPND_MEM);
    if (lea_ok && (flags_precious(tc) || (!sub && !in_place))) {
        r = addsub_lea(tc, sf, sub, d, a, b, amt);
    } else {
        flags_clobber(tc);
        r = addsub_alu(tc, sf, sub, d, a, b, shift, amt, true);
    }
    if (rd_sp)
        gr_put_sp(tc, rd, r);
    else
        gr_put(tc, rd, r);
    return true;
}

bool trans_ADDSUB_shift(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), shift = (int)bits(insn, 23, 22);
    int amt = (int)bits(insn, 15, 10);
    if (shift == 3 || (!sf && amt >= 32))
        return false;
    struct opnd a = opnd_greg((int)bits(insn, 9, 5), false);
    struct opnd b = opnd_greg((int)bits(insn, 20, 16), false);
    return addsub(tc, sf, bits(insn, 30, 30), bits(insn, 29, 29), (int)bits(insn, 4, 0), false,
                  (int)bits(insn, 9, 5), a, b, shift, amt);
}

/* Rm extended per `option` (UXTB..SXTX) to the operation size, unshifted.
 * Sign or zero extension of the low 8/16/32 bits, then the left shift,
 * is exactly ExtendReg() for shifts 0..4. */
static struct opnd extend_rm(struct tcx *tc, int sf, int rm, int option)
{
    struct opnd o = opnd_greg(rm, false);
    int size = option & 3;
    bool sign = option & 4;
    if (o.kind == OPND_IMM || size == 3 || (!sf && size == 2))
        return o; /* already full width */
    int bytes = 1 << size;
    int t = gr_tmp(tc);
    if (o.kind == OPND_MEM)
        emit_load(&tc->e, bytes, sign, sign && sf, t, o.mem);
    else if (sign)
        emit_movsx_rr(&tc->e, sf, bytes, t, o.reg);
    else
        emit_movzx_rr(&tc->e, bytes, t, o.reg);
    return opnd_reg(t);
}

bool trans_ADDSUB_ext(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), amt = (int)bits(insn, 12, 10);
    bool setflags = bits(insn, 29, 29);
    if (bits(insn, 23, 22) || amt > 4)
        return false;
    struct opnd a = opnd_greg((int)bits(insn, 9, 5), true);
    struct opnd b = extend_rm(tc, sf, (int)bits(insn, 20, 16), (int)bits(insn, 15, 13));
    return addsub(tc, sf, bits(insn, 30, 30), setflags, (int)bits(insn, 4, 0), !setflags,
                  (int)bits(insn, 9, 5), a, b, 0, amt);
}

/* ADC is x86 adc with CF = C.  SBC computes Rn + NOT(Rm) + C, which is
 * Rn - Rm - (1 - C): x86 sbb with CF = NOT C, and sbb's flags are then
 * AArch64's in subtraction form. */
bool trans_ADC(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    bool sub = bits(insn, 30, 30), setflags = bits(insn, 29, 29);
    if (rd == 31 && !setflags)
        return true;
    int rn = (int)bits(insn, 9, 5);
    struct opnd a = opnd_greg(rn, false);
    struct opnd b = opnd_greg((int)bits(insn, 20, 16), false);
    enum flags_state before = tc->flags;
    if (tc->flags == FL_MEM) {
        /* Only C is needed: the saved copy's CF bit is NOT C.  Cheaper
         * than reloading all of the flags. */
        emit_bt_mi(&tc->e, 1, mem_bd(HR_CPU, CPU_OFF_FLAGS), FLAGS_CF_BIT);
        if (!sub)
            emit_cmc(&tc->e);
    } else {
        flags_carry(tc, sub);
    }
    /* Only moves (flag-free) come between setting CF and adc/sbb. */
    enum x86_alu op = sub ? ALU_SBB : ALU_ADC;
    if (!emit_binop_home(tc, op, sf, rd, rn, b))
        gr_put(tc, rd, emit_binop(tc, op, sf, gr_dst(tc, rd), a, b, !sub, false));
    if (setflags)
        flags_set(tc, sub);
    else if (flags_in_mem(before))
        tc->flags = FL_MEM; /* the saved copy is still right */
    return true;
}
