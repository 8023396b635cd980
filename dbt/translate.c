/* Translation units: a block, or a loop region of blocks (region.h).
 * Each instruction is emitted through its pattern; region blocks are laid
 * out one after another, with their internal branches resolved here. */
#include "dbt/runtime/code_cache.h"
#include "dbt/dbt.h"
#include "dbt/runtime/disas.h"
#include "dbt/runtime/fetch.h"
#include "dbt/runtime/perfmap.h"
#include "dbt/runtime/x86_operand.h"
#include "dbt/runtime/stats.h"
#include "dbt/backend/hostregs.h"
#include "dbt/region.h"
#include "dbt/frontend/trans_simd.h"
#include "dbt/translate.h"

#include "common/ferry.h"

#include <stddef.h>
#include <string.h>

/* At most this many guest ranges per translation (code_cache.c allows 16). */
#define UNIT_DEPENDENCY_RANGES 16

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
    int n_cold = tc->n_cold, n_notes = tc->n_notes;
    tc_note(tc);
    bool ok = p->trans(tc, tc->insn);
    vc_after_insn(tc);
    if (!ok) {
        tc->e.p = mark;
        tc->n_cold = n_cold; /* its slow paths went with its code */
        tc->n_notes = n_notes;
        tc->flags = before;
        vc_forget_all(tc); /* its notes went with its code */
        return false;
    }
    if (!(fl & (F_WRITE | F_KEEP)))
        flags_clobber(tc); /* host EFLAGS are garbage; if live, spilled above */
    return true;
}

/* One block of the unit.  Every block starts as if entered from the
 * dispatcher: NZCV in cpu->flags, nothing forwarded in xmm15; except
 * that a trace's later blocks, entered only by falling through from the
 * block before, keep NZCV where that block's branch left it. */
static void emit_one_block(struct tcx *tc, const struct dblock *b, bool check, bool fall_in)
{
    if (!fall_in)
        tc->flags = FL_MEM;
    tc->fwd_at = NULL; /* a block may be entered by a jump */
    tc->ended = false;
    tc->sp_aligned = true; /* see ldst_check_sp() */
    vfwd_forget();
    tc->e.xmm_touched = 0;
    vreg_touched = 0;
    /* Every path that runs forever passes a unit entry or a loop head:
     * checking there bounds how long a thread takes to notice a signal or
     * an exclusive section (threads.h). */
    if (check) {
        bool entry = tc->e.p == tc->e.start;
        tc_check_exit_request(tc, b->pc);
        /* A unit that starts with its poll can be entered past it by a
         * forward jump: any cycle of guest code has a backward or an
         * indirect jump, and those enter through the poll. */
        if (entry && !tc->e.overflow)
            tc->entry_skip = (uint8_t)(tc->e.p - tc->e.start);
    }
    for (int i = 0; i < b->n && !tc->ended; i++) {
        tc->pc = b->pc + 4 * (uint64_t)i;
        tc->insn = b->insns[i];
        tc->temps = tc->reserved = 0;
        tc->flags_live_after = b->live_after[i];
        if (!b->pats[i] || !translate_one(tc, b->pats[i]))
            emit_undef(tc);
    }
    if (!tc->ended)
        tc_exit_direct(tc, b->pc + 4 * (uint64_t)b->n);
}

/* Whether block k is branched to from itself or a block laid out after
 * it: the head of a loop within the region. */
static bool is_back_edge_target(const struct dblock *b, int n, int k)
{
    for (int j = k; j < n; j++)
        for (int s = 0; s < b[j].n_succ; s++)
            if (b[j].succ[s] == b[k].pc)
                return true;
    return false;
}

/* Long straight-line blocks (unrolled hash rounds: sha256's are cut into
 * 64-instruction blocks, each naming a dozen registers outside the ten
 * mapped ones many times) remap like loops, for registers they name at
 * least this often. */
#define STRAIGHT_REMAP_MIN_USES 4
/* Loops swap at most four (a loop entered and left often pays for each
 * swap every time: hashtab's probe loops ran 10% slower with eight);
 * straight-line blocks up to MAX_SWAPS (sha256sum: 260 to 235 ms). */
#define LOOP_REMAP_MAX 4

/* Emit the blocks of a unit (one pass; see vcache.c for why loop regions
 * take two). */
