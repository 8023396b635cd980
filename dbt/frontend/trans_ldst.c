/* Loads and stores of one or two registers (general and SIMD&FP):
 * unsigned offset, unscaled, pre/post-index, unprivileged, register
 * offset, literal, and pairs.
 *
 * Each access is one x86 mov/movzx/movsx (or SSE move for V registers) on
 * an address folded into [base + index*scale + disp]; writeback is a lea.
 * None of it touches EFLAGS, so every pattern here is F_KEEP. */
#include "dbt/frontend/trans_ldst.h"

/* What a size:V:opc combination transfers. */
struct ldst_op {
    int bytes;
    bool load, sign, vec, prfm;
    int sf; /* a sign-extending load extends to 64 bits */
};

static bool decode_op(uint32_t insn, struct ldst_op *o)
{
    int size = (int)bits(insn, 31, 30), opc = (int)bits(insn, 23, 22);
    *o = (struct ldst_op){ .bytes = 1 << size, .vec = bits(insn, 26, 26) };
    if (o->vec) {
        if (opc & 2) {
            if (size != 0)
                return false;
            o->bytes = 16;
        }
        o->load = opc & 1;
        return true;
    }
    switch (opc) {
    case 0:
        return true;
    case 1:
        o->load = true;
        o->sf = size == 3;
        return true;
    case 2:
        if (size == 3) {
            o->prfm = true;
            return true;
        }
        o->load = o->sign = true;
        o->sf = 1;
        return true;
    default:
        if (size >= 2)
            return false;
        o->load = o->sign = true;
        return true;
    }
}

static int log2_bytes(int bytes)
{
    return __builtin_ctz((unsigned)bytes);
}

static void do_single(struct tcx *tc, const struct ldst_op *o, int rt, struct ldst_addr *a)
{
    if (o->vec) {
        if (o->load)
            ldst_vec_load(tc, o->bytes, rt, a->m);
        else
            ldst_vec_store(tc, o->bytes, rt, a->m);
    } else if (o->load) {
        /* Loading the base register with writeback is CONSTRAINED
         * UNPREDICTABLE; like qemu, let the writeback win (the load still
         * happens, for its fault). */
        bool clobbered = a->writeback && rt == a->rn && rt != 31;
        ldst_gpr_load(tc, o->bytes, o->sign, o->sf, clobbered ? 31 : rt, a->m);
    } else {
        ldst_gpr_store(tc, o->bytes, rt, a->m);
    }
    ldst_writeback(tc, a);
}

/* PRFM's Rt is a prfop: type (PLD, PLI, PST), target cache level (L1-L3)
 * and policy (KEEP, STRM).  Data prefetches become x86 PREFETCHh, so that
 * code hiding its cache misses behind them (zstd's match finder, memcpy)
 * still does; without them zstd -9 ran 3x native.  Instruction prefetches
 * and the unallocated prfops are NOPs, as the architecture allows.  The
 * hint for an address, or -1 for none. */
static int prefetch_hint(int prfop)
{
    int type = prfop >> 3, target = (prfop >> 1) & 3;
    if ((type != 0 && type != 2) || target == 3)
        return -1;
    if (prfop & 1)
        return 0;      /* STRM: PREFETCHNTA */
    return 1 + target; /* L1, L2, L3: PREFETCHT0, T1, T2 */
}

static bool trans_LDST_uimm(struct tcx *tc, uint32_t insn)
{
    struct ldst_op o;
    if (!decode_op(insn, &o))
        return false;
    int32_t off = (int32_t)bits(insn, 21, 10) * o.bytes;
    if (o.prfm) {
        int hint = prefetch_hint((int)bits(insn, 4, 0));
        if (hint >= 0)
            emit_prefetch(&tc->e, hint, ldst_addr_imm(tc, (int)bits(insn, 9, 5), off, AM_OFFSET).m);
        return true;
    }
    struct ldst_addr a = ldst_addr_imm(tc, (int)bits(insn, 9, 5), off, AM_OFFSET);
    do_single(tc, &o, (int)bits(insn, 4, 0), &a);
    return true;
}

/* op 00 unscaled (LDUR), 01 post-index, 10 unprivileged (LDTR: at EL0 the
 * same as LDUR), 11 pre-index. */
static bool trans_LDST_imm9(struct tcx *tc, uint32_t insn)
{
    struct ldst_op o;
    int op = (int)bits(insn, 11, 10);
    if (!decode_op(insn, &o))
        return false;
    if (op == 2 && o.vec)
        return false;
    int32_t off = (int32_t)sext(bits(insn, 20, 12), 9);
    if (o.prfm) {
        if (op != 0)
            return false; /* PRFUM only: no prefetch with writeback or LDTR */
        int hint = prefetch_hint((int)bits(insn, 4, 0));
        if (hint >= 0)
            emit_prefetch(&tc->e, hint, ldst_addr_imm(tc, (int)bits(insn, 9, 5), off, AM_OFFSET).m);
        return true;
    }
    static const enum am_mode modes[4] = { AM_OFFSET, AM_POST, AM_OFFSET, AM_PRE };
    struct ldst_addr a = ldst_addr_imm(tc, (int)bits(insn, 9, 5), off, modes[op]);
    do_single(tc, &o, (int)bits(insn, 4, 0), &a);
    return true;
}

