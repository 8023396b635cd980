/* -d stats counters kept by translated code (dbt/runtime/stats.h): calls
 * into C helpers and indirect-branch table lookups and misses.  The code
 * that counts is emitted only when the option is on, so that without it
 * translated code is what it always is. */
#include "dbt/runtime/stats.h"
#include "common/ferry.h"
#include "dbt/translate.h"

void tc_count(struct tcx *tc, uint64_t *counter, int scratch)
{
    if (!ferry_opt.log_stats)
        return;
    /* lock add qword [counter], 1: threads count into the same place.
     * LOCK goes before the REX prefix that emit_alu_mi writes. */
    emit_mov_ri(&tc->e, scratch, (uint64_t)(uintptr_t)counter);
    emit_byte(&tc->e, 0xF0);
    emit_alu_mi(&tc->e, ALU_ADD, 1, mem_bd(scratch, 0), 1);
}
