/* printf-format argument kinds (see printf_args.h; printf(3), "The
 * conversion specification"). */
#include "abi/printf_args.h"

#include <string.h>

/* A field width or precision at *f: digits, or '*' taking an int
 * argument; false if kinds[] is full. */
static bool width_or_precision(const char **f, char *kinds, int *n, int cap)
{
    if (**f == '*') {
        if (*n == cap)
            return false;
        kinds[(*n)++] = 'i';
        (*f)++;
    }
    while (**f >= '0' && **f <= '9')
        (*f)++;
    return true;
}

int printf_arg_kinds(const char *f, char *kinds, int cap)
{
    int n = 0;
    while ((f = strchr(f, '%'))) {
        f++;
        if (*f == '%') {
            f++;
            continue;
        }
        /* An argument number (%1$d) would reorder them: not bridged. */
        const char *d = f;
        while (*d >= '0' && *d <= '9')
            d++;
        if (*d == '$')
            return -1;
        while (*f && strchr("-+ #0'I", *f))
            f++;
        /* The width, then the precision after a '.'. */
        if (!width_or_precision(&f, kinds, &n, cap))
            return -1;
        if (*f == '.') {
            f++;
            if (!width_or_precision(&f, kinds, &n, cap))
                return -1;
        }
        int longs = 0;
        bool wide = false, longdouble = false;
        for (;; f++) {
            if (*f == 'l')
                longs++;
            else if (*f == 'q' || *f == 'j' || *f == 'z' || *f == 't' || *f == 'Z')
                wide = true;
            else if (*f == 'L')
                longdouble = true;
            else if (*f != 'h')
                break;
        }
        char kind;
        switch (*f) {
        case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'c': case 'C':
            kind = longs || wide ? 'l' : 'i';
            break;
        case 's': case 'S': case 'p': case 'n':
            kind = 'p';
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
            if (longdouble)
                return -1; /* 128-bit on arm64, 80-bit on x86-64 */
            kind = 'd';
            break;
        case 'm':
            continue; /* strerror(errno): no argument */
        default:
            return -1;
        }
        if (n == cap)
            return -1;
        kinds[n++] = kind;
        f++;
    }
    return n;
}
