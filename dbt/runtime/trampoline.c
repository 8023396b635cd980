/* The only place host callee-saved registers are saved: translated code
 * runs between these two stubs with r15 = cpu and guest registers live in
 * their mapped host registers; it never calls back into C except through
 * helper calls that follow the SysV ABI (the stack stays 16-byte aligned).
 * Below tramp_enter's frame, translated code keeps its return-address
 * stack (dbt/exits.c): pairs of guest return address and host return
 * address, 16 bytes each, so the alignment holds there too. */
#include "dbt/runtime/trampoline.h"

#include "dbt/runtime/code_cache.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"

void (*tramp_enter)(struct cpu_state *cpu, void *code);
void *tramp_exit;
void *tramp_exit_saved;
void *tramp_chain_exit;
void *tramp_lookup_miss;

static const int callee_saved[] = { RBX, RBP, R12, R13, R14, R15 };
#define N_SAVED (int)(sizeof callee_saved / sizeof callee_saved[0])

void trampolines_init(void)
{
    struct emitter e;
    e.start = e.p = cache_reserve(&e.end);
    e.overflow = false;

    /* An indirect branch's target missing from the table, in RAX; and a
     * RET that finds the return-address stack empty compares with this
     * pair (exits.c): a guest address that matches lands here too. */
    tramp_lookup_miss = e.p;
    emit_store(&e, 8, RAX, mem_bd(HR_CPU, CPU_OFF_PC));
    uint8_t *to_exit = emit_jmp_rel32(&e, NULL);

    /* The shared half of every chain stub (dbt/exits.c): the stub is a
     * call here followed by its data, the target pc (bit 0: a forward
     * jump) and where the jump's rel32 field is, from the data's start.
     * The call's return address is the data; it is popped at once, so the
     * host stack is as it was. */
    e.p = (uint8_t *)(((uintptr_t)e.p + 15) & ~(uintptr_t)15);
    tramp_chain_exit = e.p;
    emit_pop_r(&e, RAX);
    emit_load(&e, 8, false, 1, RCX, mem_bd(RAX, 0));
    emit_mov_rr(&e, 1, RDX, RCX);
    emit_alu_ri(&e, ALU_AND, 1, RCX, -4);
    emit_store(&e, 8, RCX, mem_bd(HR_CPU, CPU_OFF_PC));
    emit_alu_ri(&e, ALU_AND, 0, RDX, CHAIN_FORWARD);
    emit_shift_ri(&e, SH_SHL, 1, RDX, 63); /* CHAIN_SITE_FORWARD */
    emit_load(&e, 4, true, 1, RCX, mem_bd(RAX, 8));
    emit_alu_rr(&e, ALU_ADD, 1, RCX, RAX);
    emit_alu_rr(&e, ALU_OR, 1, RCX, RDX);
    emit_store(&e, 8, RCX, mem_bd(HR_CPU, CPU_OFF_CHAIN));
    uint8_t *to_exit2 = emit_jmp_rel32(&e, NULL);

    e.p = (uint8_t *)(((uintptr_t)e.p + 15) & ~(uintptr_t)15);
    tramp_enter = (void (*)(struct cpu_state *, void *))(uintptr_t)e.p;
    for (int i = 0; i < N_SAVED; i++)
        emit_push_r(&e, callee_saved[i]);
    /* 6 pushes + return address: 8 bytes to realign, then the
     * return-address stack's bottom pair (guest address, host code). */
    emit_alu_ri(&e, ALU_SUB, 1, RSP, 8);
    emit_mov_ri(&e, RAX, RAS_EMPTY_GUEST_PC);
    emit_push_r(&e, RAX);
    emit_mov_ri(&e, RAX, (uint64_t)(uintptr_t)tramp_lookup_miss);
    emit_push_r(&e, RAX);
    emit_lea(&e, 1, HR_CPU, mem_bd(RDI, CPU_BIAS));
    emit_store(&e, 8, RSP, mem_bd(HR_CPU, CPU_OFF_HOST_SP));
    emit_lea(&e, 1, RAX, mem_bd(RSP, -RAS_BYTES));
    emit_store(&e, 8, RAX, mem_bd(HR_CPU, CPU_OFF_RAS_FLOOR));
    emit_mov_rr(&e, 1, RAX, RSI);
    for (int i = 0; i < N_MAPPED; i++)
        emit_load(&e, 8, false, 1, mapped_host[i], mem_bd(HR_CPU, CPU_OFF_X(mapped_guest[i])));
    emit_jmp_r(&e, RAX);

    e.p = (uint8_t *)(((uintptr_t)e.p + 15) & ~(uintptr_t)15);
    tramp_exit = e.p;
    emit_patch_rel32(to_exit, tramp_exit);
    emit_patch_rel32(to_exit2, tramp_exit);
    for (int i = 0; i < N_MAPPED; i++)
        emit_store(&e, 8, mapped_host[i], mem_bd(HR_CPU, CPU_OFF_X(mapped_guest[i])));
    /* A host fault handler that has put the guest state in cpu_state
     * itself (host_fault.c) resumes here: nothing more to save. */
    tramp_exit_saved = e.p;
    emit_load(&e, 8, false, 1, RSP, mem_bd(HR_CPU, CPU_OFF_HOST_SP));
    emit_alu_ri(&e, ALU_ADD, 1, RSP, 8 + 16);
    for (int i = N_SAVED - 1; i >= 0; i--)
        emit_pop_r(&e, callee_saved[i]);
    emit_ret(&e);
    cache_seal_permanent(e.p);
}
