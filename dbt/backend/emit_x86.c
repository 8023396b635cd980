/* x86-64 instruction encodings.  See emit.h for conventions. */
#include "dbt/backend/emit.h"

#include <string.h>

/* Opcode bytes and prefixes, named so the encoders below read as the SDM. */
enum {
    REX_BASE = 0x40, REX_W = 0x08, REX_R = 0x04, REX_X = 0x02, REX_B = 0x01,
    OP_ALU_RM_R = 0x01,      /* add r/m, r; others are +8*op */
    OP_ALU_R_RM = 0x03,      /* add r, r/m */
    OP_GRP1_IMM8 = 0x83, OP_GRP1_IMM32 = 0x81,
    OP_TEST_RM_R = 0x85, OP_TEST_IMM = 0xF7,
    OP_MOV_RM_R = 0x89, OP_MOV_R_RM = 0x8B, OP_LEA = 0x8D,
    OP_MOV_R_IMM = 0xB8, OP_MOV_RM_IMM32 = 0xC7,
    OP_MOV_RM8_R = 0x88, OP_MOV_RM16_R = 0x89, PFX_OPSIZE = 0x66,
    OP_GRP2_1 = 0xD1, OP_GRP2_CL = 0xD3, OP_GRP2_IMM = 0xC1,
    OP_GRP3 = 0xF7, OP_MOVZX8 = 0x0FB6, OP_MOVZX16 = 0x0FB7,
    OP_MOVSX8 = 0x0FBE, OP_MOVSX16 = 0x0FBF, OP_MOVSXD = 0x63,
    OP_IMUL_R_RM = 0x0FAF, OP_BSWAP = 0x0FC8,
    OP_LZCNT = 0x0FBD, OP_TZCNT = 0x0FBC, OP_POPCNT = 0x0FB8, PFX_F3 = 0xF3,
    OP_SETCC = 0x0F90, OP_CMOVCC = 0x0F40, OP_JCC_REL32 = 0x0F80,
    OP_JMP_REL32 = 0xE9, OP_CALL_REL32 = 0xE8, OP_GRP5 = 0xFF, OP_RET = 0xC3,
    OP_XCHG8 = 0x86, OP_XCHG = 0x87, OP_CMPXCHG8 = 0x0FB0, OP_CMPXCHG = 0x0FB1,
    OP_CMPXCHG16B = 0x0FC7, OP_XADD8 = 0x0FC0, OP_XADD = 0x0FC1, PFX_LOCK = 0xF0,
    OP_SHLD_IMM = 0x0FA4, OP_SHRD_IMM = 0x0FAC,
    OP_BT_IMM = 0x0FBA, OP_LAHF = 0x9F, OP_SAHF = 0x9E, OP_ADD_AL_IMM8 = 0x04,
    OP_CMC = 0xF5, OP_STC = 0xF9, OP_CLC = 0xF8, OP_PUSHF = 0x9C, OP_POPF = 0x9D,
    OP_PREFETCH = 0x0F18,
    OP_PUSH_R = 0x50, OP_POP_R = 0x58, OP_POP_RM = 0x8F, OP_CQO = 0x99,
};

void emit_u32(struct emitter *e, uint32_t v)
{
    if (e->end - e->p < 4) {
        e->overflow = true;
        return;
    }
    for (int i = 0; i < 4; i++)
        *e->p++ = (uint8_t)(v >> (8 * i));
}

void emit_u64(struct emitter *e, uint64_t v)
{
    emit_u32(e, (uint32_t)v);
    emit_u32(e, (uint32_t)(v >> 32));
}

static void emit_opcode(struct emitter *e, uint32_t opc)
{
    if (opc > 0xFFFF)
        emit_byte(e, (uint8_t)(opc >> 16));
    if (opc > 0xFF)
        emit_byte(e, (uint8_t)(opc >> 8));
    emit_byte(e, (uint8_t)opc);
}

static void emit_rex(struct emitter *e, int w, int reg, int index, int base, bool force)
{
    uint8_t rex = REX_BASE | (w ? REX_W : 0) | ((reg & 8) ? REX_R : 0) |
                  ((index >= 0 && (index & 8)) ? REX_X : 0) |
                  ((base >= 0 && (base & 8)) ? REX_B : 0);
    if (rex != REX_BASE || force)
        emit_byte(e, rex);
}

