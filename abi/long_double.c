/* long double conversions (see long_double.h). */
#include "abi/long_double.h"

#include <string.h>

/* The x87 format in memory: 64-bit significand (bit 63 the integer bit),
 * then sign and 15-bit exponent. */
struct x87 {
    uint64_t mant;
    uint16_t sign_exp;
};

long double abi_quad_to_x87(const uint64_t quad[2])
{
    uint64_t lo = quad[0], hi = quad[1];
    unsigned sign = (unsigned)(hi >> 63), exp = (unsigned)(hi >> 48) & 0x7fff;
    uint64_t frac_hi = hi & 0xffffffffffffULL; /* 48 of the 112 fraction bits */
    /* The top 63 fraction bits: 48 from hi, 15 from lo; 49 are dropped. */
    uint64_t mant = frac_hi << 15 | lo >> 49;
    uint64_t dropped = lo & ((1ULL << 49) - 1), half = 1ULL << 48;
    if (exp == 0x7fff) {
        /* Infinity or NaN: no rounding; a NaN keeps a non-zero fraction. */
        if ((frac_hi | lo) && !mant)
            mant = 1ULL << 62;
        mant |= 1ULL << 63;
    } else {
        if (exp)
            mant |= 1ULL << 63; /* the explicit integer bit of a normal number */
        if (dropped > half || (dropped == half && (mant & 1))) {
            mant++;
            if (exp && mant == 0) { /* 1.111..1 rounded up: the next binade */
                mant = 1ULL << 63;
                exp++;
            } else if (!exp && mant == 1ULL << 63) {
                exp = 1; /* the largest subnormal rounded up to the smallest normal */
            }
        }
        if (exp == 0x7fff)
            mant = 1ULL << 63; /* overflowed to infinity */
    }
    struct x87 x = { mant, (uint16_t)(sign << 15 | exp) };
    long double r = 0;
    memcpy(&r, &x, 10);
    return r;
}

void abi_x87_to_quad(long double v, uint64_t quad[2])
{
    struct x87 x;
    memcpy(&x, &v, 10);
    uint64_t frac = x.mant & ~(1ULL << 63); /* 63 bits */
    unsigned exp = x.sign_exp & 0x7fff;
    if (exp == 0 && (x.mant >> 63))
        exp = 1; /* a pseudo-denormal means the same as exponent 1 */
    quad[0] = frac << 49;
    quad[1] = (uint64_t)(x.sign_exp >> 15) << 63 | (uint64_t)exp << 48 | frac >> 15;
}
