/* Descriptor calls that must step around ferry's own descriptors
 * (common/ferry_fds.h): close_range over a range that holds them closes
 * the guest's around them. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry_fds.h"

static long close_some(unsigned lo, unsigned hi, unsigned flags)
{
    return lo > hi ? 0 : syscall(SYS_close_range, lo, hi, flags);
}

int64_t sys_close_range(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    unsigned first = (unsigned)a[0], last = (unsigned)a[1], flags = (unsigned)a[2];
    int lo, hi;
    if (first > last || !ferry_fd_range(&lo, &hi) || (unsigned)hi < first || (unsigned)lo > last)
        return host_result(syscall(SYS_close_range, first, last, flags));
    long r = 0;
    unsigned from = first;
    for (unsigned fd = (unsigned)lo > first ? (unsigned)lo : first; fd <= (unsigned)hi && fd <= last; fd++)
        if (ferry_fd_is_own((int)fd)) {
            if (fd > from && (r = close_some(from, fd - 1, flags)) < 0)
                return host_result(r);
            from = fd + 1;
        }
    if (from <= last)
        r = close_some(from, last, flags);
    return host_result(r);
}