static void emit_modrm_rr(struct emitter *e, int reg, int rm)
{
    emit_byte(e, (uint8_t)(0xC0 | ((reg & 7) << 3) | (rm & 7)));
}

/* ModRM (+SIB, +disp) for a memory operand. */
void emit_modrm_mem(struct emitter *e, int reg, struct x86_mem m)
{
    int scale_bits = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
    if (m.base == NO_REG) {
        /* [index*scale + disp32]: mod=00, rm=100, SIB base=101 */
        emit_byte(e, (uint8_t)(((reg & 7) << 3) | 4));
        emit_byte(e, (uint8_t)((scale_bits << 6) | ((m.index & 7) << 3) | 5));
        emit_u32(e, (uint32_t)m.disp);
        return;
    }
    int mod;
    /* rbp/r13 as base cannot use mod=00 (that means disp32/RIP). */
    if (m.disp == 0 && (m.base & 7) != RBP)
        mod = 0;
    else if (m.disp >= -128 && m.disp <= 127)
        mod = 1;
    else
        mod = 2;
    bool sib = m.index != NO_REG || (m.base & 7) == RSP;
    emit_byte(e, (uint8_t)((mod << 6) | ((reg & 7) << 3) | (sib ? 4 : (m.base & 7))));
    if (sib) {
        int index = m.index == NO_REG ? RSP /* none */ : m.index;
        emit_byte(e, (uint8_t)((scale_bits << 6) | ((index & 7) << 3) | (m.base & 7)));
    }
    if (mod == 1)
        emit_byte(e, (uint8_t)m.disp);
    else if (mod == 2)
        emit_u32(e, (uint32_t)m.disp);
}

/* Whether a two- or three-byte opcode is an SSE one, whose register
 * operands may be xmm registers (the V register cache wants to know).
 * Erring towards yes costs nothing but a forgotten cache slot. */
static bool sse_opcode(uint32_t opc)
{
    if (opc > 0xFFFF) /* 0F 38 xx, 0F 3A xx: SSE, but for CRC32/MOVBE */
        return (opc & 0xFFFFFE) != 0x0F38F0;
    if (opc < 0x0F00 || opc > 0x0FFF)
        return false;
    uint8_t b = (uint8_t)opc;
    bool gpr = (b >= 0x40 && b <= 0x4F) ||  /* cmov */
               (b >= 0x80 && b <= 0xBF) ||  /* jcc, setcc, bt, imul, movzx... */
               b == 0xC0 || b == 0xC1 || (b >= 0xC7 && b <= 0xCF); /* xadd, cmpxchg16b, bswap */
    return !gpr;
}

void emit_op_rr(struct emitter *e, int prefix, uint32_t opc, int w, int reg, int rm)
{
    if (sse_opcode(opc)) {
        emit_note_xmm(e, reg);
        emit_note_xmm(e, rm);
    }
    if (prefix)
        emit_byte(e, (uint8_t)prefix);
    emit_rex(e, w, reg, -1, rm, false);
    emit_opcode(e, opc);
    emit_modrm_rr(e, reg, rm);
}

void emit_op_rm(struct emitter *e, int prefix, uint32_t opc, int w, int reg, struct x86_mem m)
{
    if (sse_opcode(opc))
        emit_note_xmm(e, reg);
    if (prefix)
        emit_byte(e, (uint8_t)prefix);
    emit_rex(e, w, reg, m.index, m.base, false);
    emit_opcode(e, opc);
    emit_modrm_mem(e, reg, m);
}

void emit_op_rr_byte(struct emitter *e, uint32_t opc, int reg, int rm)
{
    emit_rex(e, 0, reg, -1, rm, (reg & 7) >= 4 || (rm & 7) >= 4);
    emit_opcode(e, opc);
    emit_modrm_rr(e, reg, rm);
}

static void emit_op_rm_byte(struct emitter *e, uint32_t opc, int reg, struct x86_mem m)
{
    emit_rex(e, 0, reg, m.index, m.base, reg >= 4 && reg < 8);
    emit_opcode(e, opc);
    emit_modrm_mem(e, reg, m);
}

/* ---- moves ---- */

