/* x86-64 instruction forms used by the data-processing (immediate)
 * translator (trans_dp_imm.c) on top of the generic encoders in emit.h. */
#ifndef FERRY_EMIT_DPIMM_H
#define FERRY_EMIT_DPIMM_H

#include "dbt/backend/emit.h"

/* mov r16, imm16: replaces bits 15..0 and keeps the rest of the register. */
void emit_mov_r16_imm(struct emitter *e, int r, uint16_t imm);

/* shl/shr/sar/... [m], imm8 */
void emit_shift_mi(struct emitter *e, enum x86_shift op, int w, struct x86_mem m, uint8_t n);

/* test [m], imm32 and test [m], r */
void emit_test_mi(struct emitter *e, int w, struct x86_mem m, int32_t imm);
void emit_test_mr(struct emitter *e, int w, struct x86_mem m, int r);

/* Single-bit set / reset / complement (CF = old bit; other flags undefined). */
enum x86_bitop { BIT_BTS = 5, BIT_BTR = 6, BIT_BTC = 7 };
void emit_bitop_ri(struct emitter *e, enum x86_bitop op, int w, int r, uint8_t bit);

/* SSE2 moves between a general register and the low quadword of an xmm
 * register, and pinsrw: flag-free ways to edit a 16-bit field. */
void emit_pinsrw(struct emitter *e, int xmm, int gpr, uint8_t word);

#endif
