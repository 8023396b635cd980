/* The single boundary where host errno values become guest errno values.
 *
 * arm64 and x86-64 both use the asm-generic errno numbering, so today the
 * conversion is the identity; the asserts below pin the values that differ on
 * other architectures (alpha, mips, parisc, sparc), so a port to such a host
 * fails to build here instead of returning wrong errors. */
#include "syscall-xlat/xlat.h"

#include <errno.h>

_Static_assert(EDEADLK == 35 && ENAMETOOLONG == 36 && ENOSYS == 38 &&
               ENOTEMPTY == 39 && ELOOP == 40 && EAGAIN == 11 &&
               ENOTSUP == 95 && EADDRINUSE == 98 && ETIMEDOUT == 110 &&
               ECANCELED == 125 && EOWNERDEAD == 130 && EHWPOISON == 133,
               "host errno numbering is not asm-generic: write a table");

int host_errno_to_guest(int host_errno)
{
    return host_errno;
}

int64_t host_result(long r)
{
    if (r == -1)
        return -(int64_t)host_errno_to_guest(errno);
    return r;
}
