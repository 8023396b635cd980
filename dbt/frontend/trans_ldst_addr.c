/* Addressing modes and register moves shared by the load/store
 * translators; see trans_ldst.h. */
#include "dbt/frontend/trans_ldst.h"

#include "dbt/runtime/tbi.h"

static bool is_temp(const struct tcx *tc, int hreg)
{
    return (tc->temps >> hreg) & 1;
}

/* An instruction that met a tagged pointer (dbt/runtime/tbi.h) accesses
 * memory through the address with its top byte cleared; the base register
 * keeps its tag for writeback. */
static struct x86_mem untagged(struct tcx *tc, struct x86_mem m)
{
    int t = gr_tmp(tc);
    emit_lea(&tc->e, 1, t, m);
    emit_clear_top_byte(&tc->e, t); /* loads and stores keep NZCV (F_KEEP) */
    return mem_bd(t, 0);
}

struct x86_mem ldst_untagged(struct tcx *tc, struct x86_mem m)
{
    return tbi_wanted(tc->pc) ? untagged(tc, m) : m;
}

static void sp_align_stub(struct tcx *tc, const struct cold_stub *s)
{
    tc_exit_fault(tc, s->pc, EXIT_SP_ALIGN);
}

/* Linux sets SCTLR_EL1.SA0: a load or store whose base is SP faults
 * unless SP is 16-byte aligned, whatever the offset.  Compilers keep SP
 * aligned, and a check before every access would cost several percent, so
 * SP is taken to be aligned at a block's start and after changes by
 * multiples of 16, and checked (once) after any other change within the
 * block: `mov sp, x29` in an epilogue, or a misalignment made by hand.  A
 * misaligned SP carried into another block is not caught (docs/signals.md). */
void ldst_check_sp(struct tcx *tc, int rn, int hreg)
{
    if (rn != 31 || tc->sp_aligned)
        return;
    /* The test clobbers EFLAGS: live NZCV goes to cpu->flags first, which
     * is also where the fault path wants it. */
    if (!flags_may_clobber(tc)) {
        flags_spill(tc);
        flags_clobber(tc);
    }
    emit_test_ri(&tc->e, 1, hreg, 15);
    if (tc_defer_cold(tc, CC_NE, sp_align_stub, tc->insn, 0, 0)) {
        tc->sp_aligned = true;
        return;
    }
    uint8_t *ok = emit_jcc_rel32(&tc->e, CC_E, NULL);
    tc_exit_fault(tc, tc->pc, EXIT_SP_ALIGN);
    if (!tc->e.overflow)
        emit_patch_rel32(ok, tc->e.p);
    tc->sp_aligned = true;
}

static struct ldst_addr addr_imm(struct tcx *tc, int rn, int32_t off, enum am_mode mode)
{
    struct ldst_addr a = { .rn = rn, .wb_reg = NO_REG };
    a.base = gr_get_sp(tc, rn, 1);
    ldst_check_sp(tc, rn, a.base);
    a.m = mem_bd(a.base, mode == AM_POST ? 0 : off);
    a.writeback = mode != AM_OFFSET;
    a.wb_imm = off;
    return a;
}

struct ldst_addr ldst_addr_imm(struct tcx *tc, int rn, int32_t off, enum am_mode mode)
{
    struct ldst_addr a = addr_imm(tc, rn, off, mode);
    if (tbi_wanted(tc->pc))
        a.m = untagged(tc, a.m);
    return a;
}

