/* The exact C path of the AdvSIMD floating-point arithmetic: AArch64 NaN
 * rules (FPProcessNaNs: signalling NaNs first, then operand order, quiet
 * the result, Invalid for a signalling NaN, FPCR.DN), and the special
 * cases that x86 does not share (FMULX, FRECPS/FRSQRTS with 0 * inf,
 * FMAXNM with quiet NaNs), and FCVTL/FCVTN with half precision under
 * FPCR.AHP (trans_fp_half.c).
 *
 * The SSE paths in trans_simd_fp.c branch here when an element is a NaN
 * (an input, or a result made from numbers), so this runs only for the
 * rare instructions that meet NaNs.  The numbers themselves are computed
 * with host floating point: MXCSR holds the guest's rounding mode and
 * flush-to-zero, and collects the exception flags that FPSR reports. */
#include "dbt/frontend/trans_simd.h"

#include "dbt/frontend/trans_fp.h"
#include "dbt/frontend/trans_fp_half.h"
#include "dbt/runtime/fp_env.h"

#include <immintrin.h>
#include <math.h>
#include <string.h>

struct fv {
    uint8_t b[16];
};

static uint64_t el(const struct fv *v, bool dbl, int i)
{
    uint64_t x = 0;
    memcpy(&x, v->b + (dbl ? 8 : 4) * i, dbl ? 8 : 4);
    return x;
}

static void el_set(struct fv *v, bool dbl, int i, uint64_t x)
{
    memcpy(v->b + (dbl ? 8 : 4) * i, &x, dbl ? 8 : 4);
}

static uint64_t sign_bit(bool dbl) { return dbl ? 1ull << 63 : 1ull << 31; }
static uint64_t quiet_bit(bool dbl) { return dbl ? 1ull << 51 : 1ull << 22; }
static uint64_t exp_mask(bool dbl) { return dbl ? 0x7FF0000000000000ull : 0x7F800000ull; }
static uint64_t frac_mask(bool dbl) { return dbl ? (1ull << 52) - 1 : (1ull << 23) - 1; }
static uint64_t default_nan(bool dbl) { return exp_mask(dbl) | quiet_bit(dbl); }

static bool is_nan(uint64_t x, bool dbl)
{
    return (x & exp_mask(dbl)) == exp_mask(dbl) && (x & frac_mask(dbl));
}
static bool is_snan(uint64_t x, bool dbl) { return is_nan(x, dbl) && !(x & quiet_bit(dbl)); }
static bool is_qnan(uint64_t x, bool dbl) { return is_nan(x, dbl) && (x & quiet_bit(dbl)); }
static bool is_inf(uint64_t x, bool dbl) { return (x & ~sign_bit(dbl)) == exp_mask(dbl); }
static bool is_zero(uint64_t x, bool dbl) { return !(x & ~sign_bit(dbl)); }

/* FPCR.FZ: a denormal operand is read as a zero of its sign (FPUnpack).
 * The host arithmetic does the same (MXCSR.DAZ), but the rules below look
 * at the bits (0 * inf, max/min returning an operand). */
static uint64_t flush_in(struct cpu_state *cpu, uint64_t x, bool dbl)
{
    if ((cpu->fpcr & FPCR_FZ) && !(x & exp_mask(dbl)) && (x & frac_mask(dbl))) {
        cpu->fpsr |= FPSR_IDC;
        return x & sign_bit(dbl);
    }
    return x;
}

/* FPProcessNaNs over `n` operands: true (and *out) if any is a NaN. */
static bool process_nans(struct cpu_state *cpu, bool dbl, int n, const uint64_t *ops, uint64_t *out)
{
    int pick = -1;
    for (int i = 0; i < n && pick < 0; i++)
        if (is_snan(ops[i], dbl))
            pick = i;
    if (pick >= 0)
        cpu->fpsr |= FPSR_IOC;
    for (int i = 0; i < n && pick < 0; i++)
        if (is_nan(ops[i], dbl))
            pick = i;
    if (pick < 0)
        return false;
    *out = (cpu->fpcr & FPCR_DN) ? default_nan(dbl) : ops[pick] | quiet_bit(dbl);
    return true;
}

/* Host arithmetic on the bit patterns. */
union f32 { float f; uint32_t u; };
union f64 { double d; uint64_t u; };

