/* Building blocks of the AdvSIMD translators: register loads and stores,
 * constants, and the element operations x86 lacks for some sizes (8-bit
 * shifts and multiplies, 64-bit arithmetic shifts, unsigned compares). */
#include "dbt/frontend/trans_simd.h"

#include <pthread.h>

#include "dbt/runtime/fetch.h"

#include "common/ferry.h"

const uint32_t vop_add[4] = { SX_PADDB, SX_PADDW, SX_PADDD, SX_PADDQ };
const uint32_t vop_sub[4] = { SX_PSUBB, SX_PSUBW, SX_PSUBD, SX_PSUBQ };
const uint32_t vop_cmpeq[4] = { SX_PCMPEQB, SX_PCMPEQW, SX_PCMPEQD, SX_PCMPEQQ };
const uint32_t vop_cmpgt[4] = { SX_PCMPGTB, SX_PCMPGTW, SX_PCMPGTD, SX_PCMPGTQ };
const uint32_t vop_maxs[4] = { SX_PMAXSB, SX_PMAXSW, SX_PMAXSD, 0 };
const uint32_t vop_mins[4] = { SX_PMINSB, SX_PMINSW, SX_PMINSD, 0 };
const uint32_t vop_maxu[4] = { SX_PMAXUB, SX_PMAXUW, SX_PMAXUD, 0 };
const uint32_t vop_minu[4] = { SX_PMINUB, SX_PMINUW, SX_PMINUD, 0 };
const uint32_t vop_unpcklo[4] = { SX_PUNPCKLBW, SX_PUNPCKLWD, SX_PUNPCKLDQ, SX_PUNPCKLQDQ };
const uint32_t vop_unpckhi[4] = { SX_PUNPCKHBW, SX_PUNPCKHWD, SX_PUNPCKHDQ, SX_PUNPCKHQDQ };

/* xmm13 is vconst_op's scratch when the pool is full. */
#define XCONST_FALLBACK 13

/* ---- loads and stores ----
 * Store-to-load forwarding across instructions: every store of Vn also
 * leaves a copy in xmm15, which nothing else in the AdvSIMD translators
 * writes.  The next instruction may take Vn from xmm15 instead of memory
 * if nothing was emitted between the two instructions (then the host
 * code runs straight from the store to it).  That is checked exactly at
 * the instruction's first load: same block, the storing instruction is
 * the one just before (by address and word), the emitter has not moved.
 * The copy then serves every load of Vn in the instruction. */
#define XFWD 15

static __thread struct {
    const uint8_t *block, *end;
    uint64_t pc;      /* the storing instruction */
    uint32_t insn;
    int vreg;         /* -1: none */
    uint64_t live_pc; /* the instruction allowed to use it */
    uint64_t checked_pc;
} fwd = { .vreg = -1 };

static void fwd_record(struct tcx *tc, int n)
{
    fwd.block = tc->e.start;
    fwd.end = tc->e.p;
    fwd.pc = tc->pc;
    fwd.insn = tc->insn;
    fwd.vreg = n;
    fwd.live_pc = fwd.checked_pc = 0;
}

void vfwd_note(struct tcx *tc, int n, int x)
{
    vmov(tc, XFWD, x);
    fwd_record(tc, n);
}

/* true if xmm15 holds Vn for this instruction */
static bool fwd_holds(struct tcx *tc, int n)
{
    if (fwd.vreg < 0)
        return false;
    if (fwd.checked_pc != tc->pc) { /* the first load of this instruction */
        fwd.checked_pc = tc->pc;
        uint32_t prev;
        bool ok = fwd.block == tc->e.start && fwd.end == tc->e.p && fwd.pc + 4 == tc->pc &&
                  fetch_insn(fwd.pc, &prev) && prev == fwd.insn;
        fwd.live_pc = ok ? tc->pc : 0;
    }
    return fwd.live_pc == tc->pc && fwd.vreg == n;
}

/* Operands come from xmm15, from the V register cache (vcache.c), or from
 * cpu->v; a loaded register is kept in the cache. */
void vld(struct tcx *tc, int x, int n)
{
    if (fwd_holds(tc, n)) {
        vmov(tc, x, XFWD);
    } else if (!vc_read(tc, x, n, 16)) {
        emit_simd_m(&tc->e, SX_MOVDQU, x, vreg_home(n, 0));
        vc_note(tc, n, 16, true, x);
    }
}

