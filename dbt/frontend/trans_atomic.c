/* LSE atomics: CAS, CASP, SWP and the LD<op> read-modify-write family
 * (with its ST<op> aliases).
 *
 * Every locked x86 instruction is a full barrier, so the acquire/release
 * variants (A/L bits) need nothing extra.  ADD maps to lock xadd, SWP to
 * xchg, CAS to lock cmpxchg; the other operations are cmpxchg loops, or a
 * plain locked ALU op when the old value is discarded (Rt = XZR).  Each
 * must be aligned to its size (ldst_ordered_base: SIGBUS otherwise). */
#include "dbt/frontend/trans_ldst.h"

/* CAS Rs, Rt, [Xn]: compare with Rs, store Rt; Rs := the old value. */
static bool trans_CAS(struct tcx *tc, uint32_t insn)
{
    int bytes = 1 << bits(insn, 31, 30), rs = (int)bits(insn, 20, 16);
    gr_reserve(tc, RAX);
    int a = ldst_ordered_base(tc, (int)bits(insn, 9, 5), bytes);
    int t = gr_get(tc, (int)bits(insn, 4, 0), bytes == 8);
    ldst_get_zext(tc, rs, bytes, RAX);
    emit_lock_cmpxchg(&tc->e, bytes, t, mem_bd(a, 0));
    /* A failed narrow cmpxchg rewrites only al/ax; the rest of rax is
     * still Rs zero-extended, so rax is the zero-extended old value. */
    gr_put(tc, rs, RAX);
    return true;
}

/* CASP Ws/Xs pairs.  Rs and Rt must be even. */
static bool trans_CASP(struct tcx *tc, uint32_t insn)
{
    int rs = (int)bits(insn, 20, 16), rt = (int)bits(insn, 4, 0), rn = (int)bits(insn, 9, 5);
    struct emitter *e = &tc->e;
    if ((rs & 1) || (rt & 1))
        return false;
    if (!bits(insn, 30, 30)) {
        /* 32-bit pair: one 64-bit cmpxchg of Rs+1:Rs against Rt+1:Rt */
        gr_reserve(tc, RAX);
        int a = ldst_ordered_base(tc, rn, 8);
        int n = gr_tmp(tc), lo = gr_tmp(tc);
        gr_get_into(tc, rs + 1, 1, RAX);
        emit_shift_ri(e, SH_SHL, 1, RAX, 32);
        ldst_get_zext(tc, rs, 4, lo);
        emit_alu_rr(e, ALU_OR, 1, RAX, lo);
        gr_get_into(tc, rt + 1, 1, n);
        emit_shift_ri(e, SH_SHL, 1, n, 32);
        ldst_get_zext(tc, rt, 4, lo);
        emit_alu_rr(e, ALU_OR, 1, n, lo);
        emit_lock_cmpxchg(e, 8, n, mem_bd(a, 0));
        emit_mov_rr(e, 0, lo, RAX);
        gr_put(tc, rs, lo);
        emit_shift_ri(e, SH_SHR, 1, RAX, 32);
        gr_put(tc, rs + 1, RAX);
        return true;
    }
    /* 64-bit pair: cmpxchg16b compares rdx:rax and stores rcx:rbx; rbx is
     * guest X0, saved on the host stack meanwhile. */
    gr_reserve(tc, RAX);
    gr_reserve(tc, RCX);
    gr_reserve(tc, RDX);
    gr_reserve(tc, R11);
    gr_get_sp_into(tc, rn, R11);
    ldst_check_sp(tc, rn, R11);
    ldst_check_align(tc, R11, 0, 16);
    ldst_untag_reg(tc, R11);
    gr_get_into(tc, rs, 1, RAX);
    gr_get_into(tc, rs + 1, 1, RDX);
    gr_get_into(tc, rt + 1, 1, RCX);
    emit_push_r(e, RBX);
    tc_note_stacked(tc, RBX);
    gr_get_into(tc, rt, 1, RBX);
    emit_lock_cmpxchg16b(e, mem_bd(R11, 0));
    emit_pop_r(e, RBX);
    tc_note(tc);
    gr_put(tc, rs, RAX);
    gr_put(tc, rs + 1, RDX);
    return true;
}