static double as_d(uint64_t x) { union f64 v = { .u = x }; return v.d; }
static float as_f(uint64_t x) { union f32 v = { .u = (uint32_t)x }; return v.f; }
static uint64_t of_d(double d) { union f64 v = { .d = d }; return v.u; }
static uint64_t of_f(float f) { union f32 v = { .f = f }; return v.u; }

/* Fused multiply-add and square root straight from the host instructions
 * (ferry does not link libm; ferry checks for FMA3 at start-up). */
__attribute__((target("fma"))) static double fma_d(double a, double b, double c)
{
    return _mm_cvtsd_f64(_mm_fmadd_sd(_mm_set_sd(a), _mm_set_sd(b), _mm_set_sd(c)));
}
__attribute__((target("fma"))) static float fma_f(float a, float b, float c)
{
    return _mm_cvtss_f32(_mm_fmadd_ss(_mm_set_ss(a), _mm_set_ss(b), _mm_set_ss(c)));
}
static double sqrt_d(double a) { return _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(a))); }
static float sqrt_f(float a) { return _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(a))); }

enum fop {
    FO_ADD, FO_SUB, FO_MUL, FO_DIV, FO_ABD, FO_MULX, FO_MAX, FO_MIN, FO_MAXNM, FO_MINNM,
    FO_RECPS, FO_RSQRTS,
};

/* A NaN made from numbers is the default NaN (x86's has the sign set). */
static uint64_t made(uint64_t r, bool dbl)
{
    return is_nan(r, dbl) ? default_nan(dbl) : r;
}

static uint64_t fmax_min(uint64_t a, uint64_t b, bool dbl, bool is_max)
{
    if (is_zero(a, dbl) && is_zero(b, dbl))
        return is_max ? (a & b) : (a | b);
    bool a_gt = dbl ? as_d(a) > as_d(b) : as_f(a) > as_f(b);
    return (a_gt == is_max) ? a : b;
}

static uint64_t fop2(struct cpu_state *cpu, enum fop op, bool dbl, uint64_t a, uint64_t b)
{
    uint64_t r;
    a = flush_in(cpu, a, dbl);
    b = flush_in(cpu, b, dbl);
    if (op == FO_MAXNM || op == FO_MINNM) {
        /* a lone quiet NaN loses against anything but another NaN */
        if (!(is_qnan(a, dbl) && is_qnan(b, dbl))) {
            uint64_t loser = (op == FO_MAXNM ? sign_bit(dbl) : 0) | exp_mask(dbl);
            if (is_qnan(a, dbl))
                a = loser;
            else if (is_qnan(b, dbl))
                b = loser;
        }
        op = op == FO_MAXNM ? FO_MAX : FO_MIN;
    }
    if (op == FO_RECPS || op == FO_RSQRTS)
        a ^= sign_bit(dbl); /* the step functions negate the first operand */
    uint64_t ops[2] = { a, b };
    if (process_nans(cpu, dbl, 2, ops, &r))
        return op == FO_ABD ? r & ~sign_bit(dbl) : r; /* FABD = FPAbs(FPSub()) */
    bool zero_inf = (is_zero(a, dbl) && is_inf(b, dbl)) || (is_inf(a, dbl) && is_zero(b, dbl));
    uint64_t sign = (a ^ b) & sign_bit(dbl);
    switch (op) {
    case FO_ADD: r = dbl ? of_d(as_d(a) + as_d(b)) : of_f(as_f(a) + as_f(b)); break;
    case FO_SUB: r = dbl ? of_d(as_d(a) - as_d(b)) : of_f(as_f(a) - as_f(b)); break;
    case FO_MUL: r = dbl ? of_d(as_d(a) * as_d(b)) : of_f(as_f(a) * as_f(b)); break;
    case FO_DIV: r = dbl ? of_d(as_d(a) / as_d(b)) : of_f(as_f(a) / as_f(b)); break;
    case FO_ABD:
        r = made(dbl ? of_d(as_d(a) - as_d(b)) : of_f(as_f(a) - as_f(b)), dbl);
        return r & ~sign_bit(dbl);
    case FO_MULX:
        if (zero_inf)
            return sign | (dbl ? of_d(2.0) : of_f(2.0f));
        r = dbl ? of_d(as_d(a) * as_d(b)) : of_f(as_f(a) * as_f(b));
        break;
    case FO_MAX: case FO_MIN:
        return fmax_min(a, b, dbl, op == FO_MAX);
    case FO_RECPS: case FO_RSQRTS: {
        bool rs = op == FO_RSQRTS;
        if (zero_inf)
            return dbl ? of_d(rs ? 1.5 : 2.0) : of_f(rs ? 1.5f : 2.0f);
        if (is_inf(a, dbl) || is_inf(b, dbl))
            return sign | exp_mask(dbl);
        /* (3 + a*b) / 2 rounded once: halve the larger operand (exact
         * unless both are tiny, when the product does not matter) */
        if (rs) {
            bool halve_a = (a & ~sign_bit(dbl)) >= (b & ~sign_bit(dbl));
            uint64_t big = (halve_a ? a : b) & ~sign_bit(dbl);
            if ((big >> (dbl ? 52 : 23)) < 2) { /* both tiny: no overflow either */
                r = dbl ? of_d(fma_d(as_d(a), as_d(b), 3.0) * 0.5)
                        : of_f(fma_f(as_f(a), as_f(b), 3.0f) * 0.5f);
                break;
            }
            if (dbl)
                r = of_d(fma_d(as_d(a) * (halve_a ? 0.5 : 1), as_d(b) * (halve_a ? 1 : 0.5), 1.5));
            else
                r = of_f(fma_f(as_f(a) * (halve_a ? 0.5f : 1), as_f(b) * (halve_a ? 1 : 0.5f), 1.5f));
        } else {
            r = dbl ? of_d(fma_d(as_d(a), as_d(b), 2.0)) : of_f(fma_f(as_f(a), as_f(b), 2.0f));
        }
        break;
    }
    default:
        r = 0;
        break;
    }
    return made(r, dbl);
}

