/* long double across the bridge: arm64 Linux's is IEEE 754 binary128
 * (in a q register or 16 bytes of memory), x86-64's is the x87 80-bit
 * extended format.  Both have a 15-bit exponent with the same bias, so
 * only the significand changes: 112 fraction bits against 64 bits with an
 * explicit integer bit. */
#ifndef FERRY_ABI_LONG_DOUBLE_H
#define FERRY_ABI_LONG_DOUBLE_H

#include <stdint.h>

/* binary128 (two little-endian 64-bit halves: lo, hi) to x87, rounded to
 * nearest, ties to even; infinities and NaNs stay what they are. */
long double abi_quad_to_x87(const uint64_t quad[2]);
/* x87 to binary128: exact. */
void abi_x87_to_quad(long double x, uint64_t quad[2]);

#endif