static void emit_blocks(struct tcx *tc, const struct dblock *b, int n, bool loops)
{
    static uint32_t all[MAX_REGION_INSNS];
    if (loops) {
        int total = 0;
        for (int k = 0; k < n; k++)
            for (int i = 0; i < b[k].n; i++)
                all[total++] = b[k].insns[i];
        loop_remap_begin(tc, all, total, 1, LOOP_REMAP_MAX);
        vc_unit_entry(tc);
    } else if (n == 1 && b[0].n >= STRAIGHT_REMAP_MIN_INSNS) {
        loop_remap_begin(tc, b[0].insns, b[0].n, STRAIGHT_REMAP_MIN_USES, MAX_SWAPS);
    }
    for (int k = 0; k < n; k++) {
        /* Loop heads start on a 32-byte boundary: a tight loop that
         * straddles one runs measurably slower (host fetch windows).  Not
         * where the block before runs on into it: the padding would be
         * executed on every pass. */
        bool head = loops && is_back_edge_target(b, n, k);
        if (head && tc->e.p != tc->e.start && !tc->fell_through)
            emit_align(&tc->e, 32);
        tc->fell_through = false;
        tc->region_label[k] = tc->e.p;
        tc->next_block = k + 1 < tc->n_region ? k + 1 : -1;
        vc_block_start(tc, loops ? k : -1);
        emit_one_block(tc, &b[k], k == 0 || head, tc->trace && k > 0);
    }
    tc_emit_far_exits(tc);
}

static void unit_init(struct tcx *tc, uint8_t *start, uint8_t *end, const struct dblock *b, int n,
                      bool loops)
{
    tc->e.start = tc->e.p = start;
    tc->e.end = end;
    tc->stubs.start = tc->stubs.p = cache_reserve_stubs(&tc->stubs.end);
    tc->stubs.overflow = false;
    tc->n_region = loops || n > 1 ? n : 0; /* a loop, or a trace */
    tc->trace = !loops && n > 1;
    for (int k = 0; k < tc->n_region; k++)
        tc->region_pc[k] = b[k].pc;
}

/* A fresh translation context.  The out-of-line stub array, most of its
 * 8 KiB, needs no clearing: n_cold says how much of it is in use. */
static void tcx_reset(struct tcx *tc)
{
    _Static_assert(offsetof(struct tcx, notes) + sizeof tc->notes == offsetof(struct tcx, cold) &&
                       offsetof(struct tcx, cold) + sizeof tc->cold == sizeof(struct tcx),
                   "notes and cold must be the last members of struct tcx");
    memset(tc, 0, offsetof(struct tcx, notes));
}

void tc_note(struct tcx *tc)
{
    if (tc->n_notes == MAX_UNIT_NOTES) {
        tc->e.overflow = true; /* retranslated as a smaller unit */
        return;
    }
    tc->notes[tc->n_notes++] = (struct pc_note){
        .host_off = (uint32_t)(tc->e.p - tc->e.start),
        .flags = (uint8_t)tc->flags,
        .remapped = tc->n_swaps > 0,
        .stacked = -1,
        .pc = tc->pc,
    };
}

void tc_note_stacked(struct tcx *tc, int hreg)
{
    tc_note(tc);
    if (tc->n_notes && !tc->e.overflow)
        tc->notes[tc->n_notes - 1].stacked = (int8_t)hreg;
}

/* The unit emit_unit() made last: where its code ends, its notes and its
 * loop remapping (for block_insert() and -perfmap). */
static uint8_t *last_unit_end;
static const struct pc_note *last_notes;
static int last_n_notes;
static struct unit_swaps last_swaps;
static uint8_t last_entry_skip;

/* Whether any instruction of the blocks is a SIMD&FP one (bits 27:26 set:
 * data processing, or a load or store of V registers).  Only those use the
 * V register cache, so a loop without them needs none of the passes that
 * let its values travel round the loop (vcache.c): its first pass is the
 * code.  The extra passes were an eighth of a static hello's translating. */
static bool uses_v_regs(const struct dblock *b, int n)
{
    for (int k = 0; k < n; k++)
        for (int i = 0; i < b[k].n; i++)
            if ((b[k].insns[i] & 0x0C000000) == 0x0C000000)
                return true;
    return false;
}

/* Translate blocks b[0..n) as one unit entered at b[0]; with `loops`, its
 * registers are remapped for the loop.  NULL if the code did not fit. */
