/* FPConvert, FPUnpackCV and FPRoundCV of the Arm ARM (shared/functions/
 * float), for conversions that involve half precision.  Followed step by
 * step, flags included:
 *  - FPUnpackCV ignores FPCR.FZ16 (so half denormals are never flushed)
 *    but honours FPCR.FZ for single and double inputs (flushed to zero,
 *    IDC) and FPCR.AHP for half inputs (exponent 0x1f is an ordinary
 *    exponent: no infinities or NaNs);
 *  - with AHP, a half result has no infinity or NaN either: a NaN becomes
 *    a zero of its sign and an infinity the largest magnitude, both with
 *    IOC; a finite value too large for it saturates with IOC (not OFC,
 *    and not IXC);
 *  - FPRoundCV flushes tiny single and double results under FZ (UFC only)
 *    but never half ones; Underflow is raised for a tiny inexact result
 *    (before rounding), Overflow with Inexact otherwise. */
#include "dbt/frontend/trans_fp_half.h"

#include "dbt/frontend/trans_fp.h"
#include "dbt/runtime/fp_env.h"

#include <stdbool.h>

struct fp_format {
    int ebits, fbits; /* exponent and fraction widths */
};

static struct fp_format format_of(int ftype)
{
    return ftype == FT_HALF     ? (struct fp_format){ 5, 10 }
           : ftype == FT_SINGLE ? (struct fp_format){ 8, 23 }
                                : (struct fp_format){ 11, 52 };
}

static uint64_t sign_bit(struct fp_format f)
{
    return 1ull << (f.ebits + f.fbits);
}

static uint64_t exp_ones(struct fp_format f)
{
    return ((1ull << f.ebits) - 1) << f.fbits;
}

enum fp_kind { FK_ZERO, FK_NUMBER, FK_INF, FK_QNAN, FK_SNAN };

/* An unpacked operand: for FK_NUMBER, the value is mant * 2^exp. */
struct fp_value {
    enum fp_kind kind;
    bool sign;
    uint64_t mant;
    int exp;
};

static struct fp_value unpack_cv(struct cpu_state *cpu, uint64_t x, int ftype)
{
    struct fp_format f = format_of(ftype);
    struct fp_value v = { .sign = (x & sign_bit(f)) != 0 };
    int emax = (1 << f.ebits) - 1, bias = emax >> 1;
    int exp = (int)((x >> f.fbits) & (uint64_t)emax);
    uint64_t frac = x & ((1ull << f.fbits) - 1);
    bool half = ftype == FT_HALF;
    if (exp == 0) {
        if (frac == 0 || (!half && (cpu->fpcr & FPCR_FZ))) {
            if (frac)
                cpu->fpsr |= FPSR_IDC; /* a denormal input was flushed */
            v.kind = FK_ZERO;
        } else {
            v.kind = FK_NUMBER;
            v.mant = frac;
            v.exp = 1 - bias - f.fbits;
        }
    } else if (exp == emax && !(half && (cpu->fpcr & FPCR_AHP))) {
        v.kind = !frac ? FK_INF : (frac >> (f.fbits - 1)) & 1 ? FK_QNAN : FK_SNAN;
    } else {
        v.kind = FK_NUMBER;
        v.mant = frac | 1ull << f.fbits;
        v.exp = exp - bias - f.fbits;
    }
    return v;
}

/* How far a value lies past the last place kept (FPRoundBase's `error`). */
enum fp_error { ERR_NONE, ERR_BELOW_HALF, ERR_HALF, ERR_ABOVE_HALF };

