/* Exclusive and ordered loads and stores: LDXR/STXR (and pairs), LDAR/STLR,
 * LDAPR, LDLAR/STLLR, LDAPUR/STLUR.
 *
 * Exclusive monitor: LDXR records the address and the value it loaded in
 * cpu->excl_addr/excl_val; STXR succeeds only at that address and only if
 * memory still holds that value, which one `lock cmpxchg` checks and acts
 * on atomically.  (A store of the same value in between goes unnoticed;
 * that ABA case is harmless for the lock and counter loops compilers emit.)
 * A store-exclusive always clears the monitor, like CLREX.
 *
 * Every one of these accesses must be aligned to its size (pairs: to both
 * registers' size); ldst_ordered_base() checks and raises the fault.
 *
 * Ordering: x86 is TSO, so every load is already an acquire and every store
 * a release.  The one reordering x86 allows is a store passing a later
 * load; STLR is an xchg (implicitly locked, a full barrier) so that STLR
 * followed by LDAR stays in order. */
#include "dbt/frontend/trans_ldst.h"

static struct x86_mem excl_field(int off)
{
    return mem_bd(HR_CPU, off);
}

static bool trans_LDXR(struct tcx *tc, uint32_t insn)
{
    int bytes = 1 << bits(insn, 31, 30), rt = (int)bits(insn, 4, 0);
    int tagged;
    int a = ldst_excl_base(tc, (int)bits(insn, 9, 5), bytes, &tagged);
    emit_store(&tc->e, 8, tagged, excl_field(CPU_OFF_EXCL_ADDR));
    int d = gr_dst(tc, rt);
    emit_load(&tc->e, bytes, false, bytes == 8, d, mem_bd(a, 0));
    emit_store(&tc->e, 8, d, excl_field(CPU_OFF_EXCL_VAL));
    gr_put(tc, rt, d);
    return true;
}

/* LDXP: the pair is read with one access (W) or two that STXP's
 * cmpxchg16b re-checks together (X). */
static bool trans_LDXP(struct tcx *tc, uint32_t insn)
{
    int rt = (int)bits(insn, 4, 0), rt2 = (int)bits(insn, 14, 10);
    int tagged;
    int a = ldst_excl_base(tc, (int)bits(insn, 9, 5), bits(insn, 30, 30) ? 16 : 8, &tagged);
    emit_store(&tc->e, 8, tagged, excl_field(CPU_OFF_EXCL_ADDR));
    int t = gr_tmp(tc);
    if (bits(insn, 30, 30)) {
        int t2 = gr_tmp(tc);
        emit_load(&tc->e, 8, false, 1, t, mem_bd(a, 0));
        emit_load(&tc->e, 8, false, 1, t2, mem_bd(a, 8));
        emit_store(&tc->e, 8, t, excl_field(CPU_OFF_EXCL_VAL));
        emit_store(&tc->e, 8, t2, excl_field(CPU_OFF_EXCL_VAL_HI));
        gr_put(tc, rt, t);
        gr_put(tc, rt2, t2);
        return true;
    }
    emit_load(&tc->e, 8, false, 1, t, mem_bd(a, 0));
    emit_store(&tc->e, 8, t, excl_field(CPU_OFF_EXCL_VAL));
    emit_mov_rr(&tc->e, 0, t, t);
    gr_put(tc, rt, t);
    ldst_gpr_load(tc, 4, false, 0, rt2, excl_field(CPU_OFF_EXCL_VAL + 4));
    return true;
}

/* Tail of every store-exclusive: ZF = success (from cmpxchg, or cleared by
 * the failed address compare).  Ws = !ZF, then close the monitor. */
static void excl_finish(struct tcx *tc, int rs, int st)
{
    emit_setcc(&tc->e, CC_NE, st);
    emit_movzx_rr(&tc->e, 1, st, st);
    emit_store_imm32(&tc->e, 1, excl_field(CPU_OFF_EXCL_ADDR), -1);
    gr_put(tc, rs, st);
}

static bool trans_STXR(struct tcx *tc, uint32_t insn)
{
    int bytes = 1 << bits(insn, 31, 30), rt = (int)bits(insn, 4, 0);
    gr_reserve(tc, RAX);
    int tagged;
    int a = ldst_excl_base(tc, (int)bits(insn, 9, 5), bytes, &tagged);
    int s = gr_get(tc, rt, bytes == 8);
    emit_alu_rm(&tc->e, ALU_CMP, 1, tagged, excl_field(CPU_OFF_EXCL_ADDR));
    uint8_t *fail = emit_jcc_rel8(&tc->e, CC_NE);
    emit_load(&tc->e, 8, false, 1, RAX, excl_field(CPU_OFF_EXCL_VAL));
    emit_lock_cmpxchg(&tc->e, bytes, s, mem_bd(a, 0));
    emit_bind_rel8(&tc->e, fail);
    excl_finish(tc, (int)bits(insn, 20, 16), gr_tmp(tc));
    return true;
}

/* STXP Wt, Wt2: one 64-bit cmpxchg of Wt2:Wt. */
static bool stxp_w(struct tcx *tc, uint32_t insn)
{
    int rt = (int)bits(insn, 4, 0), rt2 = (int)bits(insn, 14, 10);
    gr_reserve(tc, RAX);
    int tagged;
    int a = ldst_excl_base(tc, (int)bits(insn, 9, 5), 8, &tagged);
    int n = gr_tmp(tc), lo = gr_tmp(tc);
    gr_get_into(tc, rt2, 1, n);
    emit_shift_ri(&tc->e, SH_SHL, 1, n, 32);
    ldst_get_zext(tc, rt, 4, lo);
    emit_alu_rr(&tc->e, ALU_OR, 1, n, lo);
    gr_free(tc, lo);
    emit_alu_rm(&tc->e, ALU_CMP, 1, tagged, excl_field(CPU_OFF_EXCL_ADDR));
    uint8_t *fail = emit_jcc_rel8(&tc->e, CC_NE);
    emit_load(&tc->e, 8, false, 1, RAX, excl_field(CPU_OFF_EXCL_VAL));
    emit_lock_cmpxchg(&tc->e, 8, n, mem_bd(a, 0));
    emit_bind_rel8(&tc->e, fail);
    excl_finish(tc, (int)bits(insn, 20, 16), gr_tmp(tc));
    return true;
}

