/* Block exits.  A direct exit is a patchable `jmp rel32` that first points
 * at its own stub (store target pc, record the jump's address, leave); the
 * dispatcher then points it straight at the target block (chaining).
 * Indirect exits look the target up inline in ibtc_table. */
#include "dbt/runtime/code_cache.h"
#include "dbt/backend/hostregs.h"
#include "dbt/runtime/threads.h"
#include "dbt/runtime/trampoline.h"
#include "dbt/runtime/stats.h"
#include "dbt/translate.h"

#include "common/ferry.h"

static void emit_set_pc(struct tcx *tc, uint64_t pc)
{
    emit_mov_ri(&tc->e, RAX, pc);
    emit_store(&tc->e, 8, RAX, mem_bd(HR_CPU, CPU_OFF_PC));
}

/* The stub for a chainable jump whose rel32 field is at `site`: a call
 * to the shared tramp_chain_exit, which reads what follows the call (the
 * target pc, with CHAIN_FORWARD in bit 0, and the site as an offset from
 * there), stores both and leaves.  17 bytes; it was 34 to 39 with the
 * stores inline, and stubs were half of all translated code.  They go to
 * the stub area (code_cache.h), away from the code that runs.  A forward
 * jump, once chained, enters past the target's poll (every cycle of guest
 * code has a backward or an indirect jump, which polls). */
static void emit_chain_stub_to(struct tcx *tc, uint8_t *site, uint64_t target, bool forward_ok)
{
    struct emitter *e = &tc->stubs;
    emit_patch_rel32(site, e->p);
    uint8_t *data = emit_call_rel32(e, tramp_chain_exit) + 4;
    uint64_t forward = forward_ok && target > tc->pc ? CHAIN_FORWARD : 0;
    emit_u64(e, target | forward);
    emit_u32(e, (uint32_t)(int32_t)(site - data));
}

static void emit_chain_stub(struct tcx *tc, uint8_t *site, uint64_t target)
{
    emit_chain_stub_to(tc, site, target, true);
}

static void spill_if_live_at(struct tcx *tc, uint64_t a, uint64_t b)
{
    if ((tc->flags == FL_HOST_SUB || tc->flags == FL_HOST_ADD) &&
        (flags_live_at(a) || flags_live_at(b)))
        flags_spill(tc);
}

/* The block of the region being translated that starts at pc, or -1.  In
 * a trace only the next block: any other jump within it could close a
 * cycle that passes no poll (threads.h). */
static int region_block(const struct tcx *tc, uint64_t pc)
{
    if (tc->trace)
        return tc->next_block >= 0 && tc->region_pc[tc->next_block] == pc ? tc->next_block : -1;
    for (int k = 0; k < tc->n_region; k++)
        if (tc->region_pc[k] == pc)
            return k;
    return -1;
}

/* Jump (cc < 0) or branch on cc to region block k, which runs on the
 * same (remapped) registers: nothing to undo.  A jump to the block laid
 * out next is no jump at all. */
static void jump_in_region(struct tcx *tc, int cc, int k)
{
    uint8_t *label = tc->region_label[k];
    /* The V register cache state block k assumes (vcache.c): loads on the
     * way in where needed, so a conditional jump that needs them skips
     * over them when not taken. */
    uint8_t *skip = NULL;
    if (cc >= 0 && vc_edge_needs_code(tc, k)) {
        skip = emit_jcc_rel32(&tc->e, (enum x86_cond)(cc ^ 1), NULL);
        cc = -1;
    }
    struct vc_state state = tc->vc;
    vc_edge(tc, k);
    if (cc < 0 && !label && k == tc->next_block && !skip) {
        tc->fell_through = true;
        return;
    }
    uint8_t *site = cc < 0 ? emit_jmp_rel32(&tc->e, label)
                           : emit_jcc_rel32(&tc->e, (enum x86_cond)cc, label);
    if (skip) {
        if (!tc->e.overflow)
            emit_patch_rel32(skip, tc->e.p);
        tc->vc = state; /* the loads ran only on the way to block k */
    }
    if (label)
        return;
    if (tc->n_fixups == MAX_REGION_FIXUPS) {
        tc->e.overflow = true; /* retranslated as a plain block */
        return;
    }
    tc->fixup_site[tc->n_fixups] = site;
    tc->fixup_block[tc->n_fixups++] = (signed char)k;
}

