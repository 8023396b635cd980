/* Guest register access for translators.
 *
 * Ten guest registers live permanently in host registers while translated
 * code runs (no loads or stores at block boundaries, so chained blocks and
 * the inline indirect-branch lookup need no fix-ups).  The rest are used
 * from their home slots in struct cpu_state, which x86 reaches in one
 * memory operand.  The choice is by dynamic use in compiled code: argument
 * and result registers, the link register and SP. */
#include "dbt/backend/hostregs.h"
#include "dbt/runtime/stats.h"
#include "dbt/translate.h"

#include "common/ferry.h"

const signed char mapped_guest[N_MAPPED] = { 0, 1, 2, 3, 4, 5, 19, 20, 30, 31 };
const signed char mapped_host[N_MAPPED] = { RBX, RBP, RSI, RDI, R8, R9, R10, R12, R13, R14 };

/* The guest register each mapped host register holds right now: the static
 * assignment, or a self-loop block's remapping while it is translated. */
static signed char slot_guest[N_MAPPED];
static signed char host_of[32];
static bool host_of_ready;

static void set_mapping(const signed char *guest_of_slot)
{
    for (int i = 0; i < 32; i++)
        host_of[i] = NO_REG;
    for (int i = 0; i < N_MAPPED; i++) {
        slot_guest[i] = guest_of_slot[i];
        if (guest_of_slot[i] >= 0)
            host_of[guest_of_slot[i]] = mapped_host[i];
    }
    host_of_ready = true;
}

int host_reg_of(int greg)
{
    if (!host_of_ready)
        set_mapping(mapped_guest);
    return host_of[greg];
}

struct x86_mem gr_home(int greg)
{
    return mem_bd(HR_CPU, CPU_OFF_X(greg));
}

int gr_tmp(struct tcx *tc)
{
    static const int order[] = { R11, RCX, RDX, RAX };
    for (unsigned i = 0; i < sizeof order / sizeof order[0]; i++) {
        unsigned bit = 1u << order[i];
        if (!((tc->temps | tc->reserved) & bit)) {
            tc->temps |= bit;
            return order[i];
        }
    }
    ferry_fatal(70, "internal error: translator ran out of scratch registers at 0x%llx",
                (unsigned long long)tc->pc);
}

void gr_reserve(struct tcx *tc, int hreg)
{
    tc->reserved |= 1u << hreg;
}

void gr_free(struct tcx *tc, int hreg)
{
    tc->temps &= ~(1u << hreg);
}

static int load_home(struct tcx *tc, int greg, int sf, int hreg)
{
    emit_load(&tc->e, sf ? 8 : 4, false, sf, hreg, gr_home(greg));
    return hreg;
}

/* The scratch register that still holds unmapped guest register greg
 * (struct tcx, fwd_at), or NO_REG.  Nothing has been emitted since it was
 * stored, so it holds all 64 bits, whoever owns it now. */
static int forwarded(const struct tcx *tc, int greg)
{
    return tc->fwd_at && tc->fwd_at == tc->e.p && tc->fwd_greg == greg ? tc->fwd_hreg : NO_REG;
}

void gr_load_home(struct tcx *tc, int bytes, bool sign, int sf, int dst, int greg)
{
    int f = forwarded(tc, greg);
    if (f == NO_REG)
        emit_load(&tc->e, bytes, sign, sf, dst, gr_home(greg));
    else if (bytes == 8) {
        if (f != dst)
            emit_mov_rr(&tc->e, 1, dst, f);
    } else if (bytes == 4 && !(sign && sf))
        emit_mov_rr(&tc->e, 0, dst, f);
    else if (sign)
        emit_movsx_rr(&tc->e, sf, bytes, dst, f);
    else
        emit_movzx_rr(&tc->e, bytes, dst, f);
}

int gr_home_forwarded(const struct tcx *tc, struct x86_mem m)
{
    if (!tc->fwd_at || m.base != HR_CPU || m.index != NO_REG || m.disp != CPU_OFF_X(tc->fwd_greg))
        return NO_REG;
    return forwarded(tc, tc->fwd_greg);
}

int gr_get_sp(struct tcx *tc, int n, int sf)
{
    int h = host_reg_of(n);
    if (h != NO_REG)
        return h;
    /* Handed out as a temp only if no one has claimed it since. */
    int f = forwarded(tc, n);
    if (f != NO_REG && !((tc->temps | tc->reserved) & (1u << f))) {
        tc->temps |= 1u << f;
        return f;
    }
    return load_home(tc, n, sf, gr_tmp(tc));
}

