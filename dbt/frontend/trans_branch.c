/* Branches, exception generation (SVC, HVC, BRK) and their block exits. */
#include "dbt/dbt.h"
#include "dbt/backend/hostregs.h"
#include "dbt/translate.h"

#include "loader/loader.h"
#include "syscall-xlat/vdso_time.h"

static uint64_t target_imm(struct tcx *tc, uint32_t insn, int hi, int lo)
{
    int width = hi - lo + 1;
    return tc->pc + (uint64_t)(sext(bits(insn, hi, lo), width) * 4);
}

static void set_link(struct tcx *tc)
{
    int d = gr_dst(tc, 30);
    emit_mov_ri(&tc->e, d, tc->pc + 4);
    gr_put(tc, 30, d);
}

static bool trans_B(struct tcx *tc, uint32_t insn)
{
    tc_exit_direct(tc, target_imm(tc, insn, 25, 0));
    return true;
}

static bool trans_BL(struct tcx *tc, uint32_t insn)
{
    set_link(tc);
    tc_exit_call(tc, target_imm(tc, insn, 25, 0), tc->pc + 4);
    return true;
}

static bool trans_B_cond(struct tcx *tc, uint32_t insn)
{
    tc_exit_cond(tc, (int)bits(insn, 3, 0), target_imm(tc, insn, 23, 5), tc->pc + 4);
    return true;
}

static bool trans_CBZ(struct tcx *tc, uint32_t insn)
{
    int sf = (int)bits(insn, 31, 31);
    int r = gr_get(tc, (int)bits(insn, 4, 0), sf);
    emit_test_rr(&tc->e, sf, r, r);
    bool nonzero = bits(insn, 24, 24);
    tc_exit_hostcc(tc, nonzero ? CC_NE : CC_E, target_imm(tc, insn, 23, 5), tc->pc + 4);
    return true;
}

static bool trans_TBZ(struct tcx *tc, uint32_t insn)
{
    unsigned bit = (bits(insn, 31, 31) << 5) | bits(insn, 23, 19);
    int r = gr_get(tc, (int)bits(insn, 4, 0), bit >= 32);
    bool nonzero = bits(insn, 24, 24);
    uint64_t taken = target_imm(tc, insn, 18, 5);
    if (bit < 31) {
        emit_test_ri(&tc->e, 0, r, (int32_t)(1u << bit));
        tc_exit_hostcc(tc, nonzero ? CC_NE : CC_E, taken, tc->pc + 4);
    } else {
        emit_bt_ri(&tc->e, 1, r, (uint8_t)bit);
        tc_exit_hostcc(tc, nonzero ? CC_B : CC_AE, taken, tc->pc + 4);
    }
    return true;
}

static bool trans_BR(struct tcx *tc, uint32_t insn)
{
    int r = gr_get(tc, (int)bits(insn, 9, 5), 1);
    tc_exit_indirect(tc, r);
    return true;
}

static bool trans_RET(struct tcx *tc, uint32_t insn)
{
    int r = gr_get(tc, (int)bits(insn, 9, 5), 1);
    tc_exit_return(tc, r);
    return true;
}

static bool trans_BLR(struct tcx *tc, uint32_t insn)
{
    /* Read the target before writing X30: BLR X30 is valid. */
    gr_get_into(tc, (int)bits(insn, 9, 5), 1, RAX);
    gr_reserve(tc, RAX);
    set_link(tc);
    tc_exit_call_indirect(tc, RAX, tc->pc + 4);
    return true;
}

/* The dispatcher makes the call, outside translated code: a thread
 * blocked in a system call then holds no translated code that an
 * exclusive section (a full flush) would have to keep alive, and a signal
 * that interrupts it is delivered there (docs/threads.md). */
static bool trans_SVC(struct tcx *tc, uint32_t insn)
{
    (void)insn;
    /* An exception return clears the exclusive monitor, as on hardware. */
    emit_store_imm32(&tc->e, 1, mem_bd(HR_CPU, CPU_OFF_EXCL_ADDR), -1);
    tc_exit_special(tc, tc->pc + 4, EXIT_SYSCALL);
    return true;
}

/* HVC is UNDEFINED at EL0, so no arm64 program relies on it; ferry's vDSO
 * uses it to call into ferry without a system call (a "ferry call",
 * loader/vdso/vdso_calls.h).  Only there: anywhere else, or with an
 * immediate that names no ferry call, it stays an undefined instruction.
 * The helper does not end the block: it reads and writes only general
 * registers, so the vDSO's next instructions (its stores, ret) follow. */
static bool trans_HVC(struct tcx *tc, uint32_t insn)
{
    vdso_call_fn fn = vdso_call_helper(bits(insn, 20, 5));
    if (!fn || !vdso_contains(tc->pc))
        return false;
    tc_call_helper(tc, fn);
    return true;
}

/* SIGTRAP for the guest, raised by the dispatcher at this pc. */
static bool trans_BRK(struct tcx *tc, uint32_t insn)
{
    emit_store_imm32(&tc->e, 0, mem_bd(HR_CPU, CPU_OFF_INSN), (int32_t)insn);
    tc_exit_special(tc, tc->pc, EXIT_BRK);
    return true;
}

const struct a64_pattern a64_branch_sys_patterns[] = {
    { 0xFC000000, 0x14000000, F_KEEP | F_END, trans_B, "B" },
    { 0xFC000000, 0x94000000, F_KEEP | F_END, trans_BL, "BL" },
    { 0xFF000010, 0x54000000, F_READ | F_KEEP | F_END, trans_B_cond, "B.cond" },
    { 0x7E000000, 0x34000000, F_END, trans_CBZ, "CBZ/CBNZ" },
    { 0x7E000000, 0x36000000, F_END, trans_TBZ, "TBZ/TBNZ" },
    { 0xFFFFFC1F, 0xD61F0000, F_END, trans_BR, "BR" },
    { 0xFFFFFC1F, 0xD63F0000, F_END, trans_BLR, "BLR" },
    { 0xFFFFFC1F, 0xD65F0000, F_END, trans_RET, "RET" },
    { 0xFFE0001F, 0xD4000001, F_END, trans_SVC, "SVC" },
    { 0xFFE0001F, 0xD4000002, 0, trans_HVC, "HVC" },
    { 0xFFE0001F, 0xD4200000, F_END, trans_BRK, "BRK" },
    A64_PATTERN_END,
};