/* option: 010 UXTW, 011 LSL (UXTX), 110 SXTW, 111 SXTX. */
bool ldst_addr_reg(struct tcx *tc, struct ldst_addr *a, int rn, int rm, int option, int shift)
{
    if (!(option & 2))
        return false;
    *a = addr_imm(tc, rn, 0, AM_OFFSET);
    if (rm == 31) { /* XZR: any extension or shift of zero is zero */
        if (tbi_wanted(tc->pc))
            a->m = untagged(tc, a->m);
        return true;
    }
    bool sign = option & 4, word = !(option & 1);
    int idx;
    if (!word) {
        idx = gr_get(tc, rm, 1);
    } else {
        idx = gr_tmp(tc);
        int h = host_reg_of(rm);
        if (h == NO_REG)
            emit_load(&tc->e, 4, sign, 1, idx, gr_home(rm));
        else if (sign)
            emit_movsx_rr(&tc->e, 1, 4, idx, h);
        else
            emit_mov_rr(&tc->e, 0, idx, h);
    }
    int scale = 1 << shift;
    if (shift == 4) {
        /* Q registers: x86 scales stop at 8, so double the index first. */
        int t = is_temp(tc, idx) ? idx : gr_tmp(tc);
        emit_lea(&tc->e, 1, t, mem_bisd(idx, idx, 1, 0));
        idx = t;
        scale = 8;
    }
    a->m = mem_bisd(a->base, idx, scale, 0);
    if (tbi_wanted(tc->pc))
        a->m = untagged(tc, a->m);
    return true;
}

void ldst_set_wb_reg(struct tcx *tc, struct ldst_addr *a, int rm)
{
    a->writeback = true;
    a->wb_imm = 0;
    a->wb_reg = rm == 31 ? NO_REG : gr_get(tc, rm, 1);
}

void ldst_writeback(struct tcx *tc, const struct ldst_addr *a)
{
    if (!a->writeback)
        return;
    bool sp_aligned = tc->sp_aligned && a->wb_reg == NO_REG && a->wb_imm % 16 == 0;
    if (a->wb_reg != NO_REG)
        emit_lea(&tc->e, 1, a->base, mem_bisd(a->base, a->wb_reg, 1, 0));
    else if (a->wb_imm != 0)
        emit_lea(&tc->e, 1, a->base, mem_bd(a->base, a->wb_imm));
    else
        return;
    gr_put_sp(tc, a->rn, a->base);
    if (a->rn == 31 && sp_aligned) /* stp x29, x30, [sp, #-16]! */
        tc->sp_aligned = true;
}

void ldst_gpr_load(struct tcx *tc, int bytes, bool sign, int sf, int rt, struct x86_mem m)
{
    int d = gr_dst(tc, rt);
    emit_load(&tc->e, bytes, sign, sf, d, m);
    gr_put(tc, rt, d);
    if (is_temp(tc, d))
        gr_free(tc, d);
}

void ldst_gpr_store(struct tcx *tc, int bytes, int rt, struct x86_mem m)
{
    if (rt == 31) {
        emit_store_imm(&tc->e, bytes, m, 0);
        return;
    }
    int r = gr_get(tc, rt, bytes == 8);
    emit_store(&tc->e, bytes, r, m);
    if (is_temp(tc, r))
        gr_free(tc, r);
}

void ldst_copy(struct tcx *tc, int bytes, struct x86_mem dst, struct x86_mem src)
{
    if (bytes == 16) {
        emit_xmm_load(&tc->e, 16, 0, src);
        emit_xmm_store(&tc->e, 16, 0, dst);
        return;
    }
    int t = gr_tmp(tc);
    emit_load(&tc->e, bytes, false, bytes == 8, t, src);
    emit_store(&tc->e, bytes, t, dst);
    gr_free(tc, t);
}

void ldst_vec_load(struct tcx *tc, int bytes, int vt, struct x86_mem m)
{
    if (bytes >= 4) {
        /* movd/movq zero the rest of xmm0 */
        emit_xmm_load(&tc->e, bytes, 0, m);
        emit_xmm_store(&tc->e, 16, 0, vreg_home(vt, 0));
        vc_note(tc, vt, bytes, true, 0); /* the V register cache keeps it */
        return;
    }
    int t = gr_tmp(tc);
    emit_load(&tc->e, bytes, false, 0, t, m);
    emit_store(&tc->e, 8, t, vreg_mem(vt, 0));
    emit_store_imm(&tc->e, 8, vreg_mem(vt, 8), 0);
    gr_free(tc, t);
}

