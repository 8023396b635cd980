/* Encodings for emit_dpimm.h, all through the generic emit_op_* helpers. */
#include "dbt/backend/emit_dpimm.h"

enum {
    PFX_OPSIZE = 0x66,
    OP_MOV_RM_IMM = 0xC7,  /* /0 */
    OP_TEST_RM_IMM = 0xF7, /* /0 */
    OP_GRP2_1 = 0xD1, OP_GRP2_IMM = 0xC1, /* shifts by 1 / by imm8 */
    OP_TEST_RM_R = 0x85,
    OP_BT_GRP_IMM = 0x0FBA, /* /4 bt, /5 bts, /6 btr, /7 btc */
    OP_MOVQ_X_R = 0x0F6E,   /* 66 REX.W: movq xmm, r/m64 */
    OP_MOVQ_R_X = 0x0F7E,   /* 66 REX.W: movq r/m64, xmm */
    OP_PINSRW = 0x0FC4,     /* 66: pinsrw xmm, r32/m16, imm8 */
};

void emit_mov_r16_imm(struct emitter *e, int r, uint16_t imm)
{
    emit_op_rr(e, PFX_OPSIZE, OP_MOV_RM_IMM, 0, 0, r);
    emit_byte(e, (uint8_t)imm);
    emit_byte(e, (uint8_t)(imm >> 8));
}

void emit_shift_mi(struct emitter *e, enum x86_shift op, int w, struct x86_mem m, uint8_t n)
{
    if (n == 1) {
        emit_op_rm(e, 0, OP_GRP2_1, w, op, m);
    } else {
        emit_op_rm(e, 0, OP_GRP2_IMM, w, op, m);
        emit_byte(e, n);
    }
}

void emit_test_mi(struct emitter *e, int w, struct x86_mem m, int32_t imm)
{
    emit_op_rm(e, 0, OP_TEST_RM_IMM, w, 0, m);
    emit_u32(e, (uint32_t)imm);
}

void emit_test_mr(struct emitter *e, int w, struct x86_mem m, int r)
{
    emit_op_rm(e, 0, OP_TEST_RM_R, w, r, m);
}

void emit_bitop_ri(struct emitter *e, enum x86_bitop op, int w, int r, uint8_t bit)
{
    emit_op_rr(e, 0, OP_BT_GRP_IMM, w, op, r);
    emit_byte(e, bit);
}

void emit_pinsrw(struct emitter *e, int xmm, int gpr, uint8_t word)
{
    emit_op_rr(e, PFX_OPSIZE, OP_PINSRW, 0, xmm, gpr);
    emit_byte(e, word);
}
