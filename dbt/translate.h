/* The translator's internal API, used by every trans_*.c instruction file.
 *
 * A block is decoded first (to know where it ends and where NZCV is live),
 * then each instruction's trans_ function emits x86-64 code for it.
 * Read docs/translator.md for the register and flags conventions. */
#ifndef FERRY_TRANSLATE_H
#define FERRY_TRANSLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "dbt/cpu.h"
#include "dbt/backend/emit.h"
#include "dbt/backend/hostregs.h"
#include "dbt/runtime/code_cache.h"

struct tcx;

/* Loop regions (region.h): at most this many blocks, and internal jumps
 * to blocks not yet emitted. */
#define MAX_REGION_BLOCKS 12
#define MAX_REGION_FIXUPS 64

/* The V register cache lives in xmm8..xmm13 (see vcache.c). */
#define VC_SLOTS 6
#define VC_FIRST_XMM 8

/* Pattern properties, used by the block decoder and flag liveness. */
enum {
    F_READ = 1,  /* reads NZCV */
    F_WRITE = 2, /* writes all of NZCV */
    F_KEEP = 4,  /* emitted code leaves host EFLAGS untouched (besides F_WRITE) */
    F_END = 8,   /* ends the block: the trans function emits the exits */
};

/* One encoding: insn & mask == value selects trans().  trans returns false
 * for an unallocated or unsupported encoding (the guest then gets SIGILL). */
struct a64_pattern {
    uint32_t mask;
    uint32_t value;
    uint8_t fl;
    bool (*trans)(struct tcx *tc, uint32_t insn);
    const char *name;
};
#define A64_PATTERN_END { 0, 0, 0, 0, 0 }

/* Tables, one per instruction class file, terminated by A64_PATTERN_END. */
extern const struct a64_pattern a64_branch_sys_patterns[];
extern const struct a64_pattern a64_system_patterns[];
extern const struct a64_pattern a64_dp_imm_patterns[];
extern const struct a64_pattern a64_dp_reg_patterns[];
extern const struct a64_pattern a64_ldst_patterns[];
extern const struct a64_pattern a64_ldst_simd_patterns[];
extern const struct a64_pattern a64_ldst_excl_patterns[];
extern const struct a64_pattern a64_atomic_patterns[];
extern const struct a64_pattern a64_fp_patterns[];
extern const struct a64_pattern a64_simd_patterns[];

const struct a64_pattern *a64_decode(uint32_t insn);

/* Where the NZCV flags are during translation. */
enum flags_state {
    FL_DEAD,     /* nobody will read the current flags */
    FL_MEM,      /* in cpu->flags only */
    FL_HOST_SUB, /* in host EFLAGS, x86 subtraction form (CF = !C) */
    FL_HOST_ADD, /* in host EFLAGS, addition form (CF = C) */
    FL_BOTH,     /* in host EFLAGS (subtraction form) and in cpu->flags */
    FL_BOTH_ADD, /* in host EFLAGS (addition form) and in cpu->flags */
};

static inline bool flags_in_host(enum flags_state s)
{
    return s == FL_HOST_SUB || s == FL_HOST_ADD || s == FL_BOTH || s == FL_BOTH_ADD;
}
static inline bool flags_in_mem(enum flags_state s)
{
    return s == FL_MEM || s == FL_BOTH || s == FL_BOTH_ADD;
}

/* What the V register cache (vcache.c) holds: per slot (xmm8 + i), the V
 * register (-1: none), how many of its low bytes (the slot has zeros
 * above them), and whether the V register has zeros above them too. */
struct vc_state {
    signed char reg[VC_SLOTS];
    signed char width[VC_SLOTS];
    bool exact[VC_SLOTS];
    uint32_t used[VC_SLOTS]; /* when last used (replacement is LRU) */
};
#define REGION_PASSES 3

/* Rarely run code (a slow path) kept out of line: a conditional jump
 * here leads to body(), emitted after the unit's last block, which jumps
 * back to `resume`.  The body gets what it needs in insn/arg, and the FP
 * register cache slots live at the jump. */
struct cold_stub {
    uint8_t *site;
    uint8_t *resume;
    void (*body)(struct tcx *tc, const struct cold_stub *s);
    uint64_t pc;      /* of the instruction */
    uint32_t insn;
    unsigned vc_live;
    int arg[2];
};
#define MAX_COLD_STUBS 128