/* SWP Rs, Rt, [Xn]: Rt := old, memory := Rs.  xchg leaves EFLAGS alone. */
static bool trans_SWP(struct tcx *tc, uint32_t insn)
{
    int bytes = 1 << bits(insn, 31, 30);
    int a = ldst_ordered_base(tc, (int)bits(insn, 9, 5), bytes);
    int t = gr_tmp(tc);
    gr_get_into(tc, (int)bits(insn, 20, 16), 1, t);
    emit_xchg_rm(&tc->e, bytes, t, mem_bd(a, 0)); /* a 32-bit xchg zero-extends */
    if (bytes < 4)
        emit_movzx_rr(&tc->e, bytes, t, t);
    gr_put(tc, (int)bits(insn, 4, 0), t);
    return true;
}

enum lse_op { LSE_ADD, LSE_CLR, LSE_EOR, LSE_SET, LSE_SMAX, LSE_SMIN, LSE_UMAX, LSE_UMIN };

/* The operand for a cmpxchg loop: Rs, complemented for CLR, sign-extended
 * to 32 bits for narrow signed compares. */
static int lse_operand(struct tcx *tc, enum lse_op op, int bytes, int rs)
{
    int v = gr_tmp(tc);
    bool sign = op == LSE_SMAX || op == LSE_SMIN;
    if (sign && bytes < 4 && rs != 31) {
        int h = host_reg_of(rs);
        if (h == NO_REG)
            emit_load(&tc->e, bytes, true, 0, v, gr_home(rs));
        else
            emit_movsx_rr(&tc->e, 0, bytes, v, h);
    } else {
        ldst_get_zext(tc, rs, bytes, v);
    }
    if (op == LSE_CLR)
        emit_not(&tc->e, 1, v);
    return v;
}

static bool trans_LSE(struct tcx *tc, uint32_t insn)
{
    int bytes = 1 << bits(insn, 31, 30), rs = (int)bits(insn, 20, 16), rt = (int)bits(insn, 4, 0);
    enum lse_op op = (enum lse_op)bits(insn, 14, 12);
    struct emitter *e = &tc->e;
    int w = bytes == 8;
    gr_reserve(tc, RAX);
    int a = ldst_ordered_base(tc, (int)bits(insn, 9, 5), bytes);
    struct x86_mem m = mem_bd(a, 0);

    if (op == LSE_ADD) {
        int t = gr_tmp(tc);
        gr_get_into(tc, rs, 1, t);
        if (rt == 31) {
            emit_lock_alu_mr(e, ALU_ADD, bytes, m, t); /* STADD */
            return true;
        }
        emit_lock_xadd(e, bytes, t, m); /* a 32-bit xadd zero-extends */
        if (bytes < 4)
            emit_movzx_rr(e, bytes, t, t);
        gr_put(tc, rt, t);
        return true;
    }

    int v = lse_operand(tc, op, bytes, rs);
    static const enum x86_alu bitwise[4] = { ALU_ADD, ALU_AND, ALU_XOR, ALU_OR };
    if (rt == 31 && op <= LSE_SET) {
        emit_lock_alu_mr(e, bitwise[op], bytes, m, v); /* STCLR, STEOR, STSET */
        return true;
    }

    /* rax: the old value, zero-extended (a failed narrow cmpxchg only
     * rewrites al/ax, whose upper bits stay zero from this load). */
    emit_load(e, bytes, false, w, RAX, m);
    int n = gr_tmp(tc);
    uint8_t *loop = e->p;
    if (op <= LSE_SET) {
        emit_mov_rr(e, 1, n, RAX);
        emit_alu_rr(e, bitwise[op], w, n, v);
    } else {
        static const enum x86_cond take_v[4] = { CC_L, CC_G, CC_B, CC_A };
        if ((op == LSE_SMAX || op == LSE_SMIN) && bytes < 4)
            emit_movsx_rr(e, 0, bytes, n, RAX);
        else
            emit_mov_rr(e, 1, n, RAX);
        emit_alu_rr(e, ALU_CMP, w, n, v);
        emit_cmov(e, take_v[op - LSE_SMAX], w, n, v);
    }
    emit_lock_cmpxchg(e, bytes, n, m);
    emit_jcc_rel32(e, CC_NE, loop);
    gr_put(tc, rt, RAX);
    return true;
}

const struct a64_pattern a64_atomic_patterns[] = {
    { 0x3FA07C00, 0x08A07C00, 0, trans_CAS, "CAS" },
    { 0xBFA07C00, 0x08207C00, 0, trans_CASP, "CASP" },
    { 0x3F20FC00, 0x38208000, F_KEEP, trans_SWP, "SWP" },
    { 0x3F208C00, 0x38200000, 0, trans_LSE, "LDADD/LDCLR/LDEOR/LDSET/LD[SU]MAX/LD[SU]MIN" },
    A64_PATTERN_END,
};