/* FPMulAdd(addend, a, b) with its own NaN order and the rule that a
 * quiet NaN addend still gives Invalid (and the default NaN) for 0 * inf. */
static uint64_t fmuladd(struct cpu_state *cpu, bool dbl, uint64_t addend, uint64_t a, uint64_t b)
{
    addend = flush_in(cpu, addend, dbl);
    a = flush_in(cpu, a, dbl);
    b = flush_in(cpu, b, dbl);
    uint64_t ops[3] = { addend, a, b }, r;
    bool zero_inf = (is_zero(a, dbl) && is_inf(b, dbl)) || (is_inf(a, dbl) && is_zero(b, dbl));
    if (process_nans(cpu, dbl, 3, ops, &r)) {
        if (is_qnan(addend, dbl) && zero_inf) {
            cpu->fpsr |= FPSR_IOC;
            return default_nan(dbl);
        }
        return r;
    }
    r = dbl ? of_d(fma_d(as_d(a), as_d(b), as_d(addend))) : of_f(fma_f(as_f(a), as_f(b), as_f(addend)));
    return made(r, dbl);
}

static uint64_t fsqrt_el(struct cpu_state *cpu, bool dbl, uint64_t a)
{
    uint64_t r;
    if (process_nans(cpu, dbl, 1, &a, &r))
        return r;
    r = dbl ? of_d(sqrt_d(as_d(a))) : of_f(sqrt_f(as_f(a)));
    return made(r, dbl);
}

static struct fv fget(const struct cpu_state *cpu, int n)
{
    struct fv v;
    memcpy(v.b, cpu->v[n], 16);
    return v;
}

static void fput(struct cpu_state *cpu, int n, const struct fv *v, int bytes)
{
    memset(cpu->v[n], 0, 16);
    memcpy(cpu->v[n], v->b, (size_t)bytes);
}