/* FPRoundCV of mant * 2^e (mant != 0) to format `to`. */
static uint64_t round_cv(struct cpu_state *cpu, bool sign, uint64_t mant, int e, int to)
{
    struct fp_format f = format_of(to);
    bool half = to == FT_HALF;
    uint64_t sbit = sign ? sign_bit(f) : 0;
    int minimum_exp = 2 - (1 << (f.ebits - 1));
    int exponent = e + 63 - __builtin_clzll(mant); /* floor(log2(value)) */
    if (!half && (cpu->fpcr & FPCR_FZ) && exponent < minimum_exp) {
        cpu->fpsr |= FPSR_UFC; /* flushed: Underflow, not Inexact */
        return sbit;
    }
    int biased_exp = exponent - minimum_exp + 1;
    if (biased_exp < 0)
        biased_exp = 0;
    /* The last place kept is 2^(q); shift = how many bits of mant go. */
    int shift = (biased_exp == 0 ? minimum_exp : exponent) - f.fbits - e;
    uint64_t int_mant;
    enum fp_error err;
    if (shift <= 0) {
        int_mant = mant << -shift;
        err = ERR_NONE;
    } else if (shift > 63) { /* mant < 2^53: below half of the last place */
        int_mant = 0;
        err = ERR_BELOW_HALF;
    } else {
        uint64_t rem = mant & ((1ull << shift) - 1), halfway = 1ull << (shift - 1);
        int_mant = mant >> shift;
        err = !rem ? ERR_NONE : rem < halfway ? ERR_BELOW_HALF : rem == halfway ? ERR_HALF
                                                                              : ERR_ABOVE_HALF;
    }
    bool inexact = err != ERR_NONE;
    if (biased_exp == 0 && inexact)
        cpu->fpsr |= FPSR_UFC; /* tiny before rounding, and inexact */

    bool round_up, overflow_to_inf;
    switch ((cpu->fpcr >> FPCR_RMODE_SHIFT) & 3) {
    case 0: /* to nearest, ties to even */
        round_up = err == ERR_ABOVE_HALF || (err == ERR_HALF && (int_mant & 1));
        overflow_to_inf = true;
        break;
    case 1: /* towards +inf */
        round_up = inexact && !sign;
        overflow_to_inf = !sign;
        break;
    case 2: /* towards -inf */
        round_up = inexact && sign;
        overflow_to_inf = sign;
        break;
    default: /* towards zero */
        round_up = false;
        overflow_to_inf = false;
        break;
    }
    if (round_up) {
        int_mant++;
        if (int_mant == 1ull << f.fbits) /* a denormal rounded up to normal */
            biased_exp = 1;
        if (int_mant == 1ull << (f.fbits + 1)) { /* up to the next exponent */
            biased_exp++;
            int_mant >>= 1;
        }
    }

    if (half && (cpu->fpcr & FPCR_AHP)) {
        if (biased_exp >= 1 << f.ebits) { /* no infinity: saturate, Invalid */
            cpu->fpsr |= FPSR_IOC;
            return sbit | (sign_bit(f) - 1);
        }
    } else if (biased_exp >= (1 << f.ebits) - 1) {
        cpu->fpsr |= FPSR_OFC | FPSR_IXC;
        return sbit | (overflow_to_inf ? exp_ones(f) : exp_ones(f) - 1); /* inf, or max normal */
    }
    if (inexact)
        cpu->fpsr |= FPSR_IXC;
    return sbit | (uint64_t)biased_exp << f.fbits | (int_mant & ((1ull << f.fbits) - 1));
}

/* FPConvertNaN: the payload moves left-aligned; the result is quiet. */
static uint64_t convert_nan(uint64_t x, bool sign, int from, int to)
{
    struct fp_format fi = format_of(from), fo = format_of(to);
    uint64_t payload = x & ((1ull << (fi.fbits - 1)) - 1); /* below the quiet bit */
    uint64_t aligned = payload << (52 - fi.fbits);           /* to 51 bits */
    return (sign ? sign_bit(fo) : 0) | exp_ones(fo) | 1ull << (fo.fbits - 1) |
           aligned >> (52 - fo.fbits);
}

uint64_t fp_convert_half(struct cpu_state *cpu, uint64_t x, int from, int to)
{
    struct fp_format fo = format_of(to);
    bool alt_hp = to == FT_HALF && (cpu->fpcr & FPCR_AHP);
    struct fp_value v = unpack_cv(cpu, x, from);
    uint64_t sbit = v.sign ? sign_bit(fo) : 0;
    switch (v.kind) {
    case FK_QNAN:
    case FK_SNAN:
        if (v.kind == FK_SNAN || alt_hp)
            cpu->fpsr |= FPSR_IOC;
        if (alt_hp)
            return sbit; /* a zero of the NaN's sign */
        if (cpu->fpcr & FPCR_DN)
            return exp_ones(fo) | 1ull << (fo.fbits - 1); /* the default NaN */
        return convert_nan(x, v.sign, from, to);
    case FK_INF:
        if (alt_hp) {
            cpu->fpsr |= FPSR_IOC;
            return sbit | (sign_bit(fo) - 1);
        }
        return sbit | exp_ones(fo);
    case FK_ZERO:
        return sbit;
    default:
        return round_cv(cpu, v.sign, v.mant, v.exp, to);
    }
}
