/* x86-64 machine-code emitter: one small function per instruction form over
 * a few encoding helpers (REX, ModRM, SIB).  Registers use the hardware
 * numbering below; `w` selects 64-bit (1) or 32-bit (0) operand size, and a
 * 32-bit result zero-extends into the full register exactly like an AArch64
 * W-register write. */
#ifndef FERRY_EMIT_H
#define FERRY_EMIT_H

#include <stdbool.h>
#include <stdint.h>

enum x86_reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI,
    R8, R9, R10, R11, R12, R13, R14, R15,
    NO_REG = -1,
};

/* x86 condition codes (the low nibble of Jcc/SETcc/CMOVcc opcodes). */
enum x86_cond {
    CC_O, CC_NO, CC_B, CC_AE, CC_E, CC_NE, CC_BE, CC_A,
    CC_S, CC_NS, CC_P, CC_NP, CC_L, CC_GE, CC_LE, CC_G,
};

/* The group-1 ALU operations, numbered as in their /digit encoding. */
enum x86_alu { ALU_ADD, ALU_OR, ALU_ADC, ALU_SBB, ALU_AND, ALU_SUB, ALU_XOR, ALU_CMP };

/* The group-2 shift operations, numbered as in their /digit encoding. */
enum x86_shift { SH_ROL, SH_ROR, SH_RCL, SH_RCR, SH_SHL, SH_SHR, SH_SAL, SH_SAR };

/* A memory operand: [base + index*scale + disp].  base may be NO_REG only
 * together with an index; scale is 1, 2, 4 or 8. */
struct x86_mem {
    int base;
    int index;
    int scale;
    int32_t disp;
};

static inline struct x86_mem mem_bd(int base, int32_t disp)
{
    return (struct x86_mem){ base, NO_REG, 1, disp };
}
static inline struct x86_mem mem_bisd(int base, int index, int scale, int32_t disp)
{
    return (struct x86_mem){ base, index, scale, disp };
}

struct emitter {
    uint8_t *start;
    uint8_t *p;
    uint8_t *end;
    bool overflow; /* set when p would pass end; the block is retranslated */
    /* xmm registers named by SSE/AVX code emitted (bit per register),
     * unless xmm_quiet: how the V register cache (vcache.c) learns that
     * other code used its registers. */
    uint16_t xmm_touched;
    bool xmm_quiet;
};
/* Note xmm register x as used (see xmm_touched). */
static inline void emit_note_xmm(struct emitter *e, int x)
{
    if (!e->xmm_quiet && x >= 0 && x < 16)
        e->xmm_touched |= (uint16_t)(1u << x);
}

/* Inline: the translator spends much of its time putting bytes. */
static inline void emit_byte(struct emitter *e, uint8_t b)
{
    if (e->p >= e->end) {
        e->overflow = true;
        return;
    }
    *e->p++ = b;
}
void emit_u32(struct emitter *e, uint32_t v);
void emit_u64(struct emitter *e, uint64_t v);

/* Generic encoders used by the instruction functions and by extensions
 * (SSE forms in emit_sse.c).  `opc` is 1-3 opcode bytes, most significant
 * first, e.g. 0x0FAF for imul r, r/m.  `prefix` is 0 or a mandatory prefix
 * (0x66, 0xF2, 0xF3) placed before REX. */
void emit_op_rr(struct emitter *e, int prefix, uint32_t opc, int w, int reg, int rm);
void emit_op_rm(struct emitter *e, int prefix, uint32_t opc, int w, int reg, struct x86_mem m);
/* ModRM (+SIB, +displacement) for a memory operand, for encoders with their
 * own prefixes (VEX in emit_sse.c). */
void emit_modrm_mem(struct emitter *e, int reg, struct x86_mem m);
/* Force a REX prefix for byte operations on SPL/BPL/SIL/DIL. */
void emit_op_rr_byte(struct emitter *e, uint32_t opc, int reg, int rm);

/* Moves */
void emit_mov_rr(struct emitter *e, int w, int dst, int src);
void emit_mov_ri(struct emitter *e, int dst, uint64_t imm); /* shortest form */
void emit_load(struct emitter *e, int bytes, bool sign, int w, int dst, struct x86_mem m);
void emit_store(struct emitter *e, int bytes, int src, struct x86_mem m);
void emit_store_imm32(struct emitter *e, int w, struct x86_mem m, int32_t imm);
void emit_lea(struct emitter *e, int w, int dst, struct x86_mem m);
/* PREFETCHh m: hint 0 NTA, 1 T0, 2 T1, 3 T2 (the ModRM reg field).  A
 * hint never faults, whatever the address. */