/* Three same (vector and scalar). */
static bool fp_3same(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    bool dbl = bits(insn, 22, 22);
    int op = v.u << 6 | (int)bits(insn, 23, 23) << 5 | (int)bits(insn, 15, 11);
    if (!scalar && dbl && !v.q)
        return false;
    enum fop fo;
    bool pairwise = false, fused = false;
    switch (op) {
    case 0x1A: fo = FO_ADD; break;
    case 0x3A: fo = FO_SUB; break;
    case 0x5B: fo = FO_MUL; break;
    case 0x5F: fo = FO_DIV; break;
    case 0x7A: fo = FO_ABD; break;
    case 0x1B: fo = FO_MULX; break;
    case 0x18: fo = FO_MAXNM; break;
    case 0x38: fo = FO_MINNM; break;
    case 0x1E: fo = FO_MAX; break;
    case 0x3E: fo = FO_MIN; break;
    case 0x1F: fo = FO_RECPS; break;
    case 0x3F: fo = FO_RSQRTS; break;
    case 0x19: case 0x39: fo = FO_ADD; fused = true; break;
    case 0x5A: fo = FO_ADD; pairwise = true; break;
    case 0x58: fo = FO_MAXNM; pairwise = true; break;
    case 0x78: fo = FO_MINNM; pairwise = true; break;
    case 0x5E: fo = FO_MAX; pairwise = true; break;
    case 0x7E: fo = FO_MIN; pairwise = true; break;
    default: return false;
    }
    bool scalar_ok = fo == FO_MULX || fo == FO_RECPS || fo == FO_RSQRTS || fo == FO_ABD;
    if (scalar && (!scalar_ok || pairwise || fused))
        return false;
    struct fv n = fget(cpu, v.rn), m = fget(cpu, v.rm), d = fget(cpu, v.rd), r = { { 0 } };
    int lanes = scalar ? 1 : (8 << v.q) >> (dbl ? 3 : 2);
    for (int i = 0; i < lanes; i++) {
        uint64_t out;
        if (pairwise) {
            const struct fv *src = i < lanes / 2 ? &n : &m;
            int j = 2 * (i % (lanes / 2));
            out = fop2(cpu, fo, dbl, el(src, dbl, j), el(src, dbl, j + 1));
        } else if (fused) {
            uint64_t a = el(&n, dbl, i);
            if (op == 0x39)
                a ^= sign_bit(dbl);
            out = fmuladd(cpu, dbl, el(&d, dbl, i), a, el(&m, dbl, i));
        } else {
            out = fop2(cpu, fo, dbl, el(&n, dbl, i), el(&m, dbl, i));
        }
        el_set(&r, dbl, i, out);
    }
    fput(cpu, v.rd, &r, scalar ? (dbl ? 8 : 4) : 8 << v.q);
    return true;
}

/* FMUL, FMLA, FMLS, FMULX by element (vector and scalar). */
static bool fp_elem(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    bool dbl = bits(insn, 22, 22);
    int opcode = (int)bits(insn, 15, 12), h = (int)bits(insn, 11, 11), l = (int)bits(insn, 21, 21);
    if (v.size < 2 || (dbl && l) || (!scalar && dbl && !v.q))
        return false;
    if (v.u ? opcode != 9 : (opcode != 1 && opcode != 5 && opcode != 9))
        return false;
    int index = dbl ? h : (h << 1 | l);
    struct fv n = fget(cpu, v.rn), m = fget(cpu, v.rm), d = fget(cpu, v.rd), r = { { 0 } };
    uint64_t e = el(&m, dbl, index);
    int lanes = scalar ? 1 : (8 << v.q) >> (dbl ? 3 : 2);
    for (int i = 0; i < lanes; i++) {
        uint64_t a = el(&n, dbl, i), out;
        if (opcode == 9)
            out = fop2(cpu, v.u ? FO_MULX : FO_MUL, dbl, a, e);
        else
            out = fmuladd(cpu, dbl, el(&d, dbl, i), opcode == 5 ? a ^ sign_bit(dbl) : a, e);
        el_set(&r, dbl, i, out);
    }
    fput(cpu, v.rd, &r, scalar ? (dbl ? 8 : 4) : 8 << v.q);
    return true;
}

/* FMAXNMV, FMINNMV, FMAXV, FMINV: Reduce() halves recursively. */
static bool fp_across(struct cpu_state *cpu, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 16, 12), a = (int)bits(insn, 23, 23);
    if (!v.u || !v.q || bits(insn, 22, 22) || (opcode != 0x0C && opcode != 0x0F))
        return false;
    enum fop fo = opcode == 0x0C ? (a ? FO_MINNM : FO_MAXNM) : (a ? FO_MIN : FO_MAX);
    struct fv n = fget(cpu, v.rn), r = { { 0 } };
    uint64_t lo = fop2(cpu, fo, false, el(&n, false, 0), el(&n, false, 1));
    uint64_t hi = fop2(cpu, fo, false, el(&n, false, 2), el(&n, false, 3));
    el_set(&r, false, 0, fop2(cpu, fo, false, lo, hi));
    fput(cpu, v.rd, &r, 4);
    return true;
}