void vld64(struct tcx *tc, int x, int n)
{
    if (fwd_holds(tc, n)) {
        emit_simd(&tc->e, SX_MOVQ, x, XFWD);
    } else if (!vc_read(tc, x, n, 8)) {
        emit_simd_m(&tc->e, SX_MOVQ, x, vreg_home(n, 0));
        vc_note(tc, n, 8, false, x);
    }
}

/* The slow path of an instruction stored Vn in memory; reload xmm15. */
void vfwd_reload(struct tcx *tc, int n)
{
    emit_simd_m(&tc->e, SX_MOVDQU, XFWD, vreg_mem(n, 0));
}

void vfwd_forget(void)
{
    fwd.vreg = -1;
}

void vfwd_mark(struct tcx *tc, int n)
{
    fwd_record(tc, n);
}

void vldq(struct tcx *tc, int x, int n, int q)
{
    if (q)
        vld(tc, x, n);
    else
        vld64(tc, x, n);
}

void vst(struct tcx *tc, int n, int x, int q)
{
    if (!q)
        emit_simd(&tc->e, SX_MOVQ, x, x);
    emit_movdqu_store(&tc->e, vreg_home(n, 0), x);
    vfwd_note(tc, n, x);
    vc_note(tc, n, 16, true, x);
}

void vst_narrow(struct tcx *tc, int rd, int q)
{
    if (q) {
        vld64(tc, 1, rd);
        emit_simd(&tc->e, SX_PUNPCKLQDQ, 1, 0);
        vst(tc, rd, 1, 1);
    } else {
        vst(tc, rd, 0, 0);
    }
}

void vst_scalar(struct tcx *tc, int n, int x, int size)
{
    if (size == 3) {
        emit_simd(&tc->e, SX_MOVQ, x, x);
    } else if (size == 2) {
        emit_simd_i(&tc->e, SX_INSERTPS_I, x, x, 0x0E); /* keep lane 0 only */
    } else {
        int drop = 16 - (1 << size);
        emit_simd_shift(&tc->e, SH_PSLLDQ, x, (uint8_t)drop);
        emit_simd_shift(&tc->e, SH_PSRLDQ, x, (uint8_t)drop);
    }
    emit_movdqu_store(&tc->e, vreg_home(n, 0), x);
    vfwd_note(tc, n, x);
    vc_note(tc, n, 16, true, x);
}

void vmov(struct tcx *tc, int xd, int xs)
{
    if (xd != xs)
        emit_movaps_rr(&tc->e, xd, xs);
}

/* ---- constants ----
 * Constants live in a pool in ferry's memory, found again by value, and
 * are addressed through a scratch register loaded with the absolute
 * address (the code cache may be far from ferry's image, so no RIP-relative
 * operand).  The pool only grows; distinct constants are few. */

#define POOL_SIZE 8192 /* entries, a power of two */

struct pool_entry {
    uint64_t lo, hi;
};
static _Alignas(16) struct pool_entry pool[POOL_SIZE];
static bool pool_used[POOL_SIZE];
static unsigned pool_count;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

static const struct pool_entry *pool_get(uint64_t lo, uint64_t hi)
{
    uint64_t h = (lo * 0x9E3779B97F4A7C15ull) ^ (hi * 0xC2B2AE3D27D4EB4Full);
    unsigned i = (unsigned)(h >> 40) & (POOL_SIZE - 1);
    const struct pool_entry *found = NULL;
    pthread_mutex_lock(&pool_lock);
    for (unsigned probes = 0; probes < POOL_SIZE; probes++, i = (i + 1) & (POOL_SIZE - 1)) {
        if (!pool_used[i]) {
            if (pool_count >= POOL_SIZE * 3 / 4)
                break; /* full enough: the caller builds it in registers */
            pool[i] = (struct pool_entry){ lo, hi };
            pool_used[i] = true;
            pool_count++;
            found = &pool[i];
            break;
        }
        if (pool[i].lo == lo && pool[i].hi == hi) {
            found = &pool[i];
            break;
        }
    }
    pthread_mutex_unlock(&pool_lock);
    return found;
}

void vones(struct tcx *tc, int x)
{
    emit_simd(&tc->e, SX_PCMPEQD, x, x);
}

void vzero(struct tcx *tc, int x)
{
    emit_simd(&tc->e, SX_PXOR, x, x);
}