void ldst_vec_store(struct tcx *tc, int bytes, int vt, struct x86_mem m)
{
    int h = bytes >= 4 ? vc_find(tc, vt, bytes) : -1;
    if (h >= 0) { /* from the V register cache */
        vc_quiet(tc, true);
        emit_xmm_store(&tc->e, bytes, h, m);
        vc_quiet(tc, false);
        return;
    }
    ldst_copy(tc, bytes, m, vreg_mem(vt, 0));
}

void ldst_get_zext(struct tcx *tc, int n, int bytes, int hreg)
{
    int h = n == 31 ? NO_REG : host_reg_of(n);
    if (n == 31)
        emit_mov_ri(&tc->e, hreg, 0);
    else if (bytes == 8)
        gr_get_into(tc, n, 1, hreg);
    else if (h == NO_REG)
        emit_load(&tc->e, bytes, false, 0, hreg, gr_home(n));
    else if (bytes == 4)
        emit_mov_rr(&tc->e, 0, hreg, h);
    else
        emit_movzx_rr(&tc->e, bytes, hreg, h);
}

/* The faulting address goes to cpu->scratch[1], for the signal's si_addr. */
static void align_fault_exit(struct tcx *tc, uint64_t pc, int base, int32_t disp)
{
    emit_lea(&tc->e, 1, RAX, mem_bd(base, disp));
    emit_store(&tc->e, 8, RAX, mem_bd(HR_CPU, CPU_OFF_SCRATCH(1)));
    tc_exit_fault(tc, pc, EXIT_ALIGN);
}

static void align_fault_stub(struct tcx *tc, const struct cold_stub *s)
{
    align_fault_exit(tc, s->pc, s->arg[0], s->arg[1]);
}

void ldst_check_align(struct tcx *tc, int base, int32_t disp, int bytes)
{
    if (bytes <= 1)
        return;
    /* The test clobbers EFLAGS: live NZCV goes to cpu->flags first, which
     * is also where the fault path wants it. */
    if (!flags_may_clobber(tc)) {
        flags_spill(tc);
        flags_clobber(tc);
    }
    if ((disp & (bytes - 1)) == 0) {
        emit_test_ri(&tc->e, 1, base, bytes - 1);
    } else {
        int t = gr_tmp(tc);
        emit_lea(&tc->e, 1, t, mem_bd(base, disp));
        emit_test_ri(&tc->e, 1, t, bytes - 1);
        gr_free(tc, t);
    }
    if (tc_defer_cold(tc, CC_NE, align_fault_stub, tc->insn, base, disp))
        return;
    uint8_t *ok = emit_jcc_rel32(&tc->e, CC_E, NULL);
    align_fault_exit(tc, tc->pc, base, disp);
    if (!tc->e.overflow)
        emit_patch_rel32(ok, tc->e.p);
}

int ldst_ordered_base(struct tcx *tc, int rn, int bytes)
{
    int a = gr_get_sp(tc, rn, 1);
    ldst_check_sp(tc, rn, a);
    ldst_check_align(tc, a, 0, bytes);
    if (tbi_wanted(tc->pc)) {
        struct x86_mem m = untagged(tc, mem_bd(a, 0));
        return m.base;
    }
    return a;
}

int ldst_excl_base(struct tcx *tc, int rn, int bytes, int *tagged)
{
    *tagged = gr_get_sp(tc, rn, 1);
    ldst_check_sp(tc, rn, *tagged);
    ldst_check_align(tc, *tagged, 0, bytes);
    if (tbi_wanted(tc->pc))
        return untagged(tc, mem_bd(*tagged, 0)).base;
    return *tagged;
}

void ldst_untag_reg(struct tcx *tc, int hreg)
{
    if (!tbi_wanted(tc->pc))
        return;
    emit_clear_top_byte(&tc->e, hreg);
}
