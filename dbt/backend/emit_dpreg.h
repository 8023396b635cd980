/* Extra x86-64 forms used by the data-processing (register) translators:
 * memory-operand variants of ALU ops (guest registers without a host
 * register are used straight from their home slot) and short jumps for
 * the small local branches of CCMP and the divisions. */
#ifndef FERRY_EMIT_DPREG_H
#define FERRY_EMIT_DPREG_H

#include "dbt/backend/emit.h"

/* op [m], src */
void emit_alu_mr(struct emitter *e, enum x86_alu op, int w, struct x86_mem m, int src);
void emit_test_rm(struct emitter *e, int w, int reg, struct x86_mem m);
void emit_cmov_rm(struct emitter *e, enum x86_cond cc, int w, int dst, struct x86_mem m);
void emit_imul_rm(struct emitter *e, int w, int dst, struct x86_mem m);
void emit_lzcnt_rm(struct emitter *e, int w, int dst, struct x86_mem m);
/* Group-3 unary forms on memory: mul/imul/div/idiv [m] (rdx:rax implied). */
void emit_mul1_m(struct emitter *e, int w, struct x86_mem m);
void emit_imul1_m(struct emitter *e, int w, struct x86_mem m);
void emit_div1_m(struct emitter *e, int w, struct x86_mem m);
void emit_idiv1_m(struct emitter *e, int w, struct x86_mem m);
/* CF = bit `bit` of [m] */
void emit_bt_mi(struct emitter *e, int w, struct x86_mem m, uint8_t bit);

/* Short jumps: return the rel8 field, bound later with emit_bind8().  The
 * caller guarantees the distance fits in a signed byte. */
uint8_t *emit_jcc8(struct emitter *e, enum x86_cond cc);
uint8_t *emit_jmp8(struct emitter *e);
/* Point an earlier rel8 field at the current position. */
void emit_bind8(struct emitter *e, uint8_t *site);

#endif
