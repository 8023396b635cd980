/* ferry's own file descriptors (see ferry_fds.h). */
#include "common/ferry_fds.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

/* At most this many, in [base, base + MAX_OWN): below the usual soft
 * limit of 1024, and never so high that the kernel's descriptor table
 * grows large. */
#define MAX_OWN 32
static int base = -1;
static unsigned own; /* bit i: base + i is ferry's */
/* Who holds each, so that it can be moved (ferry_fd_move_away). */
static struct owner {
    int *fdp;
    FILE *file;
} owners[MAX_OWN];

static int choose_base(void)
{
    struct rlimit rl;
    long lim = 1024;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 1024)
        lim = (long)rl.rlim_cur;
    return lim > 2 * MAX_OWN ? (int)lim - MAX_OWN : 3;
}

int ferry_fd_claim(int fd)
{
    if (fd < 0)
        return fd;
    if (base < 0)
        base = choose_base();
    int moved = fcntl(fd, F_DUPFD_CLOEXEC, base);
    if (moved < 0 || moved >= base + MAX_OWN) {
        if (moved >= 0)
            close(moved);
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        return fd;
    }
    close(fd);
    own |= 1u << (moved - base);
    return moved;
}

FILE *ferry_fd_fopen_write(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd = ferry_fd_claim(fd), "w+");
    if (!f) {
        int err = errno;
        close(fd);
        errno = err;
    } else if (ferry_fd_is_own(fd)) {
        owners[fd - base].file = f;
    }
    return f;
}

FILE *ferry_fd_adopt_log(int fd)
{
    if (fcntl(fd, F_GETFD) < 0)
        return NULL;
    fd = ferry_fd_claim(fd);
    FILE *f = fdopen(fd, "a");
    if (f && ferry_fd_is_own(fd))
        owners[fd - base].file = f;
    return f;
}

bool ferry_fd_is_own(int fd)
{
    return own && fd >= base && fd < base + MAX_OWN && (own & (1u << (fd - base)));
}

bool ferry_fd_range(int *lo, int *hi)
{
    if (!own)
        return false;
    *lo = base + __builtin_ctz(own);
    *hi = base + 31 - __builtin_clz(own);
    return true;
}

void ferry_fd_track(int *fdp)
{
    if (ferry_fd_is_own(*fdp))
        owners[*fdp - base].fdp = fdp;
}

int ferry_fd_move_away(int fd)
{
    if (!ferry_fd_is_own(fd))
        return 0;
    int moved = fcntl(fd, F_DUPFD_CLOEXEC, base);
    if (moved < 0 || moved >= base + MAX_OWN) {
        if (moved >= 0)
            close(moved);
        return -1;
    }
    struct owner o = owners[fd - base];
    if (o.file) {
        /* glibc's FILE keeps its descriptor in _fileno (struct_FILE.h);
         * under the stream's lock no other thread is writing through it. */
        flockfile(o.file);
        o.file->_fileno = moved;
        funlockfile(o.file);
    }
    if (o.fdp)
        *o.fdp = moved;
    owners[moved - base] = o;
    owners[fd - base] = (struct owner){ 0 };
    own |= 1u << (moved - base);
    own &= ~(1u << (fd - base));
    close(fd);
    return 0;
}

void ferry_fd_forget(int fd)
{
    if (!ferry_fd_is_own(fd))
        return;
    owners[fd - base] = (struct owner){ 0 };
    own &= ~(1u << (fd - base));
}