static void *emit_unit(const struct dblock *b, int n, bool loops)
{
    static struct tcx tc; /* large; the translator runs on one thread */
    uint8_t *end, *start = cache_reserve(&end);
    if (loops) /* see the loop heads below; the gap is left unused */
        start = (uint8_t *)(((uintptr_t)start + 31) & ~(uintptr_t)31);
    /* A loop region is translated REGION_PASSES times; only the last
     * pass's code is kept (see vcache.c). */
    static struct vc_state entry[MAX_REGION_BLOCKS];
    for (int k = 0; k < MAX_REGION_BLOCKS; k++)
        for (int i = 0; i < VC_SLOTS; i++)
            entry[k].reg[i] = -1;
    int passes = loops && uses_v_regs(b, n) ? REGION_PASSES : 1;
    for (int pass = 1; pass < passes; pass++) {
        tcx_reset(&tc);
        memcpy(tc.vc_entry, entry, sizeof entry);
        unit_init(&tc, start, end, b, n, loops);
        emit_blocks(&tc, b, n, loops);
        loop_remap_end(&tc);
        vc_settle(&tc, n, entry);
    }
    tcx_reset(&tc);
    memcpy(tc.vc_entry, entry, sizeof entry);
    unit_init(&tc, start, end, b, n, loops);
    emit_blocks(&tc, b, n, loops);
    tc_emit_cold(&tc);
    for (int f = 0; f < tc.n_fixups && !tc.e.overflow; f++)
        emit_patch_rel32(tc.fixup_site[f], tc.region_label[tc.fixup_block[f]]);
    last_swaps.n = tc.n_swaps;
    for (int k = 0; k < tc.n_swaps; k++) {
        last_swaps.guest[k] = tc.swap_guest[k];
        last_swaps.host[k] = tc.swap_host[k];
    }
    last_notes = tc.notes;
    last_n_notes = tc.n_notes;
    last_entry_skip = tc.entry_skip;
    loop_remap_end(&tc);
    if (tc.e.overflow || tc.stubs.overflow)
        return NULL;
    cache_commit(tc.e.p);
    cache_commit_stubs(tc.stubs.p);
    last_unit_end = tc.e.p;

    if (ferry_opt.log_in_asm || ferry_opt.log_out_asm) {
        for (int k = 0; k < n; k++)
            disas_log_in(b[k].pc, b[k].insns, b[k].n);
        disas_log_out(tc.e.start, (size_t)(tc.e.p - tc.e.start));
        disas_log_stubs(tc.stubs.start, (size_t)(tc.stubs.p - tc.stubs.start));
    }
    return tc.e.start;
}

void *translate_block(uint64_t pc)
{
    static struct dblock b[MAX_REGION_BLOCKS]; /* the translator runs on one thread */
    bool loops;
    /* Everything the translator reads (the blocks, and the code beyond
     * them that flag liveness looked at) is what the translation depends
     * on: a change to any of it must drop the translation. */
    fetch_track_begin();
    int n = region_form(pc, b, &loops);
    void *code = n ? emit_unit(b, n, loops) : NULL;
    if (!code && n > 1)
        code = emit_unit(b, 1, false); /* a region too large: the block alone */
    uint64_t lo[UNIT_DEPENDENCY_RANGES], hi[UNIT_DEPENDENCY_RANGES];
    int n_ranges = fetch_track_end(lo, hi, UNIT_DEPENDENCY_RANGES);
    if (n == 0)
        return NULL;
    if (!code)
        ferry_fatal(70, "internal error: block at 0x%llx too large", (unsigned long long)pc);
    struct unit_desc d = { .guest_pc = pc, .host = code,
                           .host_size = (size_t)(last_unit_end - (uint8_t *)code),
                           .n_ranges = n_ranges, .lo = lo, .hi = hi,
                           .n_notes = last_n_notes, .notes = last_notes, .swaps = last_swaps,
                           .entry_skip = last_entry_skip };
    block_insert(&d);
    if (ferry_opt.perfmap)
        perfmap_note(code, (size_t)(last_unit_end - (uint8_t *)code), pc);
    if (ferry_opt.x86check)
        x86_operand_check(code, (size_t)(last_unit_end - (uint8_t *)code));
    run_stats.units++;
    for (int k = 0; k < n; k++)
        run_stats.insns += (uint64_t)b[k].n;
    return (uint8_t *)code + last_entry_skip; /* where block_lookup() enters */
}
