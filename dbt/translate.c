/* Block translation: decode up to MAX_BLOCK_INSNS instructions, work out
 * where NZCV is live, then emit each instruction through its pattern. */
#include "dbt/code_cache.h"
#include "dbt/dbt.h"
#include "dbt/disas.h"
#include "dbt/fetch.h"
#include "dbt/hostregs.h"
#include "dbt/translate.h"

#include "common/ferry.h"

#define MAX_BLOCK_INSNS 64

static void emit_undef(struct tcx *tc)
{
    emit_store_imm32(&tc->e, 0, mem_bd(HR_CPU, CPU_OFF_INSN), (int32_t)tc->insn);
    tc_exit_special(tc, tc->pc, EXIT_UNDEF);
}

/* Emit one instruction; false if it turned out undefined. */
static bool translate_one(struct tcx *tc, const struct a64_pattern *p)
{
    uint8_t fl = p->fl;
    bool host = tc->flags == FL_HOST_SUB || tc->flags == FL_HOST_ADD;
    if (host && tc->flags_live_after && !(fl & (F_WRITE | F_KEEP)))
        flags_spill(tc);
    enum flags_state before = tc->flags;
    if ((fl & F_WRITE) && !(fl & F_READ))
        tc->flags = FL_DEAD;

    uint8_t *mark = tc->e.p;
    if (!p->trans(tc, tc->insn)) {
        tc->e.p = mark;
        tc->flags = before;
        return false;
    }
    if (!(fl & (F_WRITE | F_KEEP)))
        flags_clobber(tc); /* host EFLAGS are garbage; if live, spilled above */
    return true;
}

/* Target of a direct branch (B, B.cond, CBZ/CBNZ, TBZ/TBNZ) at pc, or 0. */
static uint64_t branches_to(uint32_t insn, uint64_t pc)
{
    if ((insn & 0xFC000000) == 0x14000000)
        return pc + (uint64_t)(sext(bits(insn, 25, 0), 26) * 4);
    if ((insn & 0xFF000010) == 0x54000000 || (insn & 0x7E000000) == 0x34000000)
        return pc + (uint64_t)(sext(bits(insn, 23, 5), 19) * 4);
    if ((insn & 0x7E000000) == 0x36000000)
        return pc + (uint64_t)(sext(bits(insn, 18, 5), 14) * 4);
    return 0;
}

static void *emit_block(uint64_t pc, const uint32_t *insns,
                        const struct a64_pattern *const *pats, const bool *live_after, int n)
{
    struct tcx tc = { 0 };
    tc.e.start = tc.e.p = cache_reserve(&tc.e.end);
    tc.block_pc = pc;
    tc.flags = FL_MEM;
    if (n > 1 && branches_to(insns[n - 1], pc + 4 * (uint64_t)(n - 1)) == pc)
        loop_remap_begin(&tc, insns, n);
    for (int i = 0; i < n && !tc.ended; i++) {
        tc.pc = pc + 4 * (uint64_t)i;
        tc.insn = insns[i];
        tc.temps = tc.reserved = 0;
        tc.flags_live_after = live_after[i];
        if (!pats[i] || !translate_one(&tc, pats[i]))
            emit_undef(&tc);
    }
    if (!tc.ended)
        tc_exit_direct(&tc, pc + 4 * (uint64_t)n);
    loop_remap_end(&tc);
    if (tc.e.overflow)
        ferry_fatal(70, "internal error: block at 0x%llx too large", (unsigned long long)pc);
    cache_commit(tc.e.p);
    block_insert(pc, tc.e.start, pc + 4 * (uint64_t)n);
    if (ferry_opt.log_in_asm || ferry_opt.log_out_asm)
        disas_log_block(pc, insns, n, tc.e.start, (size_t)(tc.e.p - tc.e.start));
    return tc.e.start;
}

void *translate_block(uint64_t pc)
{
    uint32_t insns[MAX_BLOCK_INSNS];
    const struct a64_pattern *pats[MAX_BLOCK_INSNS];
    bool live_after[MAX_BLOCK_INSNS];
    int n = 0;
    while (n < MAX_BLOCK_INSNS) {
        if (!fetch_insn(pc + 4 * (uint64_t)n, &insns[n]))
            break;
        pats[n] = a64_decode(insns[n]);
        n++;
        if (!pats[n - 1] || (pats[n - 1]->fl & F_END))
            break;
    }
    if (n == 0)
        return NULL;

    /* Backward liveness of NZCV within the block.  At the end: a
     * terminator handles its successors itself (conservatively live here),
     * a length-limited block asks what follows. */
    bool live = true;
    if (pats[n - 1] && !(pats[n - 1]->fl & F_END))
        live = flags_live_at(pc + 4 * (uint64_t)n);
    for (int i = n - 1; i >= 0; i--) {
        live_after[i] = live;
        if (!pats[i] || (pats[i]->fl & F_READ))
            live = true;
        else if (pats[i]->fl & F_WRITE)
            live = false;
    }
    return emit_block(pc, insns, pats, live_after, n);
}