void tc_emit_far_exits(struct tcx *tc)
{
    for (int i = 0; i < tc->n_far && !tc->e.overflow; i++) {
        tc->pc = tc->far_pc[i]; /* the branch's: forward or not */
        emit_chain_stub(tc, tc->far_site[i], tc->far_target[i]);
    }
    tc->n_far = 0;
}

void tc_exit_direct(struct tcx *tc, uint64_t target)
{
    spill_if_live_at(tc, target, target);
    int k = region_block(tc, target);
    if (k >= 0) {
        jump_in_region(tc, -1, k);
        tc->ended = true;
        return;
    }
    loop_remap_leave(tc);
    uint8_t *site = emit_jmp_rel32_patchable(&tc->e);
    if (!tc->e.overflow)
        emit_chain_stub(tc, site, target);
    tc->ended = true;
}

void tc_exit_hostcc(struct tcx *tc, enum x86_cond cc, uint64_t taken, uint64_t not_taken)
{
    /* A trace falls through to its next block; the taken side is a
     * chainable jcc whose stub comes after the last block. */
    if (tc->trace && tc->n_swaps == 0 && taken != not_taken && region_block(tc, not_taken) >= 0) {
        uint8_t *site = emit_jcc_rel32_patchable(&tc->e, cc);
        tc->far_site[tc->n_far] = site;
        tc->far_target[tc->n_far] = taken;
        tc->far_pc[tc->n_far++] = tc->pc;
        jump_in_region(tc, -1, region_block(tc, not_taken));
        tc->ended = true;
        return;
    }
    /* Inside the region, the loop stays on its remapped registers; the
     * other way (inside or out) is then an unconditional exit. */
    int k = region_block(tc, taken);
    if (k >= 0) {
        jump_in_region(tc, cc, k);
        tc_exit_direct(tc, not_taken);
        return;
    }
    k = region_block(tc, not_taken);
    if (k >= 0) {
        jump_in_region(tc, cc ^ 1, k); /* x86 conditions pair up by the low bit */
        tc_exit_direct(tc, taken);
        return;
    }
    loop_remap_leave(tc);
    uint8_t *jcc_site = emit_jcc_rel32_patchable(&tc->e, cc);
    uint8_t *jmp_site = emit_jmp_rel32_patchable(&tc->e);
    if (!tc->e.overflow) {
        emit_chain_stub(tc, jmp_site, not_taken);
        emit_chain_stub(tc, jcc_site, taken);
    }
    tc->ended = true;
}

void tc_exit_cond(struct tcx *tc, int cond, uint64_t taken, uint64_t not_taken)
{
    /* A way that stays in the region needs the flags saved before the
     * branch if it reads them; the other way is then an unconditional
     * exit, which saves them itself (after the branch, which keeps them).
     * So a loop whose exit reads the flags saves them on the way out, not
     * on every pass.  A trace's next block starts with NZCV where the
     * branch left it (translate.c), so only the taken way, which leaves
     * the unit at once, may need them saved. */
    if (tc->trace && region_block(tc, not_taken) >= 0)
        spill_if_live_at(tc, taken, taken); /* the next block keeps EFLAGS */
    else if (region_block(tc, taken) >= 0)
        spill_if_live_at(tc, taken, taken);
    else if (region_block(tc, not_taken) >= 0)
        spill_if_live_at(tc, not_taken, not_taken);
    else
        spill_if_live_at(tc, taken, not_taken);
    int cc = flags_cond(tc, cond);
    if (cc < 0)
        tc_exit_direct(tc, taken);
    else
        tc_exit_hostcc(tc, (enum x86_cond)cc, taken, not_taken);
}

/* The inline indirect-branch lookup of the guest address in RAX, with
 * NZCV in cpu->flags and the loop's remapping undone: jump to the unit
 * found, or leave for the dispatcher. */
