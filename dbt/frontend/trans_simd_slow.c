/* The C fallback for rare AdvSIMD instructions: saturating and rounding
 * shifts, saturating arithmetic on 32/64-bit elements and scalars, the
 * doubling multiplies (SQDMULH, SQDMLAL, ...), polynomial multiplies,
 * CLS/CLZ of wide elements; floating point is in trans_simd_slow_fp.c.
 *
 * Translated code stores the instruction word in cpu->scratch[0] and
 * calls simd_interp() with the guest state in memory.  Compilers rarely
 * emit these (mostly from intrinsics), so an element loop in C is the
 * simple, exact choice.  Saturation sets FPSR.QC.
 *
 * interp() both checks support (on a scratch state, at translation time)
 * and executes, so the two can never disagree. */
#include "dbt/frontend/trans_simd.h"

#include <math.h>
#include <xmmintrin.h>
#include <string.h>

#define FPSR_QC (1u << 27)

typedef __int128 i128;

struct vreg {
    uint8_t b[16];
};

static uint64_t get(const struct vreg *v, int size, int i)
{
    uint64_t x = 0;
    memcpy(&x, v->b + (i << size), (size_t)1 << size);
    return x;
}

static int64_t sget(const struct vreg *v, int size, int i)
{
    return sext(get(v, size, i), 8 << size);
}

static void set(struct vreg *v, int size, int i, uint64_t x)
{
    memcpy(v->b + (i << size), &x, (size_t)1 << size);
}

static struct vreg vget(const struct cpu_state *cpu, int n)
{
    struct vreg r;
    memcpy(r.b, cpu->v[n], 16);
    return r;
}

static void vput(struct cpu_state *cpu, int n, const struct vreg *r, int bytes)
{
    memset(cpu->v[n], 0, 16);
    memcpy(cpu->v[n], r->b, (size_t)bytes);
}

static int64_t smax_of(int size) { return (int64_t)((1ull << ((8 << size) - 1)) - 1); }
static int64_t smin_of(int size) { return -smax_of(size) - 1; }
static uint64_t umax_of(int size) { return size == 3 ? ~0ull : (1ull << (8 << size)) - 1; }

static uint64_t sat_s(struct cpu_state *cpu, i128 x, int size)
{
    if (x > smax_of(size)) {
        cpu->fpsr |= FPSR_QC;
        x = smax_of(size);
    } else if (x < smin_of(size)) {
        cpu->fpsr |= FPSR_QC;
        x = smin_of(size);
    }
    return (uint64_t)x & umax_of(size);
}

static uint64_t sat_u(struct cpu_state *cpu, i128 x, int size)
{
    if (x < 0) {
        cpu->fpsr |= FPSR_QC;
        return 0;
    }
    if (x > (i128)umax_of(size)) {
        cpu->fpsr |= FPSR_QC;
        return umax_of(size);
    }
    return (uint64_t)x;
}

static uint64_t sat(struct cpu_state *cpu, i128 x, int size, bool uns)
{
    return uns ? sat_u(cpu, x, size) : sat_s(cpu, x, size);
}

/* x shifted by sh (negative: right, arithmetic), optionally rounding;
 * x is a 64-bit value (signed or unsigned) of an element of `size`.
 * Large left shifts of non-zero values give a value out of any range. */
static i128 shift_val(i128 x, int sh, bool round, int size)
{
    if (sh >= 0) {
        if (sh >= (8 << size))
            return x == 0 ? 0 : x > 0 ? (i128)1 << 100 : -((i128)1 << 100);
        return x * ((i128)1 << sh);
    }
    int n = -sh > 65 ? 65 : -sh;
    if (round)
        x += (i128)1 << (n - 1);
    return x >> n;
}

static uint64_t elem_in(const struct vreg *v, int size, int i, bool uns)
{
    return uns ? get(v, size, i) : (uint64_t)sget(v, size, i);
}

static i128 as_i128(uint64_t x, bool uns)
{
    return uns ? (i128)x : (i128)(int64_t)x;
}

static uint64_t pmul(uint64_t a, uint64_t b, int bits)
{
    uint64_t r = 0;
    for (int i = 0; i < bits; i++)
        if (b >> i & 1)
            r ^= a << i;
    return r;
}

