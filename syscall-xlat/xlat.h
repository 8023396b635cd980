/* Internal interface shared by the syscall-xlat/ files. */
#ifndef FERRY_XLAT_H
#define FERRY_XLAT_H

#include <stddef.h>
#include <stdint.h>

#include "dbt/cpu.h"
#include "syscall-xlat/syscall_table.h"

/* A handler gets the six raw argument registers and returns the value for
 * x0: a result, or a negative *guest* errno. */
typedef int64_t (*sys_fn)(struct cpu_state *cpu, const uint64_t a[6]);

/* Prototypes of every Y handler in syscall_table.h. */
#define SC_DECL_Y(name) int64_t sys_##name(struct cpu_state *cpu, const uint64_t a[6]);
#define SC_DECL_P(name)
#define SC_DECL_N(name)
#define SC_DECL(nr, name, kind, args, ret) SC_DECL_##kind(name)
SYSCALL_TABLE(SC_DECL)
#undef SC_DECL

/* One row of the syscall table (dispatch.c). */
struct syscall_def {
    const char *name;   /* NULL: no syscall has this number */
    sys_fn fn;          /* kind Y */
    long host_nr;       /* kind P: host number to pass through to; else -1 */
    const char *args;   /* strace argument format, see syscall_table.h */
    char ret;           /* strace result format */
};
/* NULL if nr is outside the table or unassigned. */
const struct syscall_def *syscall_lookup(uint64_t nr);

/* --- ioctl.c: name of an ioctl request ferry passes through, else NULL. */
const char *ioctl_name(uint64_t request);

/* --- errno.c: the one place a host errno becomes a guest errno. --- */
int host_errno_to_guest(int host_errno);
/* Result of a libc call that follows the "-1 and errno" convention, such as
 * syscall(2): the value itself, or -guest errno. */
int64_t host_result(long r);

/* --- guestmem.c: guest memory access that fails with -EFAULT instead of
 * crashing ferry when the guest passes a bad pointer. --- */
int guest_read(void *dst, uint64_t src, size_t n);
int guest_write(uint64_t dst, const void *src, size_t n);
/* Copy a NUL-terminated guest string into dst[cap].  Returns its length,
 * -EFAULT, or -ENAMETOOLONG if it does not fit. */
long guest_read_str(char *dst, size_t cap, uint64_t src);
/* The length of the NUL-terminated guest string at src, if it is readable
 * and shorter than max: else -EFAULT, or -E2BIG. */
long guest_str_len(uint64_t src, size_t max);

/* --- procfs*.c: /proc as the guest sees it (docs/procfs.md). --- */
/* Name the host thread after the guest program and remember its path;
 * called at start-up. */
void procfs_init(void);
/* Real path of the guest program. */
const char *procfs_guest_exe(void);
/* If (dirfd, path) -- a path argument as dispatch.c resolved it: a host
 * string -- names this process's executable (/proc/self/exe, /proc/<own
 * pid or tid>/exe, /proc/thread-self/exe, .../task/<tid>/exe), the guest
 * program's real path; otherwise NULL. */
const char *procfs_exe_alias_at(int dirfd, const char *path);
/* The end of openat/openat2: given the host's own open of (dirfd, path)
 * with host_flags (an fd, or a negative errno), what the guest gets: for
 * an emulated file opened for reading, a snapshot of the guest's version
 * in the same fd number; otherwise host_fd as it is. */
int64_t procfs_finish_open(int dirfd, const char *path, int host_flags, int64_t host_fd);

/* --- signal.c, signal_wait.c --- */
/* The mask to give the host while the guest asked for `guest_mask`: ferry
 * cannot let the guest block the synchronous signals its JIT relies on. */
uint64_t guest_to_host_sigmask(uint64_t guest_mask);
void signal_init(void);
/* Around a call made under a temporary guest mask (ppoll, pselect6,
 * epoll_pwait): begin returns the host mask to pass to the call; end gets
 * the call's raw result. */
uint64_t signal_temp_mask_begin(uint64_t guest_temp);
void signal_temp_mask_end(long result);

/* Guest address arithmetic helpers. */
#define GUEST_PAGE_SIZE 4096ULL
static inline uint64_t guest_page_align(uint64_t v)
{
    return (v + GUEST_PAGE_SIZE - 1) & ~(GUEST_PAGE_SIZE - 1);
}

#endif
