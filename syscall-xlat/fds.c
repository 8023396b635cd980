/* Descriptor calls that must step around ferry's own descriptors
 * (common/ferry_fds.h): close_range over a range that holds them closes
 * the guest's around them, and a listing of /proc/self/fd leaves them
 * out. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* Whether directory descriptor fd lists this process's descriptors:
 * /proc/PID/fd or /proc/PID/task/TID/fd of our own pid. */
static bool lists_own_fds(int fd)
{
    char link[64], target[128];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    char self[32];
    int len = snprintf(self, sizeof self, "/proc/%d/", (int)getpid());
    if (strncmp(target, self, (size_t)len))
        return false;
    size_t tn = strlen(target);
    return tn >= 3 && !strcmp(target + tn - 3, "/fd");
}

/* struct linux_dirent64 (the same on both): d_ino, d_off, then d_reclen
 * at 16, d_type, and d_name at 19. */
static uint16_t entry_len(const uint8_t *e)
{
    uint16_t reclen;
    memcpy(&reclen, e + 16, sizeof reclen);
    return reclen;
}

static bool names_own_fd(const uint8_t *e)
{
    const char *name = (const char *)e + 19;
    char *end;
    long n = strtol(name, &end, 10);
    return *name && !*end && ferry_fd_is_own((int)n);
}

/* getdents64: struct linux_dirent64 is the same on both.  A listing of
 * our own /proc/PID/fd leaves ferry's descriptors out, as if closed. */
int64_t sys_getdents64(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int fd = (int)a[0];
    long r = syscall(SYS_getdents64, fd, a[1], a[2]);
    if (r <= 0)
        return host_result(r);
    /* Only a batch that names one of ferry's numbers needs a look at
     * which directory it came from: no extra system call otherwise. */
    uint8_t *buf = (uint8_t *)(uintptr_t)a[1];
    bool suspect = false;
    for (long in = 0; in < r && !suspect; in += entry_len(buf + in))
        suspect = names_own_fd(buf + in);
    if (!suspect || !lists_own_fds(fd))
        return r;
    long in = 0, out = 0;
    while (in < r) {
        uint16_t reclen = entry_len(buf + in);
        if (!names_own_fd(buf + in)) {
            if (out != in)
                memmove(buf + out, buf + in, reclen);
            out += reclen;
        }
        in += reclen;
    }
    /* Only ferry's were in this batch: read on rather than say "end". */
    if (out == 0)
        return sys_getdents64(cpu, a);
    return out;
}

/* dup3 (arm64 has no dup2): onto one of ferry's numbers, as onto a closed
 * one: ferry's descriptor makes room first. */
int64_t sys_dup3(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int newfd = (int)a[1];
    if (ferry_fd_is_own(newfd) && ferry_fd_move_away(newfd))
        return -EBADF;
    return host_result(syscall(SYS_dup3, (int)a[0], newfd, (int)a[2]));
}