void emit_mov_rr(struct emitter *e, int w, int dst, int src)
{
    emit_op_rr(e, 0, OP_MOV_RM_R, w, src, dst);
}

void emit_mov_ri(struct emitter *e, int dst, uint64_t imm)
{
    if (imm <= 0xFFFFFFFFu) {
        /* mov r32, imm32 zero-extends */
        emit_rex(e, 0, 0, -1, dst, false);
        emit_byte(e, (uint8_t)(OP_MOV_R_IMM + (dst & 7)));
        emit_u32(e, (uint32_t)imm);
    } else if ((int64_t)imm >= INT32_MIN && (int64_t)imm <= INT32_MAX) {
        emit_op_rr(e, 0, OP_MOV_RM_IMM32, 1, 0, dst);
        emit_u32(e, (uint32_t)imm);
    } else {
        emit_rex(e, 1, 0, -1, dst, false);
        emit_byte(e, (uint8_t)(OP_MOV_R_IMM + (dst & 7)));
        emit_u64(e, imm);
    }
}

void emit_load(struct emitter *e, int bytes, bool sign, int w, int dst, struct x86_mem m)
{
    switch (bytes) {
    case 1: emit_op_rm(e, 0, sign ? OP_MOVSX8 : OP_MOVZX8, sign && w, dst, m); break;
    case 2: emit_op_rm(e, 0, sign ? OP_MOVSX16 : OP_MOVZX16, sign && w, dst, m); break;
    case 4:
        if (sign && w)
            emit_op_rm(e, 0, OP_MOVSXD, 1, dst, m);
        else
            emit_op_rm(e, 0, OP_MOV_R_RM, 0, dst, m);
        break;
    default: emit_op_rm(e, 0, OP_MOV_R_RM, 1, dst, m); break;
    }
}

void emit_store(struct emitter *e, int bytes, int src, struct x86_mem m)
{
    switch (bytes) {
    case 1: emit_op_rm_byte(e, OP_MOV_RM8_R, src, m); break;
    case 2: emit_op_rm(e, PFX_OPSIZE, OP_MOV_RM16_R, 0, src, m); break;
    case 4: emit_op_rm(e, 0, OP_MOV_RM_R, 0, src, m); break;
    default: emit_op_rm(e, 0, OP_MOV_RM_R, 1, src, m); break;
    }
}

void emit_store_imm32(struct emitter *e, int w, struct x86_mem m, int32_t imm)
{
    emit_op_rm(e, 0, OP_MOV_RM_IMM32, w, 0, m);
    emit_u32(e, (uint32_t)imm);
}

void emit_lea(struct emitter *e, int w, int dst, struct x86_mem m)
{
    emit_op_rm(e, 0, OP_LEA, w, dst, m);
}

/* Not through emit_op_rm: 0F 18 is no SSE opcode, and its reg field is
 * the hint, not an xmm register for the V register cache to forget. */
void emit_prefetch(struct emitter *e, int hint, struct x86_mem m)
{
    emit_rex(e, 0, 0, m.index, m.base, false);
    emit_opcode(e, OP_PREFETCH);
    emit_modrm_mem(e, hint, m);
}

void emit_movsx_rr(struct emitter *e, int w, int from_bytes, int dst, int src)
{
    if (from_bytes == 1) {
        emit_rex(e, w, dst, -1, src, (src & 7) >= 4 && src < 8);
        emit_opcode(e, OP_MOVSX8);
        emit_modrm_rr(e, dst, src);
    } else if (from_bytes == 2)
        emit_op_rr(e, 0, OP_MOVSX16, w, dst, src);
    else
        emit_op_rr(e, 0, OP_MOVSXD, w, dst, src);
}

void emit_movzx_rr(struct emitter *e, int from_bytes, int dst, int src)
{
    if (from_bytes == 1) {
        emit_rex(e, 0, dst, -1, src, (src & 7) >= 4 && src < 8);
        emit_opcode(e, OP_MOVZX8);
        emit_modrm_rr(e, dst, src);
    } else if (from_bytes == 2) {
        emit_op_rr(e, 0, OP_MOVZX16, 0, dst, src);
    } else {
        emit_mov_rr(e, 0, dst, src);
    }
}

/* ---- ALU ---- */