static int clz_n(uint64_t x, int bits)
{
    int n = 0;
    for (int i = bits - 1; i >= 0 && !(x >> i & 1); i--)
        n++;
    return n;
}

/* ---- integer element operations shared by vector and scalar forms ---- */

/* Three same, integer: the opcodes the SSE paths do not take. */
static bool op_3same(struct cpu_state *cpu, int opcode, bool uns, int size, uint64_t a,
                     uint64_t b, uint64_t acc, uint64_t *out)
{
    i128 x = as_i128(a, uns), y = as_i128(b, uns);
    int sh = (int8_t)(b & 0xFF);
    uint64_t mask = umax_of(size);
    switch (opcode) {
    case 0x00: *out = (uint64_t)((x + y) >> 1) & mask; return size < 3;
    case 0x02: *out = (uint64_t)((x + y + 1) >> 1) & mask; return size < 3;
    case 0x04: *out = (uint64_t)((x - y) >> 1) & mask; return size < 3;
    case 0x01: *out = sat(cpu, x + y, size, uns); return true;
    case 0x05: *out = sat(cpu, x - y, size, uns); return true;
    case 0x08: *out = (uint64_t)shift_val(x, sh, false, size) & mask; return true;
    case 0x09: *out = sat(cpu, shift_val(x, sh, false, size), size, uns); return true;
    case 0x0A: *out = (uint64_t)shift_val(x, sh, true, size) & mask; return true;
    case 0x0B: *out = sat(cpu, shift_val(x, sh, true, size), size, uns); return true;
    case 0x06: *out = (uns ? a > b : (int64_t)a > (int64_t)b) ? mask : 0; return true;
    case 0x07: *out = (uns ? a >= b : (int64_t)a >= (int64_t)b) ? mask : 0; return true;
    case 0x0C: *out = (uns ? a > b : (int64_t)a > (int64_t)b) ? a & mask : b & mask; return size < 3;
    case 0x0D: *out = (uns ? a < b : (int64_t)a < (int64_t)b) ? a & mask : b & mask; return size < 3;
    case 0x0E: case 0x0F: {
        i128 d = x > y ? x - y : y - x;
        *out = (uint64_t)(d + (opcode == 0x0F ? (i128)acc : 0)) & mask;
        return size < 3;
    }
    case 0x10: *out = (uns ? a - b : a + b) & mask; return true;
    case 0x11: *out = uns ? (a == b ? mask : 0) : ((a & b) ? mask : 0); return true;
    case 0x12: *out = (uns ? acc - a * b : acc + a * b) & mask; return size < 3;
    case 0x13:
        if (uns)
            *out = pmul(a, b, 8) & 0xFF;
        else
            *out = (a * b) & mask;
        return uns ? size == 0 : size < 3;
    case 0x16: { /* SQDMULH, SQRDMULH */
        if (size != 1 && size != 2)
            return false;
        i128 p = 2 * (i128)(int64_t)a * (int64_t)b;
        if (uns)
            p += (i128)1 << ((8 << size) - 1);
        *out = sat_s(cpu, p >> (8 << size), size);
        return true;
    }
    default:
        return false;
    }
}

static bool vec_3same(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 15, 11);
    bool uns = v.u;
    if (opcode >= 0x18 || opcode == 0x03 || (!scalar && v.size == 3 && !v.q))
        return false;
    if (scalar) {
        /* scalar encodings: saturating ops, shifts, D-only arithmetic */
        bool ok = opcode == 0x01 || opcode == 0x05 || opcode == 0x09 || opcode == 0x0B ||
                  ((opcode == 0x08 || opcode == 0x0A || opcode == 0x06 || opcode == 0x07 ||
                    opcode == 0x10 || opcode == 0x11) && v.size == 3) ||
                  (opcode == 0x16 && (v.size == 1 || v.size == 2));
        if (!ok)
            return false;
    }
    struct vreg n = vget(cpu, v.rn), m = vget(cpu, v.rm), d = vget(cpu, v.rd), r = { { 0 } };
    int lanes = scalar ? 1 : (8 << v.q) >> v.size;
    /* SQDMULH/SQRDMULH are signed (U selects rounding); elsewhere U
     * selects unsigned, or is a different operation on raw bits. */
    bool ext_uns = uns && opcode != 0x16;
    for (int i = 0; i < lanes; i++) {
        uint64_t out;
        uint64_t a = elem_in(&n, v.size, i, ext_uns), b = elem_in(&m, v.size, i, ext_uns);
        if (!op_3same(cpu, opcode, uns, v.size, a, b, get(&d, v.size, i), &out))
            return false;
        set(&r, v.size, i, out);
    }
    vput(cpu, v.rd, &r, scalar ? 1 << v.size : 8 << v.q);
    return true;
}

