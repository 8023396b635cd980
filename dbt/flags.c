/* Lazy NZCV: flags stay in host EFLAGS between the instruction that sets them
 * and the one that reads them, and reach cpu->flags only when they may be
 * read after something clobbers EFLAGS or the block ends.
 *
 * cpu->flags holds them in "subtraction form" (CF = NOT C), the form in which
 * every AArch64 condition is one x86 condition code, as AX after
 * `lahf; seto al` (see dbt/cpu.h).  lahf/sahf cost a few cycles where
 * pushfq/popfq cost tens.  RAX is preserved because spills and reloads also
 * happen inside instructions that hold values in scratch registers. */
#include "dbt/runtime/code_cache.h"
#include "dbt/runtime/fetch.h"
#include "mm/vma.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"

static const int8_t cond_sub_form[14] = {
    CC_E, CC_NE, CC_AE, CC_B, CC_S, CC_NS, CC_O, CC_NO,
    CC_A, CC_BE, CC_GE, CC_L, CC_G, CC_LE,
};

static void to_sub_form(struct tcx *tc)
{
    if (tc->flags == FL_HOST_ADD || tc->flags == FL_BOTH_ADD) {
        emit_cmc(&tc->e);
        tc->flags = tc->flags == FL_HOST_ADD ? FL_HOST_SUB : FL_BOTH;
    }
}

void flags_to_host(struct tcx *tc)
{
    if (tc->flags == FL_MEM) {
        struct emitter *e = &tc->e;
        emit_push_r(e, RAX);
        emit_load(e, 2, false, 0, RAX, mem_bd(HR_CPU, CPU_OFF_FLAGS));
        emit_add_al_imm8(e, 0x7f); /* OF = (AL == 1): restores V */
        emit_sahf(e);              /* SF ZF CF from AH; OF untouched */
        emit_pop_r(e, RAX);
        tc->flags = FL_BOTH;
    }
}

int flags_cond(struct tcx *tc, int cond)
{
    if (cond >= 14)
        return -1;
    flags_to_host(tc);
    /* Conditions on C need CF in subtraction form; the others read only
     * ZF/SF/OF, which both forms share. */
    bool uses_c = cond == 2 || cond == 3 || cond == 8 || cond == 9;
    if (uses_c)
        to_sub_form(tc);
    return cond_sub_form[cond];
}

void flags_carry(struct tcx *tc, bool sub_form)
{
    flags_to_host(tc);
    bool is_sub = tc->flags == FL_HOST_SUB || tc->flags == FL_BOTH;
    if (is_sub == sub_form)
        return;
    emit_cmc(&tc->e);
    /* Only the host copy changes form; a saved copy stays valid. */
    switch (tc->flags) {
    case FL_HOST_SUB: tc->flags = FL_HOST_ADD; break;
    case FL_HOST_ADD: tc->flags = FL_HOST_SUB; break;
    case FL_BOTH: tc->flags = FL_BOTH_ADD; break;
    default: tc->flags = FL_BOTH; break;
    }
}

void flags_set(struct tcx *tc, bool sub_form)
{
    tc->flags = sub_form ? FL_HOST_SUB : FL_HOST_ADD;
}

void flags_set_const(struct tcx *tc, unsigned nzcv)
{
    /* EFLAGS image in subtraction form; bit 1 is reserved-one. */
    uint32_t img = 0x202;
    if (nzcv & 8) img |= 1u << 7;  /* N -> SF */
    if (nzcv & 4) img |= 1u << 6;  /* Z -> ZF */
    if (!(nzcv & 2)) img |= 1u << 0; /* C -> !CF */
    if (nzcv & 1) img |= 1u << 11; /* V -> OF */
    emit_byte(&tc->e, 0x68); /* push imm32 */
    emit_u32(&tc->e, img);
    emit_popfq(&tc->e);
    tc->flags = FL_HOST_SUB;
}

void flags_spill(struct tcx *tc)
{
    if (tc->flags != FL_HOST_SUB && tc->flags != FL_HOST_ADD)
        return;
    to_sub_form(tc);
    struct emitter *e = &tc->e;
    /* lahf and seto need AL and AH.  RAX is a scratch register, free
     * between guest instructions and at most exits; an instruction that
     * holds a value in it has it in temps or reserved (gr_tmp,
     * gr_reserve), and only then is it kept on the stack: a push and a
     * pop on every spill cost gawk, grep and perl 3-5%. */
    bool keep_rax = (tc->temps | tc->reserved) & (1u << RAX);
    if (keep_rax)
        emit_push_r(e, RAX);
    emit_lahf(e);
    emit_setcc(e, CC_O, RAX);
    emit_store(e, 2, RAX, mem_bd(HR_CPU, CPU_OFF_FLAGS));
    if (keep_rax)
        emit_pop_r(e, RAX);
    tc->flags = FL_BOTH;
    /* From here a fault finds NZCV in memory, even if the instruction goes
     * on to clobber EFLAGS (an alignment check, say). */
    tc_note(tc);
}

