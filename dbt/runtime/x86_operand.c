/* -d x86check: the hand decoder of fault addresses (x86_decode.c) against
 * Capstone, on every memory operand of every translated unit. */
#include "dbt/runtime/x86_operand.h"

#include <capstone/capstone.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "common/ferry.h"
#include "dbt/runtime/capstone_api.h"
#include "dbt/runtime/trampoline.h"

/* Distinct, recognisable register values for the comparison. */
static void fake_regs(uint64_t regs[16])
{
    for (int i = 0; i < 16; i++)
        regs[i] = 0x100000000ull * (uint64_t)(i + 1) + 0x1000u * (uint64_t)(i + 3);
}

static const x86_reg cs_reg[16] = {
    X86_REG_RAX, X86_REG_RCX, X86_REG_RDX, X86_REG_RBX, X86_REG_RSP, X86_REG_RBP,
    X86_REG_RSI, X86_REG_RDI, X86_REG_R8,  X86_REG_R9,  X86_REG_R10, X86_REG_R11,
    X86_REG_R12, X86_REG_R13, X86_REG_R14, X86_REG_R15,
};

static bool value_of(x86_reg r, const uint64_t regs[16], uint64_t *v)
{
    if (r == X86_REG_INVALID) {
        *v = 0;
        return true;
    }
    for (int i = 0; i < 16; i++)
        if (cs_reg[i] == r) {
            *v = regs[i];
            return true;
        }
    return false;
}

void x86_operand_check(const uint8_t *code, size_t len)
{
    static csh h;
    static cs_insn *insn;
    const struct capstone_api *cs = capstone();
    if (!cs)
        return;
    if (!h) {
        if (cs->open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK)
            return;
        cs->option(h, CS_OPT_DETAIL, CS_OPT_ON);
        insn = cs->malloc(h);
    }
    uint64_t regs[16];
    fake_regs(regs);
    const uint8_t *p = code;
    size_t size = len;
    uint64_t at = (uint64_t)(uintptr_t)code;
    while (size && cs->disasm_iter(h, &p, &size, &at, insn)) {
        const cs_x86 *x = &insn->detail->x86;
        /* A chain stub's call is followed by data, not code. */
        if (insn->id == X86_INS_CALL && x->op_count == 1 && x->operands[0].type == X86_OP_IMM &&
            (uint64_t)x->operands[0].imm == (uint64_t)(uintptr_t)tramp_chain_exit &&
            size >= TRAMP_CHAIN_DATA) {
            p += TRAMP_CHAIN_DATA;
            size -= TRAMP_CHAIN_DATA;
            at += TRAMP_CHAIN_DATA;
            continue;
        }
        const cs_x86_op *mem = NULL;
        for (int i = 0; i < x->op_count; i++)
            if (x->operands[i].type == X86_OP_MEM)
                mem = &x->operands[i];
        uint64_t base, index;
        if (!mem || mem->mem.segment != X86_REG_INVALID || mem->mem.base == X86_REG_RIP ||
            !value_of(mem->mem.base, regs, &base) || !value_of(mem->mem.index, regs, &index))
            continue; /* not a form guest accesses take */
        uint64_t want = base + index * (uint64_t)mem->mem.scale + (uint64_t)mem->mem.disp, got;
        bool want_w = mem->access & CS_AC_WRITE, got_w;
        bool ok = x86_decode_mem((const uint8_t *)(uintptr_t)insn->address, regs, &got, &got_w);
        /* Capstone 4's access flags are wrong both ways for some forms
         * (movups and cmpxchg to memory read only, test m, imm written):
         * only plain mov's are compared for writing; x86_decode.c's
         * writes() is checked by review and by the guest-fault tests. */
        bool plain_mov = !strcmp(insn->mnemonic, "mov");
        if (!ok || got != want || (plain_mov && want_w != got_w)) {
            char bytes[64] = "";
            for (int i = 0; i < insn->size && i < 15; i++)
                snprintf(bytes + 3 * i, sizeof bytes - 3 * (size_t)i, "%02x ", insn->bytes[i]);
            ferry_warn("internal error: x86check: %s %s (%s): Capstone %#" PRIx64 "%s, decoder %s%#" PRIx64 "%s",
                       insn->mnemonic, insn->op_str, bytes, want, want_w ? " written" : "",
                       ok ? "" : "nothing, ", ok ? got : 0, ok && got_w ? " written" : "");
        }
    }
}