static bool trans_LDST_reg(struct tcx *tc, uint32_t insn)
{
    struct ldst_op o;
    int option = (int)bits(insn, 15, 13);
    if (!decode_op(insn, &o) || !(option & 2))
        return false;
    int shift = bits(insn, 12, 12) ? log2_bytes(o.bytes) : 0;
    struct ldst_addr a;
    if (o.prfm) {
        int hint = prefetch_hint((int)bits(insn, 4, 0));
        if (hint >= 0 && ldst_addr_reg(tc, &a, (int)bits(insn, 9, 5), (int)bits(insn, 20, 16), option, shift))
            emit_prefetch(&tc->e, hint, a.m);
        return true;
    }
    ldst_addr_reg(tc, &a, (int)bits(insn, 9, 5), (int)bits(insn, 20, 16), option, shift);
    do_single(tc, &o, (int)bits(insn, 4, 0), &a);
    return true;
}

/* PC-relative: the address is a translation-time constant. */
static bool trans_LDR_lit(struct tcx *tc, uint32_t insn)
{
    int opc = (int)bits(insn, 31, 30), rt = (int)bits(insn, 4, 0);
    uint64_t addr = tc->pc + (uint64_t)(sext(bits(insn, 23, 5), 19) * 4);
    if (bits(insn, 26, 26)) {
        if (opc == 3)
            return false;
        int t = gr_tmp(tc);
        emit_mov_ri(&tc->e, t, addr);
        ldst_vec_load(tc, 4 << opc, rt, mem_bd(t, 0));
        return true;
    }
    if (opc == 3) { /* PRFM (literal) */
        int hint = prefetch_hint(rt);
        if (hint >= 0) {
            int t = gr_tmp(tc);
            emit_mov_ri(&tc->e, t, addr);
            emit_prefetch(&tc->e, hint, mem_bd(t, 0));
        }
        return true;
    }
    int d = gr_dst(tc, rt);
    emit_mov_ri(&tc->e, d, addr);
    emit_load(&tc->e, opc == 1 ? 8 : 4, opc == 2, 1, d, mem_bd(d, 0));
    gr_put(tc, rt, d);
    return true;
}

/* LDP/STP/LDPSW/LDNP/STNP, general and SIMD&FP. idx: 00 non-temporal
 * (signed offset), 01 post-index, 10 signed offset, 11 pre-index. */
static bool trans_LDSTP(struct tcx *tc, uint32_t insn)
{
    int opc = (int)bits(insn, 31, 30), idx = (int)bits(insn, 24, 23);
    bool vec = bits(insn, 26, 26), load = bits(insn, 22, 22), sign = false;
    int rt = (int)bits(insn, 4, 0), rn = (int)bits(insn, 9, 5), rt2 = (int)bits(insn, 14, 10);
    int bytes;
    if (vec) {
        if (opc == 3)
            return false;
        bytes = 4 << opc;
    } else if (opc == 0 || opc == 2) {
        bytes = 4 << (opc >> 1);
    } else if (opc == 1 && load && idx != 0) {
        bytes = 4; /* LDPSW */
        sign = true;
    } else {
        return false; /* STGP (MTE) and reserved */
    }
    static const enum am_mode modes[4] = { AM_OFFSET, AM_POST, AM_OFFSET, AM_PRE };
    int32_t off = (int32_t)sext(bits(insn, 21, 15), 7) * bytes;
    struct ldst_addr a = ldst_addr_imm(tc, rn, off, modes[idx]);
    struct x86_mem m1 = a.m, m2 = mem_plus(a.m, bytes);

    if (vec) {
        if (load) {
            ldst_vec_load(tc, bytes, rt, m1);
            ldst_vec_load(tc, bytes, rt2, m2);
        } else {
            ldst_vec_store(tc, bytes, rt, m1);
            ldst_vec_store(tc, bytes, rt2, m2);
        }
    } else if (load) {
        int sf = sign || bytes == 8;
        /* With writeback, a loaded base is overwritten by the writeback
         * (CONSTRAINED UNPREDICTABLE, as qemu does it). */
        int t1 = a.writeback && rt == rn ? 31 : rt;
        int t2 = a.writeback && rt2 == rn ? 31 : rt2;
        if (t1 == rn && rn != 31) {
            /* ldp x0, x1, [x0]: the base must survive the first load,
             * which still comes first (a fault reports its address). */
            int t = gr_tmp(tc);
            emit_load(&tc->e, bytes, sign, sf, t, m1);
            ldst_gpr_load(tc, bytes, sign, sf, t2, m2);
            gr_put(tc, t1, t);
            gr_free(tc, t);
        } else {
            ldst_gpr_load(tc, bytes, sign, sf, t1, m1);
            ldst_gpr_load(tc, bytes, sign, sf, t2, m2);
        }
    } else {
        ldst_gpr_store(tc, bytes, rt, m1);
        ldst_gpr_store(tc, bytes, rt2, m2);
    }
    ldst_writeback(tc, &a);
    return true;
}

const struct a64_pattern a64_ldst_patterns[] = {
    { 0x3B000000, 0x39000000, F_KEEP, trans_LDST_uimm, "LDR/STR (unsigned offset)" },
    { 0x3B200C00, 0x38000000, F_KEEP, trans_LDST_imm9, "LDUR/STUR" },
    { 0x3B200C00, 0x38000400, F_KEEP, trans_LDST_imm9, "LDR/STR (post-index)" },
    { 0x3B200C00, 0x38000800, F_KEEP, trans_LDST_imm9, "LDTR/STTR" },
    { 0x3B200C00, 0x38000C00, F_KEEP, trans_LDST_imm9, "LDR/STR (pre-index)" },
    { 0x3B200C00, 0x38200800, F_KEEP, trans_LDST_reg, "LDR/STR (register)" },
    { 0x3B000000, 0x18000000, F_KEEP, trans_LDR_lit, "LDR (literal)" },
    { 0x3A000000, 0x28000000, F_KEEP, trans_LDSTP, "LDP/STP" },
    A64_PATTERN_END,
};
