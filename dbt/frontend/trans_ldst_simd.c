/* AdvSIMD structure loads and stores: LD1-LD4/ST1-ST4 (multiple
 * structures, single lane) and LD1R-LD4R, with post-index writeback.
 *
 * LD1/ST1 of whole registers are 8- or 16-byte SSE moves.  The
 * interleaving forms (LD2-LD4) move one element at a time through a
 * scratch register: they are rare, and this keeps each access exactly the
 * size the guest asked for. */
#include "dbt/frontend/trans_ldst.h"

/* SSE2 forms for LD1R, kept local (xmm numbers, not GPRs). */
enum { PFX_66 = 0x66, PFX_F2 = 0xF2, OP_MOVD_X_RM = 0x0F6E, OP_PSHUF = 0x0F70,
       OP_PUNPCKLBW = 0x0F60, OP_PUNPCKLQDQ = 0x0F6C };

static void movd_xr(struct emitter *e, int xmm, int gpr)
{
    emit_op_rr(e, PFX_66, OP_MOVD_X_RM, 0, xmm, gpr);
}

static void pshufd(struct emitter *e, int xd, int xs, uint8_t order)
{
    emit_op_rr(e, PFX_66, OP_PSHUF, 0, xd, xs);
    emit_byte(e, order);
}

static void pshuflw(struct emitter *e, int xd, int xs, uint8_t order)
{
    emit_op_rr(e, PFX_F2, OP_PSHUF, 0, xd, xs);
    emit_byte(e, order);
}

static void punpcklbw(struct emitter *e, int xd, int xs)
{
    emit_op_rr(e, PFX_66, OP_PUNPCKLBW, 0, xd, xs);
}

static void punpcklqdq(struct emitter *e, int xd, int xs)
{
    emit_op_rr(e, PFX_66, OP_PUNPCKLQDQ, 0, xd, xs);
}

static void set_post_index(struct tcx *tc, struct ldst_addr *a, int rm, int32_t bytes)
{
    if (rm == 31) {
        a->writeback = true;
        a->wb_imm = bytes;
    } else {
        ldst_set_wb_reg(tc, a, rm);
    }
}

static bool trans_LDST_multi(struct tcx *tc, uint32_t insn)
{
    bool q = bits(insn, 30, 30), load = bits(insn, 22, 22), post = bits(insn, 23, 23);
    int size = (int)bits(insn, 11, 10), rt = (int)bits(insn, 4, 0);
    int nregs, selem;
    switch (bits(insn, 15, 12)) {
    case 0x0: nregs = 4; selem = 4; break;
    case 0x2: nregs = 4; selem = 1; break;
    case 0x4: nregs = 3; selem = 3; break;
    case 0x6: nregs = 3; selem = 1; break;
    case 0x7: nregs = 1; selem = 1; break;
    case 0x8: nregs = 2; selem = 2; break;
    case 0xA: nregs = 2; selem = 1; break;
    default: return false;
    }
    if (size == 3 && !q && selem > 1)
        return false;
    int regbytes = q ? 16 : 8, ebytes = 1 << size;
    struct ldst_addr a = ldst_addr_imm(tc, (int)bits(insn, 9, 5), 0, AM_OFFSET);
    if (post)
        set_post_index(tc, &a, (int)bits(insn, 20, 16), regbytes * nregs);

    if (selem == 1) {
        for (int r = 0; r < nregs; r++) {
            struct x86_mem m = mem_plus(a.m, r * regbytes);
            if (load)
                ldst_vec_load(tc, regbytes, (rt + r) & 31, m);
            else
                ldst_vec_store(tc, regbytes, (rt + r) & 31, m);
        }
    } else {
        /* Element e of register rt+s sits at structure e, member s. */
        for (int e = 0; e < regbytes / ebytes; e++) {
            for (int s = 0; s < selem; s++) {
                struct x86_mem m = mem_plus(a.m, (e * selem + s) * ebytes);
                struct x86_mem lane = vreg_mem((rt + s) & 31, e * ebytes);
                if (load)
                    ldst_copy(tc, ebytes, lane, m);
                else
                    ldst_copy(tc, ebytes, m, lane);
            }
        }
        if (load && !q)
            for (int s = 0; s < selem; s++)
                emit_store_imm(&tc->e, 8, vreg_mem((rt + s) & 31, 8), 0);
    }
    ldst_writeback(tc, &a);
    return true;
}