/* Scalar pairwise FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP. */
static bool fp_pairwise_scalar(struct cpu_state *cpu, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    int opcode = (int)bits(insn, 16, 12), a = (int)bits(insn, 23, 23);
    bool dbl = bits(insn, 22, 22);
    enum fop fo;
    if (!v.u)
        return false;
    switch (a << 5 | opcode) {
    case 0x0D: fo = FO_ADD; break;
    case 0x0C: fo = FO_MAXNM; break;
    case 0x2C: fo = FO_MINNM; break;
    case 0x0F: fo = FO_MAX; break;
    case 0x2F: fo = FO_MIN; break;
    default: return false;
    }
    struct fv n = fget(cpu, v.rn), r = { { 0 } };
    el_set(&r, dbl, 0, fop2(cpu, fo, dbl, el(&n, dbl, 0), el(&n, dbl, 1)));
    fput(cpu, v.rd, &r, dbl ? 8 : 4);
    return true;
}

/* FSQRT (vector). */
static bool fp_sqrt(struct cpu_state *cpu, uint32_t insn)
{
    struct vinsn v = vdecode(insn);
    bool dbl = bits(insn, 22, 22);
    if (dbl && !v.q)
        return false;
    struct fv n = fget(cpu, v.rn), r = { { 0 } };
    int lanes = (8 << v.q) >> (dbl ? 3 : 2);
    for (int i = 0; i < lanes; i++)
        el_set(&r, dbl, i, fsqrt_el(cpu, dbl, el(&n, dbl, i)));
    fput(cpu, v.rd, &r, 8 << v.q);
    return true;
}

/* ---- estimates, FRECPX, FCVTXN ---- */

static int recip_estimate(int a) /* a in [256, 511]: 9 bits of the input */
{
    a = a * 2 + 1;
    int b = (1 << 19) / a;
    return (b + 1) / 2;
}

static int rsqrt_estimate(int a) /* a in [128, 511] */
{
    if (a < 256)
        a = a * 2 + 1;
    else
        a = ((a >> 1) << 1), a = (a + 1) * 2;
    int b = 512;
    while ((int64_t)a * (b + 1) * (b + 1) < (1ll << 28))
        b++;
    return (b + 1) / 2;
}

struct fmt {
    int ebits, fbits; /* exponent and fraction widths */
};

static void fp_flag(struct cpu_state *cpu, int bit)
{
    cpu->fpsr |= 1u << bit; /* IOC 0, DZC 1, OFC 2, UFC 3, IXC 4 */
}

/* A NaN operand: quiet it (IOC if signalling) or the default NaN. */
static uint64_t fp_nan(struct cpu_state *cpu, uint64_t x, struct fmt f)
{
    uint64_t quiet = 1ull << (f.fbits - 1);
    if (!(x & quiet))
        fp_flag(cpu, 0);
    if (cpu->fpcr & (1u << 25))
        return ((1ull << f.ebits) - 1) << f.fbits | quiet;
    return x | quiet;
}

static bool nan_fmt(uint64_t x, struct fmt f)
{
    uint64_t emax = (1ull << f.ebits) - 1;
    return (x >> f.fbits & emax) == emax && (x & ((1ull << f.fbits) - 1));
}

static uint64_t frecpe(struct cpu_state *cpu, uint64_t x, struct fmt f)
{
    uint64_t sign = x >> (f.ebits + f.fbits) & 1, emax = (1ull << f.ebits) - 1;
    int exp = (int)(x >> f.fbits & emax);
    uint64_t frac = x & ((1ull << f.fbits) - 1);
    uint64_t sbit = sign << (f.ebits + f.fbits);
    bool fz = cpu->fpcr & (1u << 24);
    if (nan_fmt(x, f))
        return fp_nan(cpu, x, f);
    if ((uint64_t)exp == emax)
        return sbit; /* 1/inf = 0 */
    if (exp == 0 && (frac == 0 || fz)) {
        if (frac)
            fp_flag(cpu, 7); /* IDC: input flushed */
        fp_flag(cpu, 1);
        return sbit | emax << f.fbits;
    }
    /* too small: 1/x overflows */
    if (exp == 0 && !(frac >> (f.fbits - 2))) {
        unsigned rmode = (unsigned)(cpu->fpcr >> 22) & 3;
        bool to_inf = rmode == 0 || (rmode == 1 && !sign) || (rmode == 2 && sign);
        fp_flag(cpu, 2);
        fp_flag(cpu, 4);
        return sbit | (to_inf ? emax << f.fbits : ((emax - 1) << f.fbits | ((1ull << f.fbits) - 1)));
    }
    int bias = (int)(emax >> 1);
    if (fz && exp >= 2 * bias - 1) { /* result would be denormal */
        fp_flag(cpu, 3);
        return sbit;
    }
    int e = exp;
    if (e == 0) {
        if (!(frac >> (f.fbits - 1))) {
            e = -1;
            frac <<= 2;
        } else {
            frac <<= 1;
        }
        frac &= (1ull << f.fbits) - 1;
    }
    int scaled = (int)(256 | (frac >> (f.fbits - 8)));
    int rexp = 2 * bias - 1 - e;
    uint64_t est = (uint64_t)recip_estimate(scaled) & 0xFF;
    uint64_t rfrac = est << (f.fbits - 8);
    if (rexp == 0) {
        rfrac = (1ull << (f.fbits - 1)) | rfrac >> 1;
    } else if (rexp == -1) {
        rfrac = (1ull << (f.fbits - 2)) | rfrac >> 2;
        rexp = 0;
    }
    return sbit | (uint64_t)rexp << f.fbits | rfrac;
}