/* Two-register misc, integer part. */
static bool vec_2misc(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 16, 12);
    struct vreg n = vget(cpu, v.rn), d = vget(cpu, v.rd), r = { { 0 } };
    int lanes = scalar ? 1 : (8 << v.q) >> v.size;
    int uop = v.u << 5 | opcode;
    if (uop == 0x12 || uop == 0x14 || uop == 0x32 || uop == 0x34) {
        /* XTN, SQXTN, SQXTUN, UQXTN: size is the narrow size */
        if (v.size == 3 || (scalar && uop == 0x12))
            return false;
        int nl = scalar ? 1 : 64 >> (3 + v.size);
        int base = scalar ? 0 : (v.q ? nl : 0);
        if (!scalar && v.q)
            r = d;
        for (int i = 0; i < nl; i++) {
            uint64_t x = get(&n, v.size + 1, i);
            uint64_t out;
            if (uop == 0x12)
                out = x & umax_of(v.size);
            else if (uop == 0x14)
                out = sat_s(cpu, sext(x, 16 << v.size), v.size);
            else if (uop == 0x32)
                out = sat_u(cpu, sext(x, 16 << v.size), v.size);
            else
                out = sat_u(cpu, (i128)x, v.size);
            set(&r, v.size, base + i, out);
        }
        vput(cpu, v.rd, &r, scalar ? 1 << v.size : 16);
        if (!scalar && !v.q)
            memset(cpu->v[v.rd] + 8, 0, 8);
        return true;
    }
    if (!scalar && v.size == 3 && !v.q)
        return false;
    if (scalar && uop != 0x03 && uop != 0x23 && uop != 0x07 && uop != 0x27)
        return false;
    for (int i = 0; i < lanes; i++) {
        uint64_t x = get(&n, v.size, i);
        int64_t sx = sget(&n, v.size, i);
        uint64_t out;
        switch (uop) {
        case 0x03: /* SUQADD: signed acc + unsigned n */
            out = sat_s(cpu, (i128)sget(&d, v.size, i) + (i128)x, v.size);
            break;
        case 0x23: /* USQADD: unsigned acc + signed n */
            out = sat_u(cpu, (i128)get(&d, v.size, i) + (i128)sx, v.size);
            break;
        case 0x07: out = sat_s(cpu, sx < 0 ? -(i128)sx : sx, v.size); break; /* SQABS */
        case 0x27: out = sat_s(cpu, -(i128)sx, v.size); break;                /* SQNEG */
        case 0x04: /* CLS */
            if (v.size == 3)
                return false;
            out = (uint64_t)clz_n((uint64_t)(sx ^ (sx >> 63)) & umax_of(v.size), 8 << v.size) - 1;
            break;
        case 0x24: /* CLZ */
            if (v.size == 3)
                return false;
            out = (uint64_t)clz_n(x, 8 << v.size);
            break;
        default:
            return false;
        }
        set(&r, v.size, i, out);
    }
    vput(cpu, v.rd, &r, scalar ? 1 << v.size : 8 << v.q);
    return true;
}