struct tcx {
    struct emitter e;
    struct emitter stubs; /* the unit's chain stubs (code_cache.h) */
    uint64_t pc;          /* guest address of the instruction being translated */
    uint32_t insn;
    enum flags_state flags;
    bool flags_live_after;/* NZCV may be read after this instruction */
    bool ended;           /* the trans function emitted the block's exits */
    bool sp_aligned;      /* SP is taken to be 16-byte aligned: see
                             ldst_check_sp() */
    uint8_t entry_skip;   /* bytes of the unit's entry poll that a forward
                             jump may skip (0: none) */
    unsigned temps;       /* bitmask of host scratch registers in use */
    unsigned reserved;    /* scratch registers a trans function claimed */
    /* The last thing emitted, if it is a store of scratch register
     * fwd_hreg to unmapped guest register fwd_greg's home (gr_put): up to
     * there fwd_hreg still holds the value, so a read of that register
     * right after (`ldr x7, [x0]; cbz x7, ...`) takes it from there
     * instead of loading it back, which would wait for the store. */
    uint8_t *fwd_at;
    signed char fwd_greg, fwd_hreg;
    /* A loop region (region.h) being translated: its blocks' guest
     * addresses and host labels (NULL until emitted), the block laid out
     * next (-1: none), and jumps to labels not yet emitted. */
    int n_region;
    uint64_t region_pc[MAX_REGION_BLOCKS];
    uint8_t *region_label[MAX_REGION_BLOCKS];
    int next_block;
    bool fell_through; /* the block just emitted runs on into the next */
    int n_fixups;
    uint8_t *fixup_site[MAX_REGION_FIXUPS];
    signed char fixup_block[MAX_REGION_FIXUPS];
    /* A trace (region.h): blocks that follow each other by falling
     * through, no loop.  Only the next block is reached inside the unit;
     * a conditional branch's taken side leaves through a stub kept out of
     * line (far_*), so that the fall-through side runs straight on. */
    bool trace;
    int n_far;
    uint8_t *far_site[MAX_REGION_BLOCKS];
    uint64_t far_target[MAX_REGION_BLOCKS], far_pc[MAX_REGION_BLOCKS];
    /* The V register cache (vcache.c); in a loop region, the state each
     * block assumes on entry and the meet of the states jumps to it had
     * (for the next of REGION_PASSES). */
    struct vc_state vc;
    uint32_t vc_clock;
    struct vc_state vc_entry[MAX_REGION_BLOCKS]; /* assumed on entry */
    bool vc_seen[MAX_REGION_BLOCKS];
    struct vc_state vc_meet[MAX_REGION_BLOCKS];  /* what jumps provided */
    /* Registers temporarily remapped for a loop (see regs.c). */
    int n_swaps;
    signed char swap_guest[MAX_SWAPS], swap_host[MAX_SWAPS], swap_evicted[MAX_SWAPS];
    /* Where each guest instruction's code starts, and where the flags are
     * from there on: how a fault in the unit maps back to guest state
     * (tc_note(), code_cache.h). */
    int n_notes;
    /* Out-of-line slow paths waiting for the end of the unit. */
    int n_cold;
    /* The big arrays last, left uncleared between units (translate.c
     * tcx_reset): n_notes and n_cold say how much is in use. */
    struct pc_note notes[MAX_UNIT_NOTES];
    struct cold_stub cold[MAX_COLD_STUBS];
};

/* ---- guest registers (dbt/regs.c) ----
 * Guest register numbers: 0..30 are X0..X30; 31 means XZR or SP depending on
 * the instruction, so there are two families of accessors.  A returned host
 * register that holds a mapped guest register must not be modified; compute
 * into gr_dst() and finish with gr_put().  `sf` is 1 for X, 0 for W: W values
 * returned by gr_get may carry garbage in bits 63..32 (use 32-bit ops). */
int host_reg_of(int greg); /* mapped host register of X0..X30/SP(31), or NO_REG */
struct x86_mem gr_home(int greg); /* cpu->x[greg] */
int gr_get(struct tcx *tc, int n, int sf);    /* 31 = XZR */
int gr_get_sp(struct tcx *tc, int n, int sf); /* 31 = SP */
void gr_get_into(struct tcx *tc, int n, int sf, int hreg); /* 31 = XZR */
void gr_get_sp_into(struct tcx *tc, int n, int hreg);      /* 31 = SP */
int gr_dst(struct tcx *tc, int n);    /* where to compute a result for Xn */
int gr_dst_sp(struct tcx *tc, int n); /* same, 31 = SP */
void gr_put(struct tcx *tc, int n, int hreg);    /* 31 = XZR: discarded */
void gr_put_sp(struct tcx *tc, int n, int hreg); /* 31 = SP */
int gr_tmp(struct tcx *tc);           /* a free scratch register */
/* The scratch register that still holds the guest register whose home m
 * is (struct tcx, fwd_at), or NO_REG: read it instead of m, right away. */
