/* printf-style variadic arguments, found by reading the format as printf
 * does: which C type each conversion takes (abi_call.c, for thunked
 * functions like zlib's gzprintf and gzvprintf). */
#ifndef FERRY_ABI_PRINTF_ARGS_H
#define FERRY_ABI_PRINTF_ARGS_H

#include <stdbool.h>
#include <stddef.h>

/* Fill kinds[] with one letter per argument the format takes, in order:
 * 'i' (int and smaller), 'l' (long, long long, size_t, intmax_t,
 * ptrdiff_t), 'p' (pointers: %s, %p, %n) or 'd' (double).  Returns how
 * many, or -1 for a conversion that cannot be bridged (long double, too
 * many arguments). */
int printf_arg_kinds(const char *format, char *kinds, int cap);

#endif
