/* Files and directories: the calls that carry open flags or paths that must
 * be redirected.  Everything else about files passes straight through (see
 * syscall_table.h). */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdbool.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall-xlat/flags.h"
#include "syscall-xlat/safe_syscall.h"

/* The path to give the host: the resolved path argument, or the guest
 * program when the guest names /proc/self/exe (which would otherwise be
 * ferry) and follows the link. */
static const char *host_path(int dirfd, const char *path, bool follow)
{
    const char *exe = follow ? procfs_exe_alias_at(dirfd, path) : NULL;
    return exe ? exe : path;
}

/* The host opens the file itself, so permissions, flags and errors are
 * the kernel's; procfs then puts the guest's version of an emulated /proc
 * file in its place. */
int64_t sys_openat(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int dirfd = (int)a[0];
    const char *path = (const char *)(uintptr_t)a[1];
    int flags = (int)open_flags_guest_to_host(a[2]);
    /* Opening a FIFO blocks until the other end opens: interruptible. */
    long fd = safe_syscall(SYS_openat, dirfd,
                           (long)host_path(dirfd, path, !(flags & O_NOFOLLOW)), flags,
                           (unsigned)a[3], 0, 0);
    return procfs_finish_open(dirfd, path, flags, fd);
}

/* struct open_how is fixed-size and arch-independent; only .flags needs
 * translating.  Unlike openat, openat2 rejects unknown flags. */
struct open_how_v0 {
    uint64_t flags;
    uint64_t mode;
    uint64_t resolve;
};

int64_t sys_openat2(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t how_ptr = a[2], size = a[3];
    struct open_how_v0 how;
    if (size < sizeof how)
        return -EINVAL;
    if (size > GUEST_PAGE_SIZE)
        return -E2BIG;
    if (guest_read(&how, how_ptr, sizeof how))
        return -EFAULT;
    /* Fields newer than we know must be zero, as the kernel demands. */
    for (uint64_t off = sizeof how; off < size; off++) {
        unsigned char c;
        if (guest_read(&c, how_ptr + off, 1))
            return -EFAULT;
        if (c)
            return -E2BIG;
    }
    uint64_t unknown;
    how.flags = flags_guest_to_host(open_flags, how.flags, &unknown);
    if (unknown)
        return -EINVAL;
    int dirfd = (int)a[0];
    const char *path = (const char *)(uintptr_t)a[1];
    bool follow = !(how.flags & O_NOFOLLOW) &&
                  !(how.resolve & (RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS));
    long fd = safe_syscall(SYS_openat2, dirfd, (long)host_path(dirfd, path, follow), (long)&how,
                           sizeof how, 0, 0);
    return procfs_finish_open(dirfd, path, (int)how.flags, fd);
}

int64_t sys_readlinkat(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    const char *exe = procfs_exe_alias_at((int)a[0], (const char *)(uintptr_t)a[1]);
    if (!exe)
        return host_result(syscall(SYS_readlinkat, (int)a[0], a[1], a[2], a[3]));
    int bufsiz = (int)a[3];
    if (bufsiz <= 0)
        return -EINVAL;
    size_t n = strlen(exe);
    if (n > (size_t)bufsiz)
        n = (size_t)bufsiz;
    if (guest_write(a[2], exe, n))
        return -EFAULT;
    return (int64_t)n;
}

/* int[2] agrees; the flags may include O_DIRECT (packet mode), which moves. */
int64_t sys_pipe2(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return host_result(syscall(SYS_pipe2, a[0], open_flags_guest_to_host((unsigned)a[1])));
}

/* fcntl commands are asm-generic on both, and struct flock / f_owner_ex
 * agree on LP64 (arm64 has no separate F_GETLK64).  Only the file status
 * flags move.  The host's command macros below therefore equal the guest's
 * values; a few that differ on other architectures are pinned here. */
_Static_assert(F_GETLK == 5 && F_SETLK == 6 && F_SETLKW == 7 && F_SETOWN == 8 &&
               F_GETOWN == 9 && F_SETOWN_EX == 15 && F_OFD_GETLK == 36 &&
               F_DUPFD_CLOEXEC == 1030 && F_ADD_SEALS == 1033,
               "host fcntl commands are not asm-generic");
_Static_assert(sizeof(struct flock) == 32, "struct flock differs from arm64");
int64_t sys_fcntl(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int fd = (int)a[0], cmd = (int)a[1];
    uint64_t arg = a[2];
    long r;
    switch (cmd) {
    case F_GETFL:
        r = syscall(SYS_fcntl, fd, cmd);
        return r < 0 ? host_result(r) : (int64_t)open_flags_host_to_guest((uint64_t)r);
    case F_SETFL:
        return host_result(syscall(SYS_fcntl, fd, cmd, open_flags_guest_to_host((unsigned)arg)));
    case F_SETLKW: case F_OFD_SETLKW:
        /* They wait for the lock: a signal must be able to interrupt. */
        return safe_syscall(SYS_fcntl, fd, cmd, (long)arg, 0, 0, 0);
    case F_DUPFD: case F_DUPFD_CLOEXEC: case F_GETFD: case F_SETFD:
    case F_GETLK: case F_SETLK:
    case F_OFD_GETLK: case F_OFD_SETLK:
    case F_GETOWN: case F_SETOWN: case F_GETOWN_EX: case F_SETOWN_EX:
    case F_GETSIG: case F_SETSIG: case F_GETLEASE: case F_SETLEASE:
    case F_NOTIFY: case F_GETPIPE_SZ: case F_SETPIPE_SZ:
    case F_ADD_SEALS: case F_GET_SEALS:
    case F_GET_RW_HINT: case F_SET_RW_HINT:
    case F_GET_FILE_RW_HINT: case F_SET_FILE_RW_HINT:
        return host_result(syscall(SYS_fcntl, fd, cmd, arg));
    default:
        return -EINVAL;
    }
}