int gr_home_forwarded(const struct tcx *tc, struct x86_mem m);
/* emit_load() of the low `bytes` of unmapped guest register greg from its
 * home, or the same from the scratch register that still holds it. */
void gr_load_home(struct tcx *tc, int bytes, bool sign, int sf, int dst, int greg);
void gr_reserve(struct tcx *tc, int hreg); /* keep RAX/RCX/RDX/R11 out of the pool */
void gr_free(struct tcx *tc, int hreg);
/* A loop (a region, or a block that branches back to its own start) may
 * keep up to max_swaps of its busiest unmapped registers in host registers whose
 * usual guest registers it names at least min_uses times less (those live
 * in their home slots meanwhile): swapped in once on entry, swapped back on
 * every exit (emitted by the exit functions), so the loop itself runs on
 * registers.  A straight-line unit does the same with a min_uses of 4 (the
 * swaps cost four memory accesses), and more of them. */
void loop_remap_begin(struct tcx *tc, const uint32_t *insns, int n, int min_uses, int max_swaps);
void loop_remap_leave(struct tcx *tc); /* emit the swap back (exits call it) */
void loop_remap_end(struct tcx *tc);   /* the block is done */
void gr_sync_all(struct tcx *tc);   /* mapped guest registers -> cpu state */
void gr_reload_all(struct tcx *tc); /* cpu state -> mapped guest registers */
/* Jump on cc to an out-of-line stub (see struct cold_stub) and come back
 * right after the jump; false (nothing emitted) if the unit has no room
 * for another stub: then emit the slow path inline. */
bool tc_defer_cold(struct tcx *tc, enum x86_cond cc,
                   void (*body)(struct tcx *tc, const struct cold_stub *s), uint32_t insn,
                   int arg0, int arg1);
/* Emit the deferred stubs (the unit's last code). */
void tc_emit_cold(struct tcx *tc);
/* Emit a call to a C helper `void fn(struct cpu_state *)` with the guest
 * state in memory (flags included), reloading registers afterwards. */
void tc_call_helper(struct tcx *tc, void (*fn)(struct cpu_state *));

/* Home of V register n (cpu->v[n]), at a byte offset into its 16 bytes.
 * Every FP/SIMD translator reaches V registers through this, which notes
 * the register in vreg_touched: the instruction may have written it behind
 * the V register cache's back, so the cache forgets it.  vreg_home() is the
 * same without the note, for the cache-aware accessors only. */
extern uint32_t vreg_touched;
static inline struct x86_mem vreg_home(int n, int byte_off)
{
    return mem_bd(HR_CPU, (int32_t)(CPU_OFF_V(n) + byte_off));
}
static inline struct x86_mem vreg_mem(int n, int byte_off)
{
    vreg_touched |= 1u << n;
    return vreg_home(n, byte_off);
}

/* ---- the V register cache (dbt/vcache.c) ---- */
void vc_forget_all(struct tcx *tc);
void vc_forget_mask(struct tcx *tc, uint32_t vregs);
/* After each instruction: forget what other code may have changed. */
void vc_after_insn(struct tcx *tc);
/* Loop regions: region block k starts; the unit is entered (before the
 * first block's label); control is about to go to block k (on the path
 * where the jump is taken), and whether that needs code. */
void vc_block_start(struct tcx *tc, int k);
void vc_unit_entry(struct tcx *tc);
void vc_edge(struct tcx *tc, int k);
bool vc_edge_needs_code(const struct tcx *tc, int k);
/* After a call into C on a path that rejoins: the state s again, every
 * slot reloaded from cpu->v (which the call may have changed). */
void vc_reload(struct tcx *tc, const struct vc_state *s);
/* Between the passes: what each block may assume on entry next time. */
void vc_settle(struct tcx *tc, int n, struct vc_state *entry);
/* xmm x := the low `bytes` bytes of Vn, zeros above, from the cache;
 * false (nothing emitted) if it does not have them. */
bool vc_read(struct tcx *tc, int x, int n, int bytes);
/* The xmm register whose low `bytes` bytes are Vn's, or -1: an operand
 * for code that reads only those bytes (quiet: see vc_quiet). */
int vc_find(struct tcx *tc, int n, int bytes);
/* Vn (in memory already) is also in xmm x: its low `width` bytes with
 * zeros above, and `exact` if Vn has zeros above too.  Keep a copy. */
void vc_note(struct tcx *tc, int n, int width, bool exact, int x);
/* Code that reads a register vc_find() returned must be emitted quietly
 * (not counted as another use of the cache's registers). */