static uint64_t frsqrte(struct cpu_state *cpu, uint64_t x, struct fmt f)
{
    uint64_t sign = x >> (f.ebits + f.fbits) & 1, emax = (1ull << f.ebits) - 1;
    int exp = (int)(x >> f.fbits & emax);
    uint64_t frac = x & ((1ull << f.fbits) - 1);
    uint64_t sbit = sign << (f.ebits + f.fbits);
    uint64_t dnan = emax << f.fbits | 1ull << (f.fbits - 1);
    if (nan_fmt(x, f))
        return fp_nan(cpu, x, f);
    if (exp == 0 && (frac == 0 || (cpu->fpcr & (1u << 24)))) {
        if (frac)
            fp_flag(cpu, 7);
        fp_flag(cpu, 1);
        return sbit | emax << f.fbits;
    }
    if (sign) {
        fp_flag(cpu, 0);
        return dnan;
    }
    if ((uint64_t)exp == emax)
        return 0;
    int e = exp;
    if (e == 0) {
        while (!(frac >> (f.fbits - 1))) {
            frac <<= 1;
            e--;
        }
        frac = (frac << 1) & ((1ull << f.fbits) - 1);
    }
    /* an odd exponent scales to [0.25, 0.5), an even one to [0.5, 1) */
    int scaled = (e & 1) ? (int)(128 | frac >> (f.fbits - 7))
                         : (int)(256 | frac >> (f.fbits - 8));
    int bias = (int)(emax >> 1);
    int rexp = (3 * bias - 1 - e) / 2;
    uint64_t est = (uint64_t)rsqrt_estimate(scaled) & 0xFF;
    return (uint64_t)rexp << f.fbits | est << (f.fbits - 8);
}

static uint64_t frecpx(struct cpu_state *cpu, uint64_t x, struct fmt f)
{
    uint64_t emax = (1ull << f.ebits) - 1;
    uint64_t sbit = x & (1ull << (f.ebits + f.fbits));
    uint64_t exp = x >> f.fbits & emax;
    if (nan_fmt(x, f))
        return fp_nan(cpu, x, f);
    if (exp == 0)
        return sbit | (emax - 1) << f.fbits;
    return sbit | (~exp & emax) << f.fbits;
}

/* Double -> single rounding to odd (FCVTXN): truncate, then set the
 * lowest bit if anything was lost. */
static uint32_t fcvt_round_odd(struct cpu_state *cpu, uint64_t b)
{
    double d;
    memcpy(&d, &b, 8);
    if (isnan(d)) {
        uint64_t q = fp_nan(cpu, b, (struct fmt){ 11, 52 });
        return (uint32_t)(q >> 32 & 0x80000000u) | 0x7FC00000u | (uint32_t)(q >> 29 & 0x3FFFFF);
    }
    float f;
    /* round toward zero in C: done by hand with the exact check below */
    f = (float)d;
    double back = (double)f;
    if (fabs(back) > fabs(d)) { /* rounded away: step toward zero */
        uint32_t w;
        memcpy(&w, &f, 4);
        w--;
        memcpy(&f, &w, 4);
        back = (double)f;
    }
    uint32_t w;
    memcpy(&w, &f, 4);
    if (back != d && !isinf(d)) {
        w |= 1;
        fp_flag(cpu, 4);
    }
    return w;
}