void emit_alu_rr(struct emitter *e, enum x86_alu op, int w, int dst, int src)
{
    emit_op_rr(e, 0, (uint32_t)(OP_ALU_RM_R + 8 * op), w, src, dst);
}

void emit_alu_ri(struct emitter *e, enum x86_alu op, int w, int dst, int32_t imm)
{
    if (imm >= -128 && imm <= 127) {
        emit_op_rr(e, 0, OP_GRP1_IMM8, w, op, dst);
        emit_byte(e, (uint8_t)imm);
    } else {
        emit_op_rr(e, 0, OP_GRP1_IMM32, w, op, dst);
        emit_u32(e, (uint32_t)imm);
    }
}

void emit_alu_rm(struct emitter *e, enum x86_alu op, int w, int dst, struct x86_mem m)
{
    emit_op_rm(e, 0, (uint32_t)(OP_ALU_R_RM + 8 * op), w, dst, m);
}

void emit_alu_mi(struct emitter *e, enum x86_alu op, int w, struct x86_mem m, int32_t imm)
{
    if (imm >= -128 && imm <= 127) {
        emit_op_rm(e, 0, OP_GRP1_IMM8, w, op, m);
        emit_byte(e, (uint8_t)imm);
    } else {
        emit_op_rm(e, 0, OP_GRP1_IMM32, w, op, m);
        emit_u32(e, (uint32_t)imm);
    }
}

void emit_test_rr(struct emitter *e, int w, int a, int b)
{
    emit_op_rr(e, 0, OP_TEST_RM_R, w, b, a);
}

void emit_test_ri(struct emitter *e, int w, int a, int32_t imm)
{
    emit_op_rr(e, 0, OP_TEST_IMM, w, 0, a);
    emit_u32(e, (uint32_t)imm);
}

void emit_shift_ri(struct emitter *e, enum x86_shift op, int w, int dst, uint8_t n)
{
    if (n == 1) {
        emit_op_rr(e, 0, OP_GRP2_1, w, op, dst);
    } else {
        emit_op_rr(e, 0, OP_GRP2_IMM, w, op, dst);
        emit_byte(e, n);
    }
}

void emit_shift_rcl(struct emitter *e, enum x86_shift op, int w, int dst)
{
    emit_op_rr(e, 0, OP_GRP2_CL, w, op, dst);
}

void emit_shld_ri(struct emitter *e, int w, int dst, int src, uint8_t n)
{
    emit_op_rr(e, 0, OP_SHLD_IMM, w, src, dst);
    emit_byte(e, n);
}

void emit_shrd_ri(struct emitter *e, int w, int dst, int src, uint8_t n)
{
    emit_op_rr(e, 0, OP_SHRD_IMM, w, src, dst);
    emit_byte(e, n);
}

void emit_not(struct emitter *e, int w, int r) { emit_op_rr(e, 0, OP_GRP3, w, 2, r); }
void emit_neg(struct emitter *e, int w, int r) { emit_op_rr(e, 0, OP_GRP3, w, 3, r); }
void emit_mul1(struct emitter *e, int w, int src) { emit_op_rr(e, 0, OP_GRP3, w, 4, src); }
void emit_imul1(struct emitter *e, int w, int src) { emit_op_rr(e, 0, OP_GRP3, w, 5, src); }
void emit_div1(struct emitter *e, int w, int src) { emit_op_rr(e, 0, OP_GRP3, w, 6, src); }
void emit_idiv1(struct emitter *e, int w, int src) { emit_op_rr(e, 0, OP_GRP3, w, 7, src); }

void emit_imul_rr(struct emitter *e, int w, int dst, int src)
{
    emit_op_rr(e, 0, OP_IMUL_R_RM, w, dst, src);
}

void emit_cqo(struct emitter *e, int w)
{
    if (w)
        emit_byte(e, REX_BASE | REX_W);
    emit_byte(e, OP_CQO);
}

void emit_bswap(struct emitter *e, int w, int r)
{
    emit_rex(e, w, 0, -1, r, false);
    emit_opcode(e, OP_BSWAP + (r & 7));
}

void emit_clear_top_byte(struct emitter *e, int r)
{
    /* bswap; mov r8, 0; bswap: none of them writes EFLAGS, which may hold
     * the guest's live NZCV around a load or store. */
    emit_bswap(e, 1, r);
    emit_rex(e, 0, 0, -1, r, (r & 7) >= 4);
    emit_byte(e, (uint8_t)(0xB0 + (r & 7)));
    emit_byte(e, 0);
    emit_bswap(e, 1, r);
}

