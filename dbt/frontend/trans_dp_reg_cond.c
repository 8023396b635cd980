/* Conditional select (CSEL, CSINC, CSINV, CSNEG and their aliases CSET,
 * CSETM, CINC, CINV, CNEG) and conditional compare (CCMP, CCMN).
 *
 * The selects are cmov over operand 2 prepared with flag-free instructions
 * (lea for +1, not for ~, not + lea for -), so they leave EFLAGS alone. */
#include "dbt/backend/hostregs.h"
#include "dbt/frontend/trans_dp_reg.h"

enum { SEL_CSEL, SEL_CSINC, SEL_CSINV, SEL_CSNEG };

static void cmov_opnd(struct tcx *tc, int cc, int w, int d, struct opnd src)
{
    if (src.kind == OPND_MEM) {
        emit_cmov_rm(&tc->e, cc, w, d, src.mem);
        return;
    }
    int r = opnd_in_reg(tc, w, src); /* XZR needs a zero register */
    emit_cmov(&tc->e, cc, w, d, r);
}

/* x := +1, ~ or - of b, without touching EFLAGS. */
static void sel_operand(struct tcx *tc, int kind, int w, int x, struct opnd b)
{
    if (b.kind == OPND_IMM) {
        uint64_t v = kind == SEL_CSINC ? 1 : kind == SEL_CSINV ? ~0ull : 0;
        emit_mov_ri(&tc->e, x, w ? v : (uint32_t)v);
        return;
    }
    if (kind == SEL_CSINC) {
        int r = b.kind == OPND_REG ? b.reg : x;
        if (b.kind == OPND_MEM)
            opnd_load(tc, w, x, b);
        emit_lea(&tc->e, w, x, mem_bd(r, 1));
        return;
    }
    opnd_into(tc, w, x, b);
    emit_not(&tc->e, w, x);
    if (kind == SEL_CSNEG)
        emit_lea(&tc->e, w, x, mem_bd(x, 1));
}

bool trans_CSEL(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31), rd = (int)bits(insn, 4, 0);
    int kind = (int)(bits(insn, 30, 30) << 1 | bits(insn, 10, 10));
    if (rd == 31)
        return true;
    struct opnd a = opnd_greg((int)bits(insn, 9, 5), false);
    struct opnd b = opnd_greg((int)bits(insn, 20, 16), false);
    int cc = flags_cond(tc, (int)bits(insn, 15, 12));
    int d = gr_dst(tc, rd);
    if (cc < 0) { /* AL, NV: always Rn */
        opnd_load(tc, sf, d, a);
    } else if (a.kind == OPND_IMM && b.kind == OPND_IMM && kind == SEL_CSINC) {
        /* CSET: 1 when the condition fails */
        emit_setcc(&tc->e, cc ^ 1, d);
        emit_movzx_rr(&tc->e, 1, d, d);
    } else if (a.kind == OPND_IMM && b.kind == OPND_IMM && kind == SEL_CSINV) {
        /* CSETM: 0 when the condition holds, else all ones: setcc + lea -1 */
        emit_setcc(&tc->e, cc, d);
        emit_movzx_rr(&tc->e, 1, d, d);
        emit_lea(&tc->e, sf, d, mem_bd(d, -1));
    } else if (kind == SEL_CSEL) {
        if (opnd_is_reg(a, d)) {
            cmov_opnd(tc, cc ^ 1, sf, d, b);
        } else if (opnd_is_reg(b, d)) {
            cmov_opnd(tc, cc, sf, d, a);
        } else {
            opnd_load(tc, sf, d, b);
            cmov_opnd(tc, cc, sf, d, a);
        }
    } else if (opnd_is_reg(a, d)) {
        int x = gr_tmp(tc);
        sel_operand(tc, kind, sf, x, b);
        emit_cmov(&tc->e, cc ^ 1, sf, d, x);
    } else {
        sel_operand(tc, kind, sf, d, b);
        cmov_opnd(tc, cc, sf, d, a);
    }
    gr_put(tc, rd, d);
    return true;
}

/* The false path of CCMP sets NZCV to an immediate.  popfq is slow, so
 * where possible one 32-bit cmp or add of two constants produces the wanted
 * SF, ZF, CF, OF.  Indexed by SF<<3 | ZF<<2 | CF<<1 | OF (raw x86 bits);
 * a result cannot be zero and negative, and a zero sum with OF has CF. */
static const struct flag_recipe {
    bool ok, add;
    int32_t a, b;
} recipes[16] = {
    [0x0] = { true, false, 1, 0 },
    [0x1] = { true, false, INT32_MIN, 1 },
    [0x2] = { true, false, 0, -1 },
    [0x3] = { true, true, INT32_MIN, -1 },
    [0x4] = { true, false, 0, 0 },
    [0x6] = { true, true, -1, 1 },
    [0x7] = { true, true, INT32_MIN, INT32_MIN },
    [0x8] = { true, false, -1, 0 },
    [0x9] = { true, true, INT32_MAX, 1 },
    [0xA] = { true, false, 0, 1 },
    [0xB] = { true, false, INT32_MAX, -1 },
};

/* Raw EFLAGS index for AArch64 nzcv held in subtraction or addition form. */
static unsigned eflags_of(unsigned nzcv, bool sub_form)
{
    unsigned c = (nzcv >> 1) & 1;
    return (nzcv & 0xC) | ((sub_form ? !c : c) << 1) | (nzcv & 1);
}

/* CCMP/CCMN: if cond then NZCV := flags of Rn - op2 (CCMP) or Rn + op2
 * (CCMN) else NZCV := #nzcv.  Both paths must leave the flags in the same
 * form; the compare's own form is preferred, else a cmc fixes it up. */
bool trans_CCMP(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31);
    bool ccmp = bits(insn, 30, 30);
    unsigned nzcv = bits(insn, 3, 0);
    struct opnd a = opnd_greg((int)bits(insn, 9, 5), false);
    struct opnd b = bits(insn, 11, 11) ? opnd_imm((int32_t)bits(insn, 20, 16))
                                       : opnd_greg((int)bits(insn, 20, 16), false);
    int cc = flags_cond(tc, (int)bits(insn, 15, 12));

    bool final_sub = ccmp;
    const struct flag_recipe *rc = &recipes[eflags_of(nzcv, final_sub)];
    if (!rc->ok) {
        final_sub = !final_sub;
        rc = &recipes[eflags_of(nzcv, final_sub)];
        if (!rc->ok) {
            final_sub = true; /* flags_set_const works in subtraction form */
            rc = NULL;
        }
    }

    uint8_t *to_false = cc >= 0 ? emit_jcc8(&tc->e, cc ^ 1) : NULL;
    if (ccmp) {
        opnd_cmp(tc, sf, a, b);
    } else {
        int t = opnd_copy(tc, sf, a);
        opnd_alu(tc, ALU_ADD, sf, t, b);
    }
    if (ccmp != final_sub)
        emit_cmc(&tc->e);
    if (to_false) {
        uint8_t *to_done = emit_jmp8(&tc->e);
        emit_bind8(&tc->e, to_false);
        if (rc) {
            int t = gr_tmp(tc);
            emit_mov_ri(&tc->e, t, (uint32_t)rc->a);
            emit_alu_ri(&tc->e, rc->add ? ALU_ADD : ALU_CMP, 0, t, rc->b);
        } else {
            flags_set_const(tc, nzcv);
        }
        emit_bind8(&tc->e, to_done);
    }
    flags_set(tc, final_sub);
    return true;
}