static void emit_ibtc_lookup(struct tcx *tc)
{
    struct emitter *e = &tc->e;
    tc_count(tc, &run_stats.ibtc_lookups, RCX); /* NZCV is in memory */
    emit_mov_rr(e, 0, RCX, RAX);
    emit_alu_ri(e, ALU_AND, 0, RCX, (int32_t)IBTC_PC_MASK);
    /* The table's address comes from the poll page: asked out, the
     * thread faults here, in the target's state (threads.h). */
    tc_note(tc);
    if (tc->n_notes && !tc->e.overflow) {
        tc->notes[tc->n_notes - 1].kind = NOTE_TARGET_IN_RAX;
        tc->notes[tc->n_notes - 1].remapped = 0;
    }
    emit_load(e, 8, false, 1, RDX, mem_bd(HR_CPU, THREAD_POLL_DISP - CPU_BIAS));
    uint8_t *miss = NULL;
    for (int w = 0; w < IBTC_WAYS; w++) {
        if (miss && !e->overflow)
            emit_patch_rel32(miss, e->p);
        int32_t way = w * (int32_t)sizeof(struct ibtc_entry);
        emit_alu_rm(e, ALU_CMP, 1, RAX, mem_bisd(RDX, RCX, IBTC_PC_SCALE, way));
        /* The last way's miss goes straight to the shared exit, unless
         * -d stats counts misses here. */
        bool last = w == IBTC_WAYS - 1 && !ferry_opt.log_stats;
        miss = emit_jcc_rel32(e, CC_NE, last ? tramp_lookup_miss : NULL);
        emit_jmp_m(e, mem_bisd(RDX, RCX, IBTC_PC_SCALE, way + 8));
    }
    if (ferry_opt.log_stats) {
        if (!e->overflow)
            emit_patch_rel32(miss, e->p);
        tc_count(tc, &run_stats.ibtc_misses, RCX);
        emit_jmp_rel32(e, tramp_lookup_miss);
    }
    tc->ended = true;
}

/* An indirect jump leaves with the target in RAX and NZCV in cpu->flags
 * (the target's use of the flags is unknown). */
static void indirect_prologue(struct tcx *tc, int hreg)
{
    flags_spill(tc);
    if (hreg != RAX)
        emit_mov_rr(&tc->e, 1, RAX, hreg);
    loop_remap_leave(tc);
}

void tc_exit_indirect(struct tcx *tc, int hreg)
{
    indirect_prologue(tc, hreg);
    emit_ibtc_lookup(tc);
}

/* The return-address stack (docs/translator.md): a call pushes the guest
 * return address and makes a host `call`, whose host return address is
 * the code right after it in the caller's unit, a "landing" that drops
 * the guest address and jumps (chained) to the block at the return
 * address.  A RET whose target is the guest address on top returns with a
 * host `ret`, which the host's own return predictor gets right.  The
 * stack lives on the host stack below tramp_enter's frame: every exit to
 * the dispatcher empties it, and so does a RET that misses (longjmp, a
 * switched stack) or a call that finds it full (cpu->ras_floor).
 * Landings chain as backward jumps: the block returned to polls. */
static bool ras_on(void)
{
    return ferry_opt.ras;
}

/* Make room (or start over), push the guest return address and call;
 * returns the call's rel32 field.  Then the landing. */
static uint8_t *emit_ras_call(struct tcx *tc, uint64_t ret_pc, int tmp, uint8_t **landing_jmp)
{
    struct emitter *e = &tc->e;
    emit_alu_rm(e, ALU_CMP, 1, RSP, mem_bd(HR_CPU, CPU_OFF_RAS_FLOOR));
    uint8_t *room = emit_jcc_rel32(e, CC_A, NULL);
    emit_load(e, 8, false, 1, RSP, mem_bd(HR_CPU, CPU_OFF_HOST_SP));
    if (!e->overflow)
        emit_patch_rel32(room, e->p);
    emit_mov_ri(e, tmp, ret_pc);
    emit_push_r(e, tmp);
    uint8_t *call = emit_call_rel32_patchable(e);
    emit_lea(e, 1, RSP, mem_bd(RSP, 8)); /* drop the guest address, keep EFLAGS */
    *landing_jmp = emit_jmp_rel32_patchable(e);
    return call;
}