/* One element from m into every lane of Vt (64 or 128 bits, rest zero). */
static void load_replicate(struct tcx *tc, int ebytes, bool q, int vt, struct x86_mem m)
{
    struct emitter *e = &tc->e;
    switch (ebytes) {
    case 8:
        emit_xmm_load(e, 8, 0, m);
        if (q)
            punpcklqdq(e, 0, 0);
        break;
    case 4:
        /* movd leaves lane 1 zero: order 1,1,0,0 fills only the low half */
        emit_xmm_load(e, 4, 0, m);
        pshufd(e, 0, 0, q ? 0x00 : 0x50);
        break;
    default: {
        int t = gr_tmp(tc);
        emit_load(e, ebytes, false, 0, t, m);
        movd_xr(e, 0, t);
        gr_free(tc, t);
        if (ebytes == 1)
            punpcklbw(e, 0, 0); /* word 0 = the byte twice */
        pshuflw(e, 0, 0, 0x00);  /* low 4 words = word 0, high half stays 0 */
        if (q)
            punpcklqdq(e, 0, 0);
        break;
    }
    }
    emit_xmm_store(e, 16, 0, vreg_mem(vt, 0));
}

static bool trans_LDST_single(struct tcx *tc, uint32_t insn)
{
    bool q = bits(insn, 30, 30), load = bits(insn, 22, 22), post = bits(insn, 23, 23);
    int opcode = (int)bits(insn, 15, 13), s = (int)bits(insn, 12, 12);
    int size = (int)bits(insn, 11, 10), rt = (int)bits(insn, 4, 0);
    int selem = (((opcode & 1) << 1) | (int)bits(insn, 21, 21)) + 1;
    int scale = opcode >> 1, index = 0;
    bool replicate = false;
    switch (scale) {
    case 0:
        index = q << 3 | s << 2 | size;
        break;
    case 1:
        if (size & 1)
            return false;
        index = q << 2 | s << 1 | size >> 1;
        break;
    case 2:
        if (size & 2)
            return false;
        if (!(size & 1)) {
            index = q << 1 | s;
        } else {
            if (s)
                return false;
            index = q;
            scale = 3;
        }
        break;
    default:
        if (!load || s)
            return false;
        scale = size;
        replicate = true;
        break;
    }
    int ebytes = 1 << scale;
    struct ldst_addr a = ldst_addr_imm(tc, (int)bits(insn, 9, 5), 0, AM_OFFSET);
    if (post)
        set_post_index(tc, &a, (int)bits(insn, 20, 16), selem * ebytes);
    for (int k = 0; k < selem; k++) {
        int vt = (rt + k) & 31;
        struct x86_mem m = mem_plus(a.m, k * ebytes);
        if (replicate)
            load_replicate(tc, ebytes, q, vt, m);
        else if (load)
            ldst_copy(tc, ebytes, vreg_mem(vt, index * ebytes), m);
        else
            ldst_copy(tc, ebytes, m, vreg_mem(vt, index * ebytes));
    }
    ldst_writeback(tc, &a);
    return true;
}

const struct a64_pattern a64_ldst_simd_patterns[] = {
    { 0xBFBF0000, 0x0C000000, F_KEEP, trans_LDST_multi, "LD1-4/ST1-4 (multiple)" },
    { 0xBFA00000, 0x0C800000, F_KEEP, trans_LDST_multi, "LD1-4/ST1-4 (multiple, post-index)" },
    { 0xBF9F0000, 0x0D000000, F_KEEP, trans_LDST_single, "LD1-4/ST1-4 (single), LDnR" },
    { 0xBF800000, 0x0D800000, F_KEEP, trans_LDST_single, "LD1-4/ST1-4 (single, post-index)" },
    A64_PATTERN_END,
};