void emit_lzcnt(struct emitter *e, int w, int dst, int src) { emit_op_rr(e, PFX_F3, OP_LZCNT, w, dst, src); }
void emit_tzcnt(struct emitter *e, int w, int dst, int src) { emit_op_rr(e, PFX_F3, OP_TZCNT, w, dst, src); }
void emit_popcnt(struct emitter *e, int w, int dst, int src) { emit_op_rr(e, PFX_F3, OP_POPCNT, w, dst, src); }

void emit_bt_ri(struct emitter *e, int w, int r, uint8_t bit)
{
    emit_op_rr(e, 0, OP_BT_IMM, w, 4, r);
    emit_byte(e, bit);
}

void emit_setcc(struct emitter *e, enum x86_cond cc, int dst8)
{
    emit_op_rr_byte(e, OP_SETCC + cc, 0, dst8);
}

void emit_cmov(struct emitter *e, enum x86_cond cc, int w, int dst, int src)
{
    emit_op_rr(e, 0, OP_CMOVCC + cc, w, dst, src);
}

void emit_xchg_rm(struct emitter *e, int bytes, int reg, struct x86_mem m)
{
    if (bytes == 1)
        emit_op_rm_byte(e, OP_XCHG8, reg, m);
    else
        emit_op_rm(e, bytes == 2 ? PFX_OPSIZE : 0, OP_XCHG, bytes == 8, reg, m);
}

void emit_lock_cmpxchg(struct emitter *e, int bytes, int src, struct x86_mem m)
{
    emit_byte(e, PFX_LOCK);
    if (bytes == 1)
        emit_op_rm_byte(e, OP_CMPXCHG8, src, m);
    else
        emit_op_rm(e, bytes == 2 ? PFX_OPSIZE : 0, OP_CMPXCHG, bytes == 8, src, m);
}

void emit_lock_cmpxchg16b(struct emitter *e, struct x86_mem m)
{
    emit_byte(e, PFX_LOCK);
    emit_op_rm(e, 0, OP_CMPXCHG16B, 1, 1, m);
}

void emit_lock_xadd(struct emitter *e, int bytes, int src, struct x86_mem m)
{
    emit_byte(e, PFX_LOCK);
    if (bytes == 1)
        emit_op_rm_byte(e, OP_XADD8, src, m);
    else
        emit_op_rm(e, bytes == 2 ? PFX_OPSIZE : 0, OP_XADD, bytes == 8, src, m);
}

void emit_mfence(struct emitter *e)
{
    emit_byte(e, 0x0F);
    emit_byte(e, 0xAE);
    emit_byte(e, 0xF0);
}

/* ---- flags ---- */

void emit_cmc(struct emitter *e) { emit_byte(e, OP_CMC); }
void emit_stc(struct emitter *e) { emit_byte(e, OP_STC); }
void emit_clc(struct emitter *e) { emit_byte(e, OP_CLC); }
void emit_pushfq(struct emitter *e) { emit_byte(e, OP_PUSHF); }
void emit_lahf(struct emitter *e) { emit_byte(e, OP_LAHF); }
void emit_sahf(struct emitter *e) { emit_byte(e, OP_SAHF); }
void emit_add_al_imm8(struct emitter *e, uint8_t imm)
{
    emit_byte(e, OP_ADD_AL_IMM8);
    emit_byte(e, imm);
}
void emit_popfq(struct emitter *e) { emit_byte(e, OP_POPF); }
void emit_push_m(struct emitter *e, struct x86_mem m) { emit_op_rm(e, 0, OP_GRP5, 0, 6, m); }
void emit_pop_m(struct emitter *e, struct x86_mem m) { emit_op_rm(e, 0, OP_POP_RM, 0, 0, m); }

/* ---- control flow ---- */

void emit_push_r(struct emitter *e, int r)
{
    emit_rex(e, 0, 0, -1, r, false);
    emit_byte(e, (uint8_t)(OP_PUSH_R + (r & 7)));
}