/* Shifts by immediate: saturating shifts and narrows. */
static bool vec_shift(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    int immh = (int)bits(insn, 22, 19), opcode = (int)bits(insn, 15, 11);
    if (!immh)
        return false;
    int size = 31 - __builtin_clz((unsigned)immh), esize = 8 << size;
    int immhb = (int)bits(insn, 22, 16);
    struct vreg n = vget(cpu, v.rn), d = vget(cpu, v.rd), r = { { 0 } };
    if (opcode >= 0x10 && opcode <= 0x13) {
        /* [SU]Q[R]SHR[U]N: narrow to `size` from size + 1 */
        if (size == 3)
            return false;
        int sh = 2 * esize - immhb;
        bool round = opcode & 1, to_uns = v.u && opcode >= 0x12;
        bool src_uns = v.u && opcode >= 0x12;
        if (!v.u && opcode < 0x12)
            return false; /* SHRN/RSHRN: SSE paths */
        if (v.u && opcode < 0x12)
            to_uns = true, src_uns = false; /* SQSHRUN, SQRSHRUN */
        int nl = scalar ? 1 : 64 >> (3 + size);
        int base = scalar ? 0 : (v.q ? nl : 0);
        if (!scalar && v.q)
            r = d;
        for (int i = 0; i < nl; i++) {
            i128 x = as_i128(elem_in(&n, size + 1, i, src_uns), src_uns);
            set(&r, size, base + i, sat(cpu, shift_val(x, -sh, round, size + 1), size, to_uns));
        }
        vput(cpu, v.rd, &r, scalar ? 1 << size : 16);
        if (!scalar && !v.q)
            memset(cpu->v[v.rd] + 8, 0, 8);
        return true;
    }
    if (opcode != 0x0C && opcode != 0x0E)
        return false;
    if (opcode == 0x0C && !v.u)
        return false;
    if (!scalar && size == 3 && !v.q)
        return false;
    int sh = immhb - esize;
    int lanes = scalar ? 1 : (8 << v.q) >> size;
    for (int i = 0; i < lanes; i++) {
        /* SQSHLU: signed in, unsigned out; [SU]QSHL: same signedness */
        bool in_uns = opcode == 0x0E && v.u, out_uns = v.u;
        i128 x = as_i128(elem_in(&n, size, i, in_uns), in_uns);
        set(&r, size, i, sat(cpu, shift_val(x, sh, false, size), size, out_uns));
    }
    vput(cpu, v.rd, &r, scalar ? 1 << size : 8 << v.q);
    return true;
}

/* Doubling multiplies of the three-different and by-element groups:
 * SQDMLAL (opc 1), SQDMLSL (3), SQDMULL (5). */
static uint64_t sqdml(struct cpu_state *cpu, int kind, int size, int64_t a, int64_t b,
                      uint64_t acc)
{
    uint64_t p = sat_s(cpu, 2 * (i128)a * b, size + 1);
    i128 ps = sext(p, 16 << size);
    i128 accs = sext(acc, 16 << size);
    if (kind == 1)
        return sat_s(cpu, accs + ps, size + 1);
    if (kind == 3)
        return sat_s(cpu, accs - ps, size + 1);
    return p;
}

static bool vec_3diff(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 15, 12);
    struct vreg n = vget(cpu, v.rn), m = vget(cpu, v.rm), d = vget(cpu, v.rd), r = { { 0 } };
    if (opcode == 0xE && !v.u && !scalar) { /* PMULL, PMULL2 */
        if (v.size == 0) {
            for (int i = 0; i < 8; i++)
                set(&r, 1, i, pmul(get(&n, 0, i + 8 * v.q), get(&m, 0, i + 8 * v.q), 8));
        } else if (v.size == 3) { /* 1Q: FEAT_PMULL, UNDEFINED until advertised (decode.c) */
            uint64_t a = get(&n, 3, v.q), b = get(&m, 3, v.q), lo = 0, hi = 0;
            for (int i = 0; i < 64; i++)
                if (b >> i & 1) {
                    lo ^= a << i;
                    hi ^= i ? a >> (64 - i) : 0;
                }
            set(&r, 3, 0, lo);
            set(&r, 3, 1, hi);
        } else {
            return false;
        }
        vput(cpu, v.rd, &r, 16);
        return true;
    }
    if ((opcode != 0x9 && opcode != 0xB && opcode != 0xD) || v.u)
        return false;
    if (v.size != 1 && v.size != 2)
        return false;
    int kind = opcode == 0x9 ? 1 : opcode == 0xB ? 3 : 5;
    int lanes = scalar ? 1 : 64 >> (3 + v.size);
    int base = scalar ? 0 : v.q * lanes;
    for (int i = 0; i < lanes; i++)
        set(&r, v.size + 1, i,
            sqdml(cpu, kind, v.size, sget(&n, v.size, base + i), sget(&m, v.size, base + i),
                  get(&d, v.size + 1, i)));
    vput(cpu, v.rd, &r, scalar ? 2 << v.size : 16);
    return true;
}