uint64_t vrep(int size, uint64_t v)
{
    int bits = 8 << size;
    if (bits < 64)
        v &= (1ull << bits) - 1;
    for (int b = bits; b < 64; b *= 2)
        v |= v << b;
    return v;
}

static void build_const(struct tcx *tc, int x, uint64_t lo, uint64_t hi)
{
    int t = gr_tmp(tc);
    emit_mov_ri(&tc->e, t, lo);
    emit_movq_to_xmm(&tc->e, x, t);
    if (hi == lo) {
        emit_simd(&tc->e, SX_PUNPCKLQDQ, x, x);
    } else {
        emit_mov_ri(&tc->e, t, hi);
        emit_pinsr_r(&tc->e, 8, x, t, 1);
    }
    gr_free(tc, t);
}

void vconst(struct tcx *tc, int x, uint64_t lo, uint64_t hi)
{
    if (lo == 0 && hi == 0) {
        vzero(tc, x);
        return;
    }
    if (lo == ~0ull && hi == ~0ull) {
        vones(tc, x);
        return;
    }
    const struct pool_entry *p = pool_get(lo, hi);
    if (!p) {
        build_const(tc, x, lo, hi);
        return;
    }
    int t = gr_tmp(tc);
    emit_mov_ri(&tc->e, t, (uint64_t)(uintptr_t)p);
    emit_simd_m(&tc->e, SX_MOVDQA, x, mem_bd(t, 0));
    gr_free(tc, t);
}

void vconst_op(struct tcx *tc, uint32_t op, int x, uint64_t lo, uint64_t hi)
{
    const struct pool_entry *p = pool_get(lo, hi);
    if (!p) {
        build_const(tc, XCONST_FALLBACK, lo, hi);
        emit_simd(&tc->e, op, x, XCONST_FALLBACK);
        return;
    }
    int t = gr_tmp(tc);
    emit_mov_ri(&tc->e, t, (uint64_t)(uintptr_t)p);
    emit_simd_m(&tc->e, op, x, mem_bd(t, 0));
    gr_free(tc, t);
}

/* ---- element operations ---- */

void vshl_imm(struct tcx *tc, int size, int x, int n, int xt)
{
    static const enum simd_shift shl[4] = { 0, SH_PSLLW, SH_PSLLD, SH_PSLLQ };
    (void)xt;
    if (n == 0)
        return;
    if (n >= (8 << size)) {
        vzero(tc, x);
    } else if (size > 0) {
        emit_simd_shift(&tc->e, shl[size], x, (uint8_t)n);
    } else if (n == 1) {
        emit_simd(&tc->e, SX_PADDB, x, x);
    } else {
        /* Shift words; bits that crossed into the next byte are masked. */
        emit_simd_shift(&tc->e, SH_PSLLW, x, (uint8_t)n);
        uint64_t m = vrep(0, 0xFFu << n);
        vconst_op(tc, SX_PAND, x, m, m);
    }
}

void vshr_imm(struct tcx *tc, int size, bool sign, int x, int n, int xt)
{
    static const enum simd_shift srl[4] = { 0, SH_PSRLW, SH_PSRLD, SH_PSRLQ };
    static const enum simd_shift sra[4] = { 0, SH_PSRAW, SH_PSRAD, 0 };
    int width = 8 << size;
    if (n == 0)
        return;
    if (!sign) {
        if (n >= width) {
            vzero(tc, x);
        } else if (size > 0) {
            emit_simd_shift(&tc->e, srl[size], x, (uint8_t)n);
        } else {
            emit_simd_shift(&tc->e, SH_PSRLW, x, (uint8_t)n);
            uint64_t m = vrep(0, 0xFFu >> n);
            vconst_op(tc, SX_PAND, x, m, m);
        }
        return;
    }
    if (n >= width)
        n = width - 1; /* every bit becomes the sign */
    if (size == 1 || size == 2) {
        emit_simd_shift(&tc->e, sra[size], x, (uint8_t)n);
    } else if (size == 0) {
        /* Bytes to the high halves of words, shift those, pack back. */
        vmov(tc, xt, x);
        emit_simd(&tc->e, SX_PUNPCKLBW, xt, xt);
        emit_simd(&tc->e, SX_PUNPCKHBW, x, x);
        emit_simd_shift(&tc->e, SH_PSRAW, xt, (uint8_t)(8 + n));
        emit_simd_shift(&tc->e, SH_PSRAW, x, (uint8_t)(8 + n));
        emit_simd(&tc->e, SX_PACKSSWB, xt, x);
        vmov(tc, x, xt);
    } else {
        /* (x >>> n) | (sign mask << (64 - n)) */
        vzero(tc, xt);
        emit_simd(&tc->e, SX_PCMPGTQ, xt, x);
        emit_simd_shift(&tc->e, SH_PSRLQ, x, (uint8_t)n);
        emit_simd_shift(&tc->e, SH_PSLLQ, xt, (uint8_t)(64 - n));
        emit_simd(&tc->e, SX_POR, x, xt);
    }
}