int gr_get(struct tcx *tc, int n, int sf)
{
    if (n == 31) {
        int t = gr_tmp(tc);
        emit_mov_ri(&tc->e, t, 0); /* mov, not xor: must not touch EFLAGS */
        return t;
    }
    return gr_get_sp(tc, n, sf);
}

void gr_get_sp_into(struct tcx *tc, int n, int hreg)
{
    int h = host_reg_of(n);
    if (h == NO_REG)
        gr_load_home(tc, 8, false, 1, hreg, n);
    else if (h != hreg)
        emit_mov_rr(&tc->e, 1, hreg, h);
}

void gr_get_into(struct tcx *tc, int n, int sf, int hreg)
{
    if (n == 31)
        emit_mov_ri(&tc->e, hreg, 0);
    else if (host_reg_of(n) == NO_REG)
        gr_load_home(tc, sf ? 8 : 4, false, sf, hreg, n);
    else
        gr_get_sp_into(tc, n, hreg);
}

int gr_dst_sp(struct tcx *tc, int n)
{
    int h = host_reg_of(n);
    return h != NO_REG ? h : gr_tmp(tc);
}

int gr_dst(struct tcx *tc, int n)
{
    return n == 31 ? gr_tmp(tc) : gr_dst_sp(tc, n);
}

void gr_put_sp(struct tcx *tc, int n, int hreg)
{
    if (n == 31)
        tc->sp_aligned = false; /* unless the caller knows better */
    int h = host_reg_of(n);
    if (h == NO_REG) {
        emit_store(&tc->e, 8, hreg, gr_home(n));
        /* Only scratch registers: a mapped one handed out as a temp
         * could be written by its taker. */
        if ((1u << hreg) & SCRATCH_MASK) {
            tc->fwd_at = tc->e.p;
            tc->fwd_greg = (signed char)n;
            tc->fwd_hreg = (signed char)hreg;
        }
    } else if (h != hreg) {
        emit_mov_rr(&tc->e, 1, h, hreg);
    }
}

void gr_put(struct tcx *tc, int n, int hreg)
{
    if (n != 31)
        gr_put_sp(tc, n, hreg);
}

void gr_sync_all(struct tcx *tc)
{
    host_reg_of(0);
    for (int i = 0; i < N_MAPPED; i++)
        emit_store(&tc->e, 8, mapped_host[i], gr_home(slot_guest[i]));
}

void gr_reload_all(struct tcx *tc)
{
    host_reg_of(0);
    for (int i = 0; i < N_MAPPED; i++)
        emit_load(&tc->e, 8, false, 1, mapped_host[i], gr_home(slot_guest[i]));
}

/* Which of the usual register fields (Rd/Rt at bit 0, Rn at 5, Rt2/Ra at
 * 10, Rm/Rs at 16) an instruction's major class uses, so that immediates
 * are not counted as registers.  Only a heuristic for choosing what to
 * remap: correctness never depends on it, because every access goes
 * through host_reg_of(), which the remapping changes consistently, and
 * evicted registers live in their home slots. */
static unsigned reg_fields(uint32_t insn)
{
    enum { RD = 1, RN = 2, RA = 4, RM = 8 };
    switch ((insn >> 25) & 0xF) {
    case 0x8: case 0x9: /* data processing, immediate */
        return RD | RN;
    case 0xA: case 0xB: /* branches, system */
        if ((insn & 0x7C000000) == 0x34000000)
            return RD; /* CBZ/CBNZ/TBZ/TBNZ */
        if ((insn & 0xFE000000) == 0xD6000000)
            return RN; /* BR/BLR/RET */
        if ((insn & 0xFFC00000) == 0xD5000000)
            return RD; /* MRS/MSR/SYS: Rt */
        return 0;
    case 0x4: case 0x6: case 0xC: case 0xE: /* loads and stores */
        if ((insn & 0x38000000) == 0x28000000)
            return RD | RN | RA; /* pairs */
        if ((insn & 0x3F000000) == 0x08000000 || (insn & 0x3B200C00) == 0x38200000 ||
            (insn & 0x3B200C00) == 0x38200800)
            return RD | RN | RM; /* exclusives, atomics, register offset */
        return RD | RN;
    case 0x5: case 0xD: /* data processing, register */
        if ((insn & 0x1F000000) == 0x1B000000)
            return RD | RN | RA | RM; /* three-source */
        return RD | RN | RM;
    default: /* FP/AdvSIMD: general registers only in moves and converts */
        return RD | RN;
    }
}