void emit_prefetch(struct emitter *e, int hint, struct x86_mem m);
void emit_movsx_rr(struct emitter *e, int w, int from_bytes, int dst, int src);
void emit_movzx_rr(struct emitter *e, int from_bytes, int dst, int src);

/* ALU */
void emit_alu_rr(struct emitter *e, enum x86_alu op, int w, int dst, int src);
void emit_alu_ri(struct emitter *e, enum x86_alu op, int w, int dst, int32_t imm);
void emit_alu_rm(struct emitter *e, enum x86_alu op, int w, int dst, struct x86_mem m);
void emit_alu_mi(struct emitter *e, enum x86_alu op, int w, struct x86_mem m, int32_t imm);
void emit_test_rr(struct emitter *e, int w, int a, int b);
void emit_test_ri(struct emitter *e, int w, int a, int32_t imm);
void emit_shift_ri(struct emitter *e, enum x86_shift op, int w, int dst, uint8_t n);
void emit_shift_rcl(struct emitter *e, enum x86_shift op, int w, int dst); /* by CL */
void emit_shld_ri(struct emitter *e, int w, int dst, int src, uint8_t n);
void emit_shrd_ri(struct emitter *e, int w, int dst, int src, uint8_t n);
void emit_not(struct emitter *e, int w, int r);
void emit_neg(struct emitter *e, int w, int r);
void emit_imul_rr(struct emitter *e, int w, int dst, int src);
void emit_mul1(struct emitter *e, int w, int src);  /* rdx:rax = rax * src (unsigned) */
void emit_imul1(struct emitter *e, int w, int src); /* signed */
void emit_div1(struct emitter *e, int w, int src);
void emit_idiv1(struct emitter *e, int w, int src);
void emit_cqo(struct emitter *e, int w); /* cdq / cqo */
void emit_bswap(struct emitter *e, int w, int r);
/* r &= 0x00FFFFFFFFFFFFFF, leaving EFLAGS alone. */
void emit_clear_top_byte(struct emitter *e, int r);
void emit_lzcnt(struct emitter *e, int w, int dst, int src);
void emit_tzcnt(struct emitter *e, int w, int dst, int src);
void emit_popcnt(struct emitter *e, int w, int dst, int src);
void emit_bt_ri(struct emitter *e, int w, int r, uint8_t bit); /* CF = bit */
void emit_setcc(struct emitter *e, enum x86_cond cc, int dst8);
void emit_cmov(struct emitter *e, enum x86_cond cc, int w, int dst, int src);
void emit_xchg_rm(struct emitter *e, int bytes, int reg, struct x86_mem m); /* implicitly locked */
void emit_lock_cmpxchg(struct emitter *e, int bytes, int src, struct x86_mem m);
void emit_lock_cmpxchg16b(struct emitter *e, struct x86_mem m);
void emit_lock_xadd(struct emitter *e, int bytes, int src, struct x86_mem m);
void emit_mfence(struct emitter *e);

/* Flags */
void emit_cmc(struct emitter *e);
void emit_stc(struct emitter *e);
void emit_clc(struct emitter *e);
void emit_lahf(struct emitter *e);
void emit_sahf(struct emitter *e);
void emit_add_al_imm8(struct emitter *e, uint8_t imm);
void emit_pushfq(struct emitter *e);
void emit_popfq(struct emitter *e);
void emit_push_m(struct emitter *e, struct x86_mem m);
void emit_pop_m(struct emitter *e, struct x86_mem m);

/* Control flow.  Jumps with rel32 return the address of their rel32 field so
 * it can be patched (block chaining) or bound later with emit_bind(). */
void emit_push_r(struct emitter *e, int r);
void emit_pop_r(struct emitter *e, int r);
uint8_t *emit_jmp_rel32(struct emitter *e, const void *target);
uint8_t *emit_jcc_rel32(struct emitter *e, enum x86_cond cc, const void *target);
uint8_t *emit_call_rel32(struct emitter *e, const void *target);
/* The same, to be chained later: the rel32 field (returned) is 4-byte
 * aligned so that patching it is a single atomic store. */
uint8_t *emit_jmp_rel32_patchable(struct emitter *e);
uint8_t *emit_jcc_rel32_patchable(struct emitter *e, enum x86_cond cc);
uint8_t *emit_call_rel32_patchable(struct emitter *e);
void emit_jmp_r(struct emitter *e, int r);
void emit_jmp_m(struct emitter *e, struct x86_mem m);
void emit_call_r(struct emitter *e, int r);
void emit_ret(struct emitter *e);
void emit_ud2(struct emitter *e);
/* Pad with multi-byte NOPs up to a multiple of `align` (a power of two). */
void emit_align(struct emitter *e, unsigned align);
/* Point an earlier rel32 field at `target`. */
void emit_patch_rel32(uint8_t *site, const void *target);

#endif