/* STXP Xt, Xt2: cmpxchg16b wants the new value in rcx:rbx, and rbx holds
 * guest X0, so it is saved on the host stack around the instruction. */
static bool stxp_x(struct tcx *tc, uint32_t insn)
{
    int rt = (int)bits(insn, 4, 0), rt2 = (int)bits(insn, 14, 10);
    struct emitter *e = &tc->e;
    gr_reserve(tc, RAX);
    gr_reserve(tc, RCX);
    gr_reserve(tc, RDX);
    gr_reserve(tc, R11);
    gr_get_sp_into(tc, (int)bits(insn, 9, 5), R11);
    ldst_check_sp(tc, (int)bits(insn, 9, 5), R11);
    ldst_check_align(tc, R11, 0, 16);
    emit_alu_rm(e, ALU_CMP, 1, R11, excl_field(CPU_OFF_EXCL_ADDR));
    uint8_t *fail = emit_jcc_rel8(e, CC_NE);
    ldst_untag_reg(tc, R11); /* shifts: after the compare's jump */
    gr_get_into(tc, rt2, 1, RCX);
    emit_push_r(e, RBX);
    tc_note_stacked(tc, RBX);
    gr_get_into(tc, rt, 1, RBX);
    emit_load(e, 8, false, 1, RAX, excl_field(CPU_OFF_EXCL_VAL));
    emit_load(e, 8, false, 1, RDX, excl_field(CPU_OFF_EXCL_VAL_HI));
    emit_lock_cmpxchg16b(e, mem_bd(R11, 0));
    emit_pop_r(e, RBX);
    tc_note(tc);
    emit_bind_rel8(e, fail);
    excl_finish(tc, (int)bits(insn, 20, 16), RAX);
    return true;
}

static bool trans_STXP(struct tcx *tc, uint32_t insn)
{
    return bits(insn, 30, 30) ? stxp_x(tc, insn) : stxp_w(tc, insn);
}

/* LDAR, LDLAR, LDAPR: plain loads under TSO. */
static bool trans_LDAR(struct tcx *tc, uint32_t insn)
{
    int bytes = 1 << bits(insn, 31, 30);
    int a = ldst_ordered_base(tc, (int)bits(insn, 9, 5), bytes);
    ldst_gpr_load(tc, bytes, false, bytes == 8, (int)bits(insn, 4, 0), mem_bd(a, 0));
    return true;
}

static void store_release(struct tcx *tc, int bytes, int rt, struct x86_mem m)
{
    int t = gr_tmp(tc);
    gr_get_into(tc, rt, bytes == 8, t);
    emit_xchg_rm(&tc->e, bytes, t, m);
}

/* STLR, STLLR */
static bool trans_STLR(struct tcx *tc, uint32_t insn)
{
    int bytes = 1 << bits(insn, 31, 30);
    int a = ldst_ordered_base(tc, (int)bits(insn, 9, 5), bytes);
    store_release(tc, bytes, (int)bits(insn, 4, 0), mem_bd(a, 0));
    return true;
}

/* LDAPUR/STLUR (RCpc, unscaled signed offset). opc: 00 store, 01 load,
 * 10 sign-extend to X, 11 sign-extend to W. */
static bool trans_LDAPUR(struct tcx *tc, uint32_t insn)
{
    int size = (int)bits(insn, 31, 30), opc = (int)bits(insn, 23, 22);
    int bytes = 1 << size, rt = (int)bits(insn, 4, 0);
    if ((opc == 2 && size == 3) || (opc == 3 && size >= 2))
        return false;
    int a = gr_get_sp(tc, (int)bits(insn, 9, 5), 1);
    ldst_check_sp(tc, (int)bits(insn, 9, 5), a);
    int32_t disp = (int32_t)sext(bits(insn, 20, 12), 9);
    ldst_check_align(tc, a, disp, bytes);
    struct x86_mem m = ldst_untagged(tc, mem_bd(a, disp));
    if (opc == 0)
        store_release(tc, bytes, rt, m);
    else
        ldst_gpr_load(tc, bytes, opc >= 2, opc == 2 || bytes == 8, rt, m);
    return true;
}

const struct a64_pattern a64_ldst_excl_patterns[] = {
    { 0x3FE00000, 0x08400000, F_KEEP, trans_LDXR, "LDXR/LDAXR" },
    { 0x3FE00000, 0x08000000, 0, trans_STXR, "STXR/STLXR" },
    { 0xBFE00000, 0x88600000, F_KEEP, trans_LDXP, "LDXP/LDAXP" },
    { 0xBFE00000, 0x88200000, 0, trans_STXP, "STXP/STLXP" },
    { 0x3FE00000, 0x08C00000, F_KEEP, trans_LDAR, "LDAR/LDLAR" },
    { 0x3FE00000, 0x08800000, F_KEEP, trans_STLR, "STLR/STLLR" },
    { 0x3FFFFC00, 0x38BFC000, F_KEEP, trans_LDAR, "LDAPR" },
    { 0x3F200C00, 0x19000000, F_KEEP, trans_LDAPUR, "LDAPUR/STLUR" },
    A64_PATTERN_END,
};
