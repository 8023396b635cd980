/* proc-fds.c - the emulator's own file descriptors are not the guest's:
 * the guest's first open() returns 3; dup2 onto any closed number works;
 * /proc/self/fd lists only
 * descriptors the program can use (none that answers EBADF, as an
 * emulator's hidden one would); and after close_range(3, ~0) the program
 * still works and opens 3 again.  Natively there is nothing to hide, so
 * the oracle's counts are what the kernel gives.
 * ferry-test: qemu-differs (qemu 7.2's own descriptors are listed, and
 * open to the guest)
 * The native build is the oracle. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void scan(const char *when)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d) {
        printf("no /proc/self/fd\n");
        exit(1);
    }
    int closed = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        int fd = atoi(e->d_name);
        if (fd == dirfd(d))
            continue;
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF)
            closed++;
    }
    closedir(d);
    printf("%s: listed in /proc/self/fd but closed: %d\n", when, closed);
}

int main(void)
{
    int first = open("/dev/null", O_RDONLY);
    printf("first open: %d\n", first);
    scan("at start");
    /* dup2 onto every number below 1000 that is not open: each works,
     * also onto the numbers an emulator keeps for itself (ferry's sit just
     * below the descriptor limit and move out of the way). */
    int failed = 0;
    for (int fd = 3; fd < 1000; fd++)
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            if (dup2(first, fd) != fd)
                failed++;
            else
                close(fd);
        }
    printf("dup2 onto a closed descriptor below 1000 refused: %d times\n", failed);
    close_range(3, ~0U, 0);
    int again = open("/dev/null", O_RDONLY);
    printf("after close_range(3, ~0): open gives %d\n", again);
    scan("after close_range");
    return 0;
}