bool flags_precious(const struct tcx *tc)
{
    return tc->flags_live_after && flags_in_host(tc->flags);
}

void flags_clobber(struct tcx *tc)
{
    if (flags_in_mem(tc->flags))
        tc->flags = FL_MEM;
    else if (flags_in_host(tc->flags))
        tc->flags = FL_DEAD;
}

bool flags_may_clobber(struct tcx *tc)
{
    if (flags_precious(tc))
        return false;
    flags_clobber(tc);
    return true;
}

/* Does something read NZCV at guest address pc before an instruction that
 * overwrites all of it?  Follows straight-line code, direct branches and
 * both ways of CBZ/TBZ within a budget of instructions; unknown territory
 * (indirect branches, undecodable code, budget exhausted) counts as a read. */
/* The code a scan read, as a few runs of addresses (for the memo). */
#define SCAN_RUNS 4
struct scan_trace {
    int n; /* -1: too scattered to record */
    uint64_t lo[SCAN_RUNS], hi[SCAN_RUNS];
};

static void trace(struct scan_trace *t, uint64_t pc)
{
    if (t->n < 0)
        return;
    if (t->n && pc == t->hi[t->n - 1]) {
        t->hi[t->n - 1] = pc + 4;
        return;
    }
    if (t->n == SCAN_RUNS) {
        t->n = -1;
        return;
    }
    t->lo[t->n] = pc;
    t->hi[t->n++] = pc + 4;
}

static bool live_scan(uint64_t pc, int *budget, struct scan_trace *t)
{
    while ((*budget)-- > 0) {
        uint32_t insn;
        if (!fetch_insn(pc, &insn))
            return true;
        trace(t, pc);
        const struct a64_pattern *p = a64_decode(insn);
        if (!p || (p->fl & F_READ))
            return true;
        if (p->fl & F_WRITE)
            return false;
        if (!(p->fl & F_END)) {
            pc += 4;
            continue;
        }
        if ((insn & 0x7C000000) == 0x14000000) { /* B, BL */
            pc += (uint64_t)(sext(bits(insn, 25, 0), 26) * 4);
            continue;
        }
        uint64_t taken;
        if ((insn & 0x7E000000) == 0x34000000) /* CBZ, CBNZ */
            taken = pc + (uint64_t)(sext(bits(insn, 23, 5), 19) * 4);
        else if ((insn & 0x7E000000) == 0x36000000) /* TBZ, TBNZ */
            taken = pc + (uint64_t)(sext(bits(insn, 18, 5), 14) * 4);
        else
            return true;
        if (live_scan(taken, budget, t))
            return true;
        pc += 4;
    }
    return true;
}

/* Answers already found: translating a unit asks about each exit's
 * target, a loop region asks again in each of its passes, and every
 * block branching to the same place asks the same question.  An answer
 * holds while no mapping and no code changed; a hit still records the code
 * the scan read, since the translation asking depends on it.  256 slots
 * of 100 bytes: 1024 cost a static hello 43 page faults and saved python
 * no translation time. */
#define LIVE_MEMO_SLOTS 256
static struct live_memo {
    uint64_t pc, vma_gen, code_epoch;
    bool valid, live;
    struct scan_trace t;
} live_memo[LIVE_MEMO_SLOTS]; /* the translator runs on one thread */

bool flags_live_at(uint64_t pc)
{
    struct live_memo *m = &live_memo[(pc >> 2) % LIVE_MEMO_SLOTS];
    if (m->valid && m->pc == pc && m->vma_gen == vma_generation &&
        m->code_epoch == cache_code_epoch) {
        for (int i = 0; i < m->t.n; i++)
            fetch_track_range(m->t.lo[i], m->t.hi[i]);
        return m->live;
    }
    uint64_t vma_gen = vma_generation, epoch = cache_code_epoch;
    int budget = 16;
    struct scan_trace t = { 0 };
    bool live = live_scan(pc, &budget, &t);
    if (t.n >= 0)
        *m = (struct live_memo){ .pc = pc, .vma_gen = vma_gen, .code_epoch = epoch,
                                 .valid = true, .live = live, .t = t };
    return live;
}