void tc_exit_call(struct tcx *tc, uint64_t target, uint64_t ret_pc)
{
    if (!ras_on() || region_block(tc, target) >= 0) {
        tc_exit_direct(tc, target);
        return;
    }
    spill_if_live_at(tc, target, target);
    loop_remap_leave(tc);
    uint8_t *landing;
    uint8_t *call = emit_ras_call(tc, ret_pc, RAX, &landing);
    if (!tc->e.overflow) {
        emit_chain_stub(tc, call, target);
        emit_chain_stub_to(tc, landing, ret_pc, false);
    }
    tc->ended = true;
}

void tc_exit_call_indirect(struct tcx *tc, int hreg, uint64_t ret_pc)
{
    indirect_prologue(tc, hreg);
    if (!ras_on()) {
        emit_ibtc_lookup(tc);
        return;
    }
    uint8_t *landing;
    uint8_t *call = emit_ras_call(tc, ret_pc, RCX, &landing);
    if (!tc->e.overflow) {
        emit_chain_stub_to(tc, landing, ret_pc, false);
        emit_patch_rel32(call, tc->e.p); /* the lookup, just below */
    }
    emit_ibtc_lookup(tc);
}

void tc_exit_return(struct tcx *tc, int hreg)
{
    indirect_prologue(tc, hreg);
    if (ras_on()) {
        struct emitter *e = &tc->e;
        emit_alu_rm(e, ALU_CMP, 1, RAX, mem_bd(RSP, 8));
        uint8_t *miss = emit_jcc_rel32(e, CC_NE, NULL);
        emit_ret(e);
        if (!e->overflow)
            emit_patch_rel32(miss, e->p);
        /* Out of step with the guest's calls: start over. */
        emit_load(e, 8, false, 1, RSP, mem_bd(HR_CPU, CPU_OFF_HOST_SP));
    }
    emit_ibtc_lookup(tc);
}

void tc_check_exit_request(struct tcx *tc, uint64_t pc)
{
    /* At a block's start NZCV is in cpu->flags, so the compare may
     * clobber EFLAGS.  The read faults when the thread is asked out
     * (threads.h); the note lets the fault handler rebuild the guest
     * state here, a loop's remapping included, and leave. */
    tc->pc = pc;
    tc_note(tc);
    emit_alu_mi(&tc->e, ALU_CMP, 0, mem_bd(HR_CPU, THREAD_POLL_DISP - CPU_BIAS), 0);
}

void tc_exit_fault(struct tcx *tc, uint64_t pc, enum exit_reason why)
{
    loop_remap_leave(tc);
    emit_set_pc(tc, pc);
    emit_store_imm32(&tc->e, 1, mem_bd(HR_CPU, CPU_OFF_EXIT), (int32_t)why);
    emit_jmp_rel32(&tc->e, tramp_exit);
}

void tc_exit_special(struct tcx *tc, uint64_t pc, enum exit_reason why)
{
    flags_spill(tc);
    loop_remap_leave(tc);
    emit_set_pc(tc, pc);
    emit_store_imm32(&tc->e, 1, mem_bd(HR_CPU, CPU_OFF_EXIT), (int32_t)why);
    emit_jmp_rel32(&tc->e, tramp_exit);
    tc->ended = true;
}

bool tc_defer_cold(struct tcx *tc, enum x86_cond cc,
                   void (*body)(struct tcx *tc, const struct cold_stub *s), uint32_t insn,
                   int arg0, int arg1)
{
    if (tc->n_cold == MAX_COLD_STUBS)
        return false;
    struct cold_stub *s = &tc->cold[tc->n_cold++];
    s->site = emit_jcc_rel32(&tc->e, cc, NULL);
    s->resume = tc->e.p;
    s->body = body;
    s->pc = tc->pc;
    s->insn = insn;
    s->vc_live = vc_live(tc);
    s->arg[0] = arg0;
    s->arg[1] = arg1;
    return true;
}

void tc_emit_cold(struct tcx *tc)
{
    for (int i = 0; i < tc->n_cold && !tc->e.overflow; i++) {
        const struct cold_stub *s = &tc->cold[i];
        emit_patch_rel32(s->site, tc->e.p);
        s->body(tc, s);
        emit_jmp_rel32(&tc->e, s->resume);
    }
    tc->n_cold = 0;
}
