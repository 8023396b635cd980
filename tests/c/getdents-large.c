/* getdents64 on a directory of 3000 entries, read in small batches: every
 * name comes back exactly once, with d_type, record lengths that are
 * 8-byte multiples, and a rewind (lseek to 0) starts over; readdir agrees.
 * Also a buffer too small for one entry (EINVAL), a file (ENOTDIR) and a
 * bad buffer (EFAULT). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define COUNT 3000

struct linux_dirent64 {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *res(long r)
{
    static char buf[32];
    if (r != -1) {
        snprintf(buf, sizeof buf, "%ld", r);
        return buf;
    }
    switch (errno) {
    case EINVAL: return "EINVAL";
    case EFAULT: return "EFAULT";
    case ENOTDIR: return "ENOTDIR";
    case EBADF: return "EBADF";
    default: return strerror(errno);
    }
}

static unsigned char seen[COUNT];

/* Read the whole directory with getdents64 into `bufsize`-byte batches. */
static void scan(int fd, size_t bufsize, const char *label)
{
    memset(seen, 0, sizeof seen);
    char *buf = malloc(bufsize);
    long calls = 0, entries = 0, dots = 0, others = 0, dups = 0, badlen = 0, badtype = 0;
    for (;;) {
        long n = syscall(SYS_getdents64, fd, buf, bufsize);
        if (n <= 0) {
            if (n < 0)
                printf("%s: getdents64 %s\n", label, res(n));
            break;
        }
        calls++;
        for (long at = 0; at < n;) {
            struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + at);
            if (d->d_reclen % 8 || d->d_reclen < offsetof(struct linux_dirent64, d_name) + strlen(d->d_name) + 1)
                badlen++;
            entries++;
            int i;
            if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, "..")) {
                dots++;
                if (d->d_type != DT_DIR && d->d_type != DT_UNKNOWN)
                    badtype++;
            } else if (sscanf(d->d_name, "entry-%d", &i) == 1 && i >= 0 && i < COUNT) {
                if (seen[i]++)
                    dups++;
                if (d->d_type != DT_REG && d->d_type != DT_UNKNOWN)
                    badtype++;
            } else {
                others++;
            }
            at += d->d_reclen;
        }
    }
    int missing = 0;
    for (int i = 0; i < COUNT; i++)
        missing += !seen[i];
    printf("%s: entries %ld dots %ld others %ld duplicates %ld missing %d bad reclen %ld bad type %ld"
           " several calls %s\n",
           label, entries, dots, others, dups, missing, badlen, badtype, yesno(calls > 1));
    free(buf);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char dir[4096], path[4200];
    snprintf(dir, sizeof dir, "%s/getdents-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    for (int i = 0; i < COUNT; i++) {
        snprintf(path, sizeof path, "%s/entry-%d", dir, i);
        int f = open(path, O_WRONLY | O_CREAT, 0600);
        if (f < 0) {
            printf("create %d: %s\n", i, strerror(errno));
            return 1;
        }
        close(f);
    }
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    scan(fd, 1024, "1 KiB batches");
    errno = 0;
    printf("at the end: %s\n", res(syscall(SYS_getdents64, fd, path, sizeof path)));
    printf("rewind: %s\n", res(lseek(fd, 0, SEEK_SET)));
    scan(fd, 32768, "32 KiB batches");
    lseek(fd, 0, SEEK_SET);
    errno = 0;
    printf("buffer too small for an entry: %s\n", res(syscall(SYS_getdents64, fd, path, 10)));
    errno = 0;
    printf("bad buffer: %s\n", res(syscall(SYS_getdents64, fd, (void *)8, 4096)));
    close(fd);

    DIR *d = opendir(dir);
    long n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n++;
    closedir(d);
    printf("readdir: %ld entries\n", n);

    snprintf(path, sizeof path, "%s/entry-0", dir);
    int file = open(path, O_RDONLY);
    char small[64];
    errno = 0;
    printf("getdents64 on a file: %s\n", res(syscall(SYS_getdents64, file, small, sizeof small)));
    close(file);
    errno = 0;
    printf("getdents64 on a bad fd: %s\n", res(syscall(SYS_getdents64, -1, small, sizeof small)));

    for (int i = 0; i < COUNT; i++) {
        snprintf(path, sizeof path, "%s/entry-%d", dir, i);
        unlink(path);
    }
    printf("rmdir: %s\n", res(rmdir(dir)));
    return 0;
}