static bool fp_misc(struct cpu_state *cpu, uint32_t insn, bool scalar)
{
    struct vinsn v = vdecode(insn);
    int a = (int)bits(insn, 23, 23), opcode = (int)bits(insn, 16, 12);
    bool dbl = bits(insn, 22, 22);
    int uop = v.u << 6 | a << 5 | opcode;
    struct fv n = fget(cpu, v.rn), d = fget(cpu, v.rd), r = { { 0 } };
    if (uop == 0x56) { /* FCVTXN: double -> single, round to odd */
        if (!dbl)
            return false;
        int nl = scalar ? 1 : 2, base = scalar ? 0 : 2 * v.q;
        if (!scalar && v.q)
            r = d;
        for (int i = 0; i < nl; i++)
            el_set(&r, false, base + i, fcvt_round_odd(cpu, el(&n, true, i)));
        fput(cpu, v.rd, &r, scalar ? 4 : 16);
        if (!scalar && !v.q)
            memset(cpu->v[v.rd] + 8, 0, 8);
        return true;
    }
    if ((uop == 0x16 || uop == 0x17) && !scalar && !dbl) {
        /* FCVTN{2} single -> half, FCVTL{2} half -> single: the exact
         * conversion (FPCR.AHP: the fast path branches here) */
        bool narrow = uop == 0x16;
        int part = v.q ? 4 : 0;
        if (narrow && v.q)
            r = d; /* FCVTN2 keeps the low half */
        for (int i = 0; i < 4; i++) {
            uint64_t x = 0, y;
            memcpy(&x, n.b + (narrow ? 4 * i : 2 * (part + i)), narrow ? 4 : 2);
            y = fp_convert_half(cpu, x, narrow ? FT_SINGLE : FT_HALF,
                                narrow ? FT_HALF : FT_SINGLE);
            memcpy(r.b + (narrow ? 2 * (part + i) : 4 * i), &y, narrow ? 2 : 4);
        }
        fput(cpu, v.rd, &r, narrow && !v.q ? 8 : 16);
        return true;
    }
    if (!scalar && dbl && !v.q)
        return false;
    int size = dbl ? 3 : 2;
    struct fmt f = dbl ? (struct fmt){ 11, 52 } : (struct fmt){ 8, 23 };
    int lanes = scalar ? 1 : (8 << v.q) >> size;
    for (int i = 0; i < lanes; i++) {
        uint64_t x = el(&n, dbl, i), out;
        switch (uop) {
        case 0x3D: out = frecpe(cpu, x, f); break;
        case 0x7D: out = frsqrte(cpu, x, f); break;
        case 0x3F: /* FRECPX, scalar only */
            if (!scalar)
                return false;
            out = frecpx(cpu, x, f);
            break;
        case 0x3C: case 0x7C: { /* URECPE, URSQRTE: 32-bit elements */
            if (scalar || dbl)
                return false;
            uint32_t w = (uint32_t)x;
            if (uop == 0x3C)
                out = (w >> 31) ? (uint64_t)recip_estimate((int)(w >> 23)) << 23 : 0xFFFFFFFFu;
            else
                out = (w >> 30) ? (uint64_t)rsqrt_estimate((int)(w >> 23)) << 23 : 0xFFFFFFFFu;
            break;
        }
        default:
            return false;
        }
        el_set(&r, dbl, i, out);
    }
    fput(cpu, v.rd, &r, scalar ? 1 << size : 8 << v.q);
    return true;
}

bool simd_interp_fp(struct cpu_state *cpu, uint32_t insn)
{
    bool scalar = bits(insn, 28, 28);
    if ((insn & 0x9F20C400) == 0x0E20C400 || (insn & 0xDF20C400) == 0x5E20C400)
        return fp_3same(cpu, insn, scalar);
    if ((insn & 0x9F000400) == 0x0F000000 || (insn & 0xDF000400) == 0x5F000000)
        return fp_elem(cpu, insn, scalar);
    if ((insn & 0x9F3E0C00) == 0x0E300800)
        return fp_across(cpu, insn);
    if ((insn & 0xDF3E0C00) == 0x5E300800)
        return fp_pairwise_scalar(cpu, insn);
    if ((insn & 0xBFBFFC00) == 0x2EA1F800)
        return fp_sqrt(cpu, insn);
    if ((insn & 0x9F3E0C00) == 0x0E200800 || (insn & 0xDF3E0C00) == 0x5E200800)
        return fp_misc(cpu, insn, scalar);
    return false;
}
