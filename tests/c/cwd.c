/* getcwd, chdir and fchdir.  The emulator looks absolute paths up in the
 * guest's sysroot first (the cross libc in /usr/aarch64-linux-gnu, whose
 * lib directory is a real one), so chdir("/lib") may land there; getcwd
 * must then give the guest's name for it, as in a chroot, and that name
 * must lead back to the same directory.  On a merged-/usr machine the
 * same calls give /usr/lib.  Also the kernel's ERANGE and EFAULT rules,
 * which count the guest's name, and ENOENT for a removed directory.
 * ferry-test: static-only (qemu's -L, which the dynamic build gets, reports
 * host paths) */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *res(long r)
{
    static char buf[32];
    if (r != -1) {
        snprintf(buf, sizeof buf, "%ld", r);
        return buf;
    }
    switch (errno) {
    case ERANGE: return "ERANGE";
    case EFAULT: return "EFAULT";
    case ENOENT: return "ENOENT";
    case EINVAL: return "EINVAL";
    default: return strerror(errno);
    }
}

/* Does `path` name the working directory? */
static int names_cwd(const char *path)
{
    struct stat a, b;
    return stat(path, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static long raw_getcwd(char *buf, size_t size)
{
    return syscall(SYS_getcwd, buf, size);
}

int main(void)
{
    char start[4096], buf[4096];
    long n = raw_getcwd(start, sizeof start);
    printf("getcwd: %s, names the cwd: %s\n", n > 0 ? "ok" : res(n), yesno(names_cwd(start)));
    printf("  returns strlen+1: %s\n", yesno(n == (long)strlen(start) + 1));
    int home = open(".", O_RDONLY | O_DIRECTORY);

    printf("chdir /lib: %s\n", res(chdir("/lib")));
    raw_getcwd(buf, sizeof buf);
    printf("  getcwd is /lib or /usr/lib: %s\n", yesno(!strcmp(buf, "/lib") || !strcmp(buf, "/usr/lib")));
    printf("  names the cwd: %s\n", yesno(names_cwd(buf)));
    size_t len = strlen(buf);
    errno = 0;
    printf("  getcwd into exactly strlen+1: %s\n", yesno(raw_getcwd(buf, len + 1) == (long)len + 1));
    errno = 0;
    printf("  getcwd into strlen: %s\n", res(raw_getcwd(buf, len)));
    errno = 0;
    printf("  getcwd into 0 bytes: %s\n", res(raw_getcwd(buf, 0)));
    errno = 0;
    printf("  getcwd to a bad buffer: %s\n", res(raw_getcwd((char *)8, sizeof buf)));
    char *dup = getcwd(NULL, 0);
    printf("  getcwd(NULL, 0) agrees: %s\n", yesno(dup && !strcmp(dup, buf)));
    free(dup);

    int lib = open(".", O_RDONLY | O_DIRECTORY);
    printf("fchdir back: %s\n", res(fchdir(home)));
    raw_getcwd(buf, sizeof buf);
    printf("  back where we started: %s\n", yesno(!strcmp(buf, start)));
    printf("fchdir to the /lib fd: %s\n", res(fchdir(lib)));
    raw_getcwd(buf, sizeof buf);
    printf("  getcwd is /lib or /usr/lib: %s\n", yesno(!strcmp(buf, "/lib") || !strcmp(buf, "/usr/lib")));
    printf("chdir to getcwd's answer: %s\n", res(chdir(buf)));
    printf("  names the /lib fd: %s\n", yesno(names_cwd(buf)));
    close(lib);

    /* A directory outside the sysroot keeps its own name. */
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/cwd-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    char real[4096];
    if (!realpath(dir, real))
        return 1;
    printf("chdir temporary directory: %s\n", res(chdir(dir)));
    raw_getcwd(buf, sizeof buf);
    printf("  getcwd is its real path: %s\n", yesno(!strcmp(buf, real)));
    printf("rmdir it while inside: %s\n", res(rmdir(dir)));
    errno = 0;
    printf("  getcwd: %s\n", res(raw_getcwd(buf, sizeof buf)));
    printf("fchdir back: %s\n", res(fchdir(home)));
    raw_getcwd(buf, sizeof buf);
    printf("  back where we started: %s\n", yesno(!strcmp(buf, start)));
    close(home);
    return 0;
}
