/* Decoding the faulting x86-64 instruction's memory operand (see
 * x86_operand.h), with Capstone. */
#include "dbt/runtime/x86_operand.h"

#include <capstone/capstone.h>

static csh handle;
static cs_insn *insn;
static bool ready;

void x86_operand_init(void)
{
    if (ready)
        return;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &handle) != CS_ERR_OK)
        return;
    cs_option(handle, CS_OPT_DETAIL, CS_OPT_ON);
    insn = cs_malloc(handle);
    ready = insn != NULL;
}

/* A Capstone register's value in the ucontext (64-bit names only: ferry's
 * addresses are always formed in 64-bit registers). */
static bool reg_value(x86_reg r, const ucontext_t *uc, uint64_t *v)
{
    static const struct { x86_reg cs; int uc; } map[] = {
        { X86_REG_RAX, REG_RAX }, { X86_REG_RBX, REG_RBX }, { X86_REG_RCX, REG_RCX },
        { X86_REG_RDX, REG_RDX }, { X86_REG_RSI, REG_RSI }, { X86_REG_RDI, REG_RDI },
        { X86_REG_RBP, REG_RBP }, { X86_REG_RSP, REG_RSP }, { X86_REG_R8, REG_R8 },
        { X86_REG_R9, REG_R9 },   { X86_REG_R10, REG_R10 }, { X86_REG_R11, REG_R11 },
        { X86_REG_R12, REG_R12 }, { X86_REG_R13, REG_R13 }, { X86_REG_R14, REG_R14 },
        { X86_REG_R15, REG_R15 },
    };
    if (r == X86_REG_INVALID) {
        *v = 0;
        return true;
    }
    for (unsigned i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].cs == r) {
            *v = (uint64_t)uc->uc_mcontext.gregs[map[i].uc];
            return true;
        }
    return false;
}

bool x86_fault_address(uint64_t rip, const ucontext_t *uc, uint64_t *addr, bool *write)
{
    if (!ready)
        return false;
    const uint8_t *code = (const uint8_t *)(uintptr_t)rip;
    size_t size = 16;
    uint64_t at = rip;
    if (!cs_disasm_iter(handle, &code, &size, &at, insn))
        return false;
    const cs_x86 *x = &insn->detail->x86;
    for (int i = 0; i < x->op_count; i++) {
        const cs_x86_op *op = &x->operands[i];
        if (op->type != X86_OP_MEM)
            continue;
        uint64_t base, index;
        if (op->mem.segment != X86_REG_INVALID || !reg_value(op->mem.base, uc, &base) ||
            !reg_value(op->mem.index, uc, &index))
            return false;
        *addr = base + index * (uint64_t)op->mem.scale + (uint64_t)op->mem.disp;
        *write = op->access & CS_AC_WRITE;
        return true;
    }
    return false;
}