/* By element: SQDMULH, SQRDMULH, SQDMLAL, SQDMLSL, SQDMULL. */
static bool vec_elem(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 15, 12);
    int h = (int)bits(insn, 11, 11), l = (int)bits(insn, 21, 21), mb = (int)bits(insn, 20, 20);
    int rm = (int)bits(insn, 19, 16), index;
    if (v.u || (v.size != 1 && v.size != 2))
        return false;
    if (v.size == 1) {
        index = h << 2 | l << 1 | mb;
    } else {
        index = h << 1 | l;
        rm |= mb << 4;
    }
    struct vreg n = vget(cpu, v.rn), m = vget(cpu, rm), d = vget(cpu, v.rd), r = { { 0 } };
    int64_t e = sget(&m, v.size, index);
    if (opcode == 0xC || opcode == 0xD) {
        int lanes = scalar ? 1 : (8 << v.q) >> v.size;
        for (int i = 0; i < lanes; i++) {
            uint64_t out;
            op_3same(cpu, 0x16, opcode == 0xD, v.size, (uint64_t)sget(&n, v.size, i),
                     (uint64_t)e, 0, &out);
            set(&r, v.size, i, out);
        }
        vput(cpu, v.rd, &r, scalar ? 1 << v.size : 8 << v.q);
        return true;
    }
    if (opcode != 0x3 && opcode != 0x7 && opcode != 0xB)
        return false;
    int kind = opcode == 0x3 ? 1 : opcode == 0x7 ? 3 : 5;
    int lanes = scalar ? 1 : 64 >> (3 + v.size);
    int base = scalar ? 0 : v.q * lanes;
    for (int i = 0; i < lanes; i++)
        set(&r, v.size + 1, i,
            sqdml(cpu, kind, v.size, sget(&n, v.size, base + i), e, get(&d, v.size + 1, i)));
    vput(cpu, v.rd, &r, scalar ? 2 << v.size : 16);
    return true;
}

static bool interp(struct cpu_state *cpu, uint32_t insn)
{
    bool scalar = bits(insn, 28, 28);
    if (simd_interp_fp(cpu, insn))
        return true;
    if ((insn & 0x9F200400) == 0x0E200400 || (insn & 0xDF200400) == 0x5E200400) {
        if (bits(insn, 15, 14) == 3)
            return false;
        return vec_3same(cpu, insn, scalar);
    }
    if ((insn & 0x9F3E0C00) == 0x0E200800 || (insn & 0xDF3E0C00) == 0x5E200800) {
        int opcode = (int)bits(insn, 16, 12);
        if ((opcode >= 0x0C && opcode <= 0x0F) || opcode >= 0x16)
            return false; /* floating point: simd_interp_fp */
        return vec_2misc(cpu, insn, scalar);
    }
    if ((insn & 0x9F800400) == 0x0F000400 || (insn & 0xDF800400) == 0x5F000400)
        return vec_shift(cpu, insn, scalar);
    if ((insn & 0x9F200C00) == 0x0E200000 || (insn & 0xDF200C00) == 0x5E200000)
        return vec_3diff(cpu, insn, scalar);
    if ((insn & 0x9F000400) == 0x0F000000 || (insn & 0xDF000400) == 0x5F000000)
        return vec_elem(cpu, insn, scalar);
    return false;
}

bool simd_slow_supports(uint32_t insn)
{
    /* A dry run on a scratch state.  Its host FP operations may raise
     * exception flags in MXCSR, which holds the guest's FPSR flags: keep
     * them as they were. */
    struct cpu_state scratch;
    memset(&scratch, 0, sizeof scratch);
    unsigned csr = _mm_getcsr();
    bool ok = interp(&scratch, insn);
    _mm_setcsr(csr);
    return ok;
}

static void simd_interp(struct cpu_state *cpu)
{
    interp(cpu, (uint32_t)cpu->scratch[0]);
}

void simd_slow(struct tcx *tc, uint32_t insn)
{
    emit_store_imm32(&tc->e, 1, mem_bd(HR_CPU, CPU_OFF_SCRATCH(0)), (int32_t)insn);
    tc_call_helper(tc, simd_interp);
}

bool simd_slow_try(struct tcx *tc, uint32_t insn)
{
    if (!simd_slow_supports(insn))
        return false;
    simd_slow(tc, insn);
    return true;
}