static void count_uses(const uint32_t *insns, int n, int uses[32])
{
    static const int field_lo[] = { 0, 5, 10, 16 };
    for (int i = 0; i < 32; i++)
        uses[i] = 0;
    for (int i = 0; i < n; i++) {
        unsigned f = reg_fields(insns[i]);
        for (int k = 0; k < 4; k++)
            if (f & (1u << k))
                uses[(insns[i] >> field_lo[k]) & 31]++;
    }
}

void loop_remap_begin(struct tcx *tc, const uint32_t *insns, int n, int min_uses, int max_swaps)
{
    int uses[32];
    count_uses(insns, n, uses);
    signed char guest_of_slot[N_MAPPED];
    for (int i = 0; i < N_MAPPED; i++)
        guest_of_slot[i] = mapped_guest[i];
    tc->n_swaps = 0;
    for (int k = 0; k < max_swaps && k < MAX_SWAPS; k++) {
        /* busiest unmapped register... */
        int g = -1;
        for (int r = 0; r < 31; r++)
            if (host_reg_of(r) == NO_REG && uses[r] >= min_uses && (g < 0 || uses[r] > uses[g]))
                g = r;
        if (g < 0)
            break;
        /* ...into the slot of the mapped register the block names least,
         * if by at least min_uses less (it is then reached in its home
         * slot; SP is never evicted: its number 31 is ambiguous with XZR). */
        int slot = -1;
        for (int i = 0; i < N_MAPPED; i++)
            if (guest_of_slot[i] == mapped_guest[i] && mapped_guest[i] != 31 &&
                uses[mapped_guest[i]] + min_uses <= uses[g] &&
                (slot < 0 || uses[mapped_guest[i]] < uses[mapped_guest[slot]]))
                slot = i;
        if (slot < 0)
            break;
        tc->swap_guest[k] = (signed char)g;
        tc->swap_host[k] = mapped_host[slot];
        tc->swap_evicted[k] = mapped_guest[slot];
        guest_of_slot[slot] = (signed char)g;
        tc->n_swaps++;
        set_mapping(guest_of_slot);
        uses[g] = 0;
    }
    for (int k = 0; k < tc->n_swaps; k++) {
        emit_store(&tc->e, 8, tc->swap_host[k], gr_home(tc->swap_evicted[k]));
        emit_load(&tc->e, 8, false, 1, tc->swap_host[k], gr_home(tc->swap_guest[k]));
    }
}

void loop_remap_leave(struct tcx *tc)
{
    /* Plain moves: EFLAGS survive, so this can sit before a jcc. */
    for (int k = 0; k < tc->n_swaps; k++) {
        emit_store(&tc->e, 8, tc->swap_host[k], gr_home(tc->swap_guest[k]));
        emit_load(&tc->e, 8, false, 1, tc->swap_host[k], gr_home(tc->swap_evicted[k]));
    }
}

void loop_remap_end(struct tcx *tc)
{
    tc->n_swaps = 0;
    set_mapping(mapped_guest);
}

void tc_call_helper(struct tcx *tc, void (*fn)(struct cpu_state *))
{
    vc_forget_all(tc); /* C code may change cpu->v and xmm registers */
    flags_spill(tc);
    if (tc->flags != FL_DEAD)
        tc->flags = FL_MEM; /* the call clobbers host EFLAGS */
    gr_sync_all(tc);
    /* cpu->pc lets helpers report or resume at the right guest address. */
    tc_count(tc, &run_stats.helper_calls, RAX);
    emit_mov_ri(&tc->e, RAX, tc->pc);
    emit_store(&tc->e, 8, RAX, mem_bd(HR_CPU, CPU_OFF_PC));
    emit_lea(&tc->e, 1, RDI, mem_bd(HR_CPU, -CPU_BIAS));
    emit_mov_ri(&tc->e, RAX, (uint64_t)(uintptr_t)fn);
    emit_call_r(&tc->e, RAX);
    gr_reload_all(tc);
}