void vnarrow(struct tcx *tc, int size, int x)
{
    if (size == 2) {
        emit_simd_i(&tc->e, SX_PSHUFD_I, x, x, 0x08);
    } else if (size == 1) {
        vconst_op(tc, SX_PSHUFB, x, 0x0D0C090805040100ull, ~0ull);
    } else {
        vconst_op(tc, SX_PSHUFB, x, 0x0E0C0A0806040200ull, ~0ull);
    }
}

void vextend(struct tcx *tc, int size, bool sign, bool hi, int xd, int xs)
{
    static const uint32_t sx[3] = { SX_PMOVSXBW, SX_PMOVSXWD, SX_PMOVSXDQ };
    static const uint32_t zx[3] = { SX_PMOVZXBW, SX_PMOVZXWD, SX_PMOVZXDQ };
    if (hi) {
        emit_simd_i(&tc->e, SX_PSHUFD_I, xd, xs, 0xEE);
        xs = xd;
    }
    emit_simd(&tc->e, (sign ? sx : zx)[size], xd, xs);
}

void vunzip(struct tcx *tc, int size, int xa, int xb, int xt)
{
    if (size == 3) {
        vmov(tc, xt, xa);
        emit_simd(&tc->e, SX_PUNPCKLQDQ, xa, xb);
        emit_simd(&tc->e, SX_PUNPCKHQDQ, xt, xb);
    } else if (size == 2) {
        vmov(tc, xt, xa);
        emit_simd_i(&tc->e, SX_SHUFPS_I, xa, xb, 0x88);
        emit_simd_i(&tc->e, SX_SHUFPS_I, xt, xb, 0xDD);
    } else {
        /* Each register to (evens | odds), then combine the halves. */
        if (size == 1)
            vconst(tc, xt, 0x0D0C090805040100ull, 0x0F0E0B0A07060302ull);
        else
            vconst(tc, xt, 0x0E0C0A0806040200ull, 0x0F0D0B0907050301ull);
        emit_simd(&tc->e, SX_PSHUFB, xa, xt);
        emit_simd(&tc->e, SX_PSHUFB, xb, xt);
        vmov(tc, xt, xa);
        emit_simd(&tc->e, SX_PUNPCKLQDQ, xa, xb);
        emit_simd(&tc->e, SX_PUNPCKHQDQ, xt, xb);
    }
    vmov(tc, xb, xt);
}

static void vnot(struct tcx *tc, int x, int xt)
{
    vones(tc, xt);
    emit_simd(&tc->e, SX_PXOR, x, xt);
}

void vcmp(struct tcx *tc, enum vcmp c, int size, int xa, int xb, int xt)
{
    switch (c) {
    case VC_EQ:
        emit_simd(&tc->e, vop_cmpeq[size], xa, xb);
        break;
    case VC_GT:
        emit_simd(&tc->e, vop_cmpgt[size], xa, xb);
        break;
    case VC_GE:
    case VC_HS:
        if (size < 3) {
            /* a >= b  <=>  max(a, b) == a */
            vmov(tc, xt, xa);
            emit_simd(&tc->e, (c == VC_GE ? vop_maxs : vop_maxu)[size], xt, xb);
            emit_simd(&tc->e, vop_cmpeq[size], xa, xt);
        } else {
            /* a >= b  <=>  !(b > a) */
            if (c == VC_HS) {
                vconst_rep(tc, xt, 3, 1ull << 63);
                emit_simd(&tc->e, SX_PXOR, xa, xt);
                emit_simd(&tc->e, SX_PXOR, xb, xt);
            }
            emit_simd(&tc->e, SX_PCMPGTQ, xb, xa);
            vnot(tc, xb, xt);
            vmov(tc, xa, xb);
        }
        break;
    case VC_HI:
        /* Unsigned order is signed order with the sign bits flipped. */
        vconst_rep(tc, xt, size, 1ull << ((8 << size) - 1));
        emit_simd(&tc->e, SX_PXOR, xa, xt);
        emit_simd(&tc->e, SX_PXOR, xb, xt);
        emit_simd(&tc->e, vop_cmpgt[size], xa, xb);
        break;
    }
}

