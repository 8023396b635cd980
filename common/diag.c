/* Diagnostics: every message ferry prints starts with "ferry: ". */
#include "common/ferry.h"

#include <stdarg.h>
#include <stdlib.h>

struct ferry_options ferry_opt;

static void vsay(const char *fmt, va_list ap)
{
    fputs("ferry: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void ferry_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay(fmt, ap);
    va_end(ap);
}

_Noreturn void ferry_fatal(int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay(fmt, ap);
    va_end(ap);
    exit(status);
}