void emit_pop_r(struct emitter *e, int r)
{
    emit_rex(e, 0, 0, -1, r, false);
    emit_byte(e, (uint8_t)(OP_POP_R + (r & 7)));
}

void emit_patch_rel32(uint8_t *site, const void *target)
{
    int32_t rel = (int32_t)((const uint8_t *)target - (site + 4));
    memcpy(site, &rel, 4);
}

/* jmp or call rel32: the opcode, then the field (returned). */
static uint8_t *emit_op_rel32(struct emitter *e, uint8_t op, const void *target)
{
    emit_byte(e, op);
    uint8_t *site = e->p;
    emit_u32(e, 0);
    if (!e->overflow && target)
        emit_patch_rel32(site, target);
    return site;
}

uint8_t *emit_jmp_rel32(struct emitter *e, const void *target)
{
    return emit_op_rel32(e, OP_JMP_REL32, target);
}

uint8_t *emit_call_rel32(struct emitter *e, const void *target)
{
    return emit_op_rel32(e, OP_CALL_REL32, target);
}

uint8_t *emit_jcc_rel32(struct emitter *e, enum x86_cond cc, const void *target)
{
    emit_opcode(e, OP_JCC_REL32 + cc);
    uint8_t *site = e->p;
    emit_u32(e, 0);
    if (!e->overflow && target)
        emit_patch_rel32(site, target);
    return site;
}

void emit_jmp_r(struct emitter *e, int r) { emit_op_rr(e, 0, OP_GRP5, 0, 4, r); }
void emit_jmp_m(struct emitter *e, struct x86_mem m) { emit_op_rm(e, 0, OP_GRP5, 0, 4, m); }
void emit_call_r(struct emitter *e, int r) { emit_op_rr(e, 0, OP_GRP5, 0, 2, r); }
void emit_ret(struct emitter *e) { emit_byte(e, OP_RET); }
void emit_ud2(struct emitter *e) { emit_byte(e, 0x0F); emit_byte(e, 0x0B); }

/* NOPs until the address is `skew` bytes past a multiple of `align`. */
static void emit_align_skew(struct emitter *e, unsigned align, unsigned skew)
{
    /* The recommended NOP forms, 1 to 8 bytes long (Intel SDM, "NOP"). */
    static const uint8_t nops[8][8] = {
        { 0x90 },
        { 0x66, 0x90 },
        { 0x0F, 0x1F, 0x00 },
        { 0x0F, 0x1F, 0x40, 0x00 },
        { 0x0F, 0x1F, 0x44, 0x00, 0x00 },
        { 0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00 },
        { 0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00 },
        { 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
    };
    unsigned pad = (unsigned)((skew - (uintptr_t)e->p) & (align - 1));
    while (pad > 0) {
        unsigned n = pad < 8 ? pad : 8;
        for (unsigned i = 0; i < n; i++)
            emit_byte(e, nops[n - 1][i]);
        pad -= n;
    }
}

/* A jump whose rel32 will be patched while other threads may execute it:
 * the field must lie within one aligned 8-byte word, so the patch is one
 * atomic store of that word (code_cache.c, patch_site).  The padding is
 * a NOP that runs every time the jump's way is taken: with the field
 * 4-byte aligned, as it was, three jumps in four needed one, 6% of the
 * host instructions lua ran; now three in eight do. */
static void emit_site_pad(struct emitter *e, unsigned opcode_len)
{
    unsigned at = (unsigned)(((uintptr_t)e->p + opcode_len) & 7);
    if (at > 4)
        emit_align_skew(e, 8, 8 - opcode_len);
}

uint8_t *emit_jmp_rel32_patchable(struct emitter *e)
{
    emit_site_pad(e, 1); /* E9 rel32 */
    return emit_jmp_rel32(e, NULL);
}

uint8_t *emit_call_rel32_patchable(struct emitter *e)
{
    emit_site_pad(e, 1); /* E8 rel32 */
    return emit_call_rel32(e, NULL);
}

uint8_t *emit_jcc_rel32_patchable(struct emitter *e, enum x86_cond cc)
{
    emit_site_pad(e, 2); /* 0F 8x rel32 */
    return emit_jcc_rel32(e, cc, NULL);
}

void emit_align(struct emitter *e, unsigned align)
{
    emit_align_skew(e, align, 0);
}

