/* System calls glibc's own start-up and stdio don't reach, made directly:
 * fstat, statx, renameat2, uname, nanosleep, getrlimit, sigaltstack, and
 * epoll (whose event struct is laid out differently on arm64 and x86-64).
 * ferry-test: arch-specific (uname reports the machine) */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE 1
#endif

int main(void)
{
    umask(022); /* the mode bits printed below must not depend on the caller */
    char dir[] = "/tmp/ferry-sysmisc-XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    char a[256], b[256];
    snprintf(a, sizeof a, "%s/a", dir);
    snprintf(b, sizeof b, "%s/b", dir);

    int fd = open(a, O_CREAT | O_WRONLY, 0640);
    write(fd, "0123456789", 10);
    struct stat st;
    long r = syscall(SYS_fstat, fd, &st);
    printf("fstat: %ld size=%lld mode=%o regular=%d\n", r, (long long)st.st_size,
           (unsigned)(st.st_mode & 0777), S_ISREG(st.st_mode));
    close(fd);

    struct statx sx;
    r = statx(AT_FDCWD, a, 0, STATX_SIZE | STATX_MODE, &sx);
    printf("statx: %ld size=%llu mode=%o\n", r, (unsigned long long)sx.stx_size,
           (unsigned)(sx.stx_mode & 0777));

    close(open(b, O_CREAT | O_WRONLY, 0600));
    r = syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_NOREPLACE);
    printf("renameat2 noreplace: %ld %s\n", r, r ? strerror(errno) : "");
    r = syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 0);
    printf("renameat2: %ld, a exists: %d\n", r, access(a, F_OK) == 0);
    unlink(b);
    rmdir(dir);

    struct utsname u;
    r = uname(&u);
    printf("uname: %ld %s %s\n", r, u.sysname, u.machine);

    struct timespec ts = { 0, 1000000 };
    r = syscall(SYS_nanosleep, &ts, NULL);
    printf("nanosleep: %ld\n", r);

    struct rlimit rl;
    r = syscall(SYS_getrlimit, RLIMIT_NOFILE, &rl);
    printf("getrlimit: %ld cur<=max %d cur>0 %d\n", r, rl.rlim_cur <= rl.rlim_max, rl.rlim_cur > 0);

    static char altstack[65536];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0 }, old;
    r = sigaltstack(&ss, NULL);
    sigaltstack(NULL, &old);
    printf("sigaltstack: %ld same sp %d size %zu flags %d\n", r, old.ss_sp == altstack,
           old.ss_size, old.ss_flags);

    int p[2];
    pipe(p);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x1122334455667788ull };
    r = epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
    printf("epoll_ctl: %ld\n", r);
    struct epoll_event got[4];
    memset(got, 0, sizeof got);
    printf("epoll_wait empty: %d\n", epoll_wait(ep, got, 4, 0));
    write(p[1], "x", 1);
    int n = epoll_wait(ep, got, 4, 1000);
    printf("epoll_wait: %d events=%#x data=%#llx\n", n, got[0].events,
           (unsigned long long)got[0].data.u64);
    return 0;
}