static inline void vc_quiet(struct tcx *tc, bool on)
{
    tc->e.xmm_quiet = on;
}
/* The slots in use (a mask), and code to save and restore them around a
 * call into C. */
unsigned vc_live(const struct tcx *tc);
void vc_save(struct emitter *e, unsigned live);
void vc_restore(struct emitter *e, unsigned live);

/* ---- flags (dbt/flags.c) ---- */
/* x86 condition for AArch64 condition `cond` (0..13) with flags in host
 * EFLAGS; returns -1 for AL/NV (always). */
int flags_cond(struct tcx *tc, int cond);
/* Make host CF hold AArch64 C (add form, for ADC) or NOT C (sub form, SBC). */
void flags_carry(struct tcx *tc, bool sub_form);
/* The instruction just emitted left AArch64 NZCV in host EFLAGS. */
void flags_set(struct tcx *tc, bool sub_form);
/* Host EFLAGS := constant AArch64 nzcv (bits 3..0). */
void flags_set_const(struct tcx *tc, unsigned nzcv);
/* Store host flags to cpu->flags if they are live; keeps them in host. */
void flags_spill(struct tcx *tc);
/* Bring flags from memory to host (for flag readers). */
void flags_to_host(struct tcx *tc);
/* For F_KEEP patterns whose cheapest code clobbers EFLAGS.  Precious: host
 * EFLAGS hold NZCV that is read later (reloading a saved copy would cost a
 * popfq).  flags_clobber() records that host EFLAGS are gone.
 * flags_may_clobber() = if not precious, record the clobber and say yes. */
bool flags_precious(const struct tcx *tc);
void flags_clobber(struct tcx *tc);
bool flags_may_clobber(struct tcx *tc);
/* Whether NZCV may be read by code at guest address pc before being
 * overwritten (scans straight-line code and direct branches). */
bool flags_live_at(uint64_t pc);

/* ---- block exits (dbt/exits.c) ---- */
void tc_exit_direct(struct tcx *tc, uint64_t target);
void tc_exit_cond(struct tcx *tc, int cond, uint64_t taken, uint64_t not_taken);
/* Jump to the guest address in host register `hreg` (not RAX/RCX/RDX kept). */
void tc_exit_indirect(struct tcx *tc, int hreg);
/* BL and BLR: the same as a jump, with the return-address stack (exits.c)
 * told that ret_pc is the return address; hreg as for tc_exit_indirect. */
void tc_exit_call(struct tcx *tc, uint64_t target, uint64_t ret_pc);
void tc_exit_call_indirect(struct tcx *tc, int hreg, uint64_t ret_pc);
/* RET: an indirect jump that the return-address stack predicts. */
void tc_exit_return(struct tcx *tc, int hreg);
/* Leave to the dispatcher with cpu->pc = pc and the given exit reason. */
void tc_exit_special(struct tcx *tc, uint64_t pc, enum exit_reason why);
/* Record that the host code from here on belongs to the guest instruction
 * at tc->pc, with NZCV where tc->flags says (translate.c). */
void tc_note(struct tcx *tc);
/* The same, from a point where host register hreg is pushed on the host
 * stack and borrowed: a fault finds its guest value at [rsp].  A plain
 * tc_note() after the pop ends that. */
void tc_note_stacked(struct tcx *tc, int hreg);

/* At a unit's entry and a loop's head: poll the thread's poll page (one
 * read, which faults when the thread is asked out: threads.h). */
void tc_check_exit_request(struct tcx *tc, uint64_t pc);
/* With -d stats: `lock add qword [counter], 1` through host register
 * `scratch`, clobbering it and EFLAGS; nothing without. */
void tc_count(struct tcx *tc, uint64_t *counter, int scratch);
/* Leave for the dispatcher with cpu->pc = pc and reason `why`, from code
 * where NZCV is already in cpu->flags (or dead): a fault in a cold stub. */
void tc_exit_fault(struct tcx *tc, uint64_t pc, enum exit_reason why);
/* Conditional branch on a host condition already computed (CBZ, TBZ). */
void tc_exit_hostcc(struct tcx *tc, enum x86_cond cc, uint64_t taken, uint64_t not_taken);
/* After a trace's last block: the stubs of its taken branches. */
void tc_emit_far_exits(struct tcx *tc);

/* ---- decoding helpers ---- */
static inline uint32_t bits(uint32_t insn, int hi, int lo)
{
    return (insn >> lo) & ((1u << (hi - lo + 1)) - 1);
}
static inline int64_t sext(uint64_t v, int width)
{
    return (int64_t)(v << (64 - width)) >> (64 - width);
}

#endif