void vminmax64(struct tcx *tc, bool is_max, bool sign, int xa, int xb, int xt)
{
    /* mask = a > b (flipping sign bits first for unsigned), then select. */
    int xm = 14; /* free in the callers */
    vmov(tc, xm, xa);
    if (!sign) {
        vconst_rep(tc, xt, 3, 1ull << 63);
        emit_simd(&tc->e, SX_PXOR, xm, xt);
        emit_simd(&tc->e, SX_PXOR, xt, xb);
        emit_simd(&tc->e, SX_PCMPGTQ, xm, xt);
    } else {
        emit_simd(&tc->e, SX_PCMPGTQ, xm, xb);
    }
    /* max: a where a > b; min: b there */
    if (!is_max) {
        vmov(tc, xt, xa);
        vmov(tc, xa, xb);
        vmov(tc, xb, xt);
    }
    emit_simd(&tc->e, SX_PAND, xa, xm);
    emit_simd(&tc->e, SX_PANDN, xm, xb);
    emit_simd(&tc->e, SX_POR, xa, xm);
}

void vminmax(struct tcx *tc, bool is_max, bool sign, int size, int xa, int xb, int xt)
{
    if (size == 3) {
        vminmax64(tc, is_max, sign, xa, xb, xt);
        return;
    }
    const uint32_t *ops = is_max ? (sign ? vop_maxs : vop_maxu) : (sign ? vop_mins : vop_minu);
    emit_simd(&tc->e, ops[size], xa, xb);
}

void vmul8(struct tcx *tc, int xa, int xb, int xt)
{
    /* Even bytes: the low byte of the word product.  Odd bytes: product
     * of the high bytes, shifted back up. */
    vmov(tc, xt, xa);
    emit_simd(&tc->e, SX_PMULLW, xt, xb);
    uint64_t lowbytes = vrep(1, 0x00FF);
    vconst_op(tc, SX_PAND, xt, lowbytes, lowbytes);
    emit_simd_shift(&tc->e, SH_PSRLW, xa, 8);
    emit_simd_shift(&tc->e, SH_PSRLW, xb, 8);
    emit_simd(&tc->e, SX_PMULLW, xa, xb);
    emit_simd_shift(&tc->e, SH_PSLLW, xa, 8);
    emit_simd(&tc->e, SX_POR, xa, xt);
}

void vmul(struct tcx *tc, int size, int xa, int xb, int xt)
{
    if (size == 0)
        vmul8(tc, xa, xb, xt);
    else if (size == 1)
        emit_simd(&tc->e, SX_PMULLW, xa, xb);
    else if (size == 2)
        emit_simd(&tc->e, SX_PMULLD, xa, xb);
    else
        ferry_fatal(70, "internal error: 64-bit vector multiply at 0x%llx",
                    (unsigned long long)tc->pc);
}

void vset_qc(struct tcx *tc, int x_eq, int xt)
{
    struct emitter *e = &tc->e;
    /* count the bytes not in equal lanes (psadbw of the complement), turn
     * "non-zero" into bit 27 with an add and shifts, OR it into FPSR: all
     * in SSE, so EFLAGS stay untouched */
    vones(tc, xt);
    emit_simd(e, SX_PXOR, x_eq, xt);
    vzero(tc, xt);
    emit_simd(e, SX_PSADBW, x_eq, xt);
    emit_simd_i(e, SX_PSHUFD_I, xt, x_eq, 0xEE);
    emit_simd(e, SX_PADDQ, x_eq, xt);
    vconst_op(tc, SX_PADDQ, x_eq, 4095, 0); /* sum <= 16 * 255 < 4096 */
    emit_simd_shift(e, SH_PSRLQ, x_eq, 12);
    emit_simd_shift(e, SH_PSLLQ, x_eq, 27);
    emit_simd_m(e, SX_MOVQ, xt, mem_bd(HR_CPU, CPU_OFF_FPSR));
    emit_simd(e, SX_POR, xt, x_eq);
    emit_movsd_store(e, mem_bd(HR_CPU, CPU_OFF_FPSR), xt);
}
