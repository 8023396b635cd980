/* /proc as the guest sees it (docs/procfs.md).
 *
 * ferry is the process the host kernel describes, so /proc/self would
 * show ferry: its binary, its libraries, its memory.  The files that
 * describe the program rather than the machine are emulated: opening one
 * gives a snapshot of the guest's version, written into a memfd at open
 * time (reads, lseek and fstat then behave as for any regular file);
 * /proc/self/exe names the guest program; the host thread carries the
 * guest's name, so comm and everything that shows it need no emulation. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry.h"
#include "syscall-xlat/procfs.h"

static char guest_exe[PATH_MAX];

/* Linux names a process after the file it executes (the last component of
 * the path given to execve, 15 bytes at most): so does ferry, for the
 * program on its command line.  Also resolve the guest path while the cwd
 * is still the one it was given relative to. */
void procfs_init(void)
{
    const char *p = ferry_opt.guest_path;
    if (!p || guest_exe[0])
        return;
    if (!realpath(p, guest_exe))
        snprintf(guest_exe, sizeof guest_exe, "%s", p);
    const char *base = strrchr(p, '/');
    base = base ? base + 1 : p;
    if (*base)
        prctl(PR_SET_NAME, base, 0, 0, 0);
}

const char *procfs_guest_exe(void)
{
    procfs_init();
    return guest_exe;
}

const char *procfs_exe_alias_at(int dirfd, const char *path)
{
    if (procfs_classify(dirfd, path) != PROCFS_EXE)
        return NULL;
    const char *exe = procfs_guest_exe();
    return exe[0] ? exe : NULL;
}

static int generate(enum procfs_file f, FILE *out, int host_fd)
{
    switch (f) {
    case PROCFS_MAPS: return procfs_write_maps(out);
    case PROCFS_SMAPS: return procfs_write_smaps(out);
    case PROCFS_SMAPS_ROLLUP: return procfs_write_smaps_rollup(out);
    case PROCFS_AUXV: return procfs_write_auxv(out);
    case PROCFS_CMDLINE: return procfs_write_cmdline(out);
    case PROCFS_ENVIRON: return procfs_write_environ(out);
    case PROCFS_STAT: return procfs_write_stat(out, host_fd);
    case PROCFS_STATM: return procfs_write_statm(out);
    case PROCFS_STATUS: return procfs_write_status(out, host_fd);
    case PROCFS_CPUINFO: return procfs_write_cpuinfo(out);
    case PROCFS_NONE: case PROCFS_EXE: break;
    }
    return -ENOENT;
}

static int write_all(int fd, const char *buf, size_t len)
{
    while (len) {
        ssize_t n = write(fd, buf, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? -errno : -EIO;
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Put `content` where host_fd is: a sealed memfd (nobody can change the
 * snapshot), reopened with the guest's access mode so that F_GETFL and
 * writes behave as they would on the /proc file, then moved to host_fd's
 * number, the lowest free one, as the kernel would have chosen. */
static int64_t install(enum procfs_file f, const char *content, size_t len, int host_fd,
                       int host_flags)
{
    int memfd = (int)syscall(SYS_memfd_create, procfs_file_name(f),
                             MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (memfd < 0)
        return -errno;
    int err = write_all(memfd, content, len);
    if (!err && fcntl(memfd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL))
        err = -errno;
    int reopened = -1;
    if (!err) {
        char self[40];
        snprintf(self, sizeof self, "/proc/self/fd/%d", memfd);
        reopened = open(self, (host_flags & (O_ACCMODE | O_NONBLOCK)) | O_CLOEXEC);
        if (reopened < 0)
            err = -errno;
    }
    close(memfd);
    if (err)
        return err;
    int placed = dup3(reopened, host_fd, host_flags & O_CLOEXEC);
    err = placed < 0 ? -errno : 0;
    close(reopened);
    return err ? err : host_fd;
}

int64_t procfs_finish_open(int dirfd, const char *path, int host_flags, int64_t host_fd)
{
    if (host_fd < 0)
        return host_fd;
    enum procfs_file f = procfs_classify(dirfd, path);
    /* Nothing to read through O_PATH or write-only descriptors: the
     * host's own behave as the kernel's (a write fails as it would). */
    if (f == PROCFS_NONE || f == PROCFS_EXE || (host_flags & O_PATH) ||
        (host_flags & O_ACCMODE) == O_WRONLY)
        return host_fd;

    char *content = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&content, &len);
    int64_t r = out ? generate(f, out, (int)host_fd) : -ENOMEM;
    if (out && fclose(out) != 0 && r == 0)
        r = -ENOMEM;
    if (r == 0)
        r = install(f, content, len, (int)host_fd, host_flags);
    free(content);
    if (r < 0)
        close((int)host_fd);
    return r;
}
