/* Extended attributes: set/get/list/remove by path, by path without
 * following a symlink, and by descriptor; XATTR_CREATE and XATTR_REPLACE,
 * size queries, ERANGE, ENODATA.  The file lives under $TMPDIR; where that
 * file system has no user attributes, every call fails with ENOTSUP and
 * the test says only that. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

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
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case ENODATA: return "ENODATA";
    case ERANGE: return "ERANGE";
    case EPERM: return "EPERM";
    case EBADF: return "EBADF";
    case ENOTSUP: return "ENOTSUP";
    default: return strerror(errno);
    }
}

#define CALL(label, expr)                   \
    do {                                    \
        errno = 0;                          \
        long r_ = (expr);                   \
        printf("%s: %s\n", label, res(r_)); \
    } while (0)

/* The user.* names in a list, sorted, comma-separated. */
static void print_list(const char *label, const char *list, long len)
{
    const char *names[16];
    int n = 0;
    for (long i = 0; i < len && n < 16; i += (long)strlen(list + i) + 1)
        if (!strncmp(list + i, "user.", 5))
            names[n++] = list + i;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (strcmp(names[j], names[i]) < 0) {
                const char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    printf("  %s:", label);
    for (int i = 0; i < n; i++)
        printf(" %s", names[i]);
    printf("\n");
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char dir[4096], file[4200], link[4200];
    snprintf(dir, sizeof dir, "%s/xattr-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    snprintf(file, sizeof file, "%s/f", dir);
    snprintf(link, sizeof link, "%s/l", dir);
    int fd = open(file, O_RDWR | O_CREAT, 0644);
    symlink("f", link);

    errno = 0;
    if (setxattr(file, "user.probe", "1", 1, 0) != 0 && (errno == ENOTSUP || errno == EOPNOTSUPP)) {
        printf("user extended attributes: not supported here\n");
        goto out;
    }
    removexattr(file, "user.probe");
    printf("user extended attributes: supported\n");

    char buf[256];
    CALL("setxattr", setxattr(file, "user.colour", "blue", 4, 0));
    CALL("setxattr XATTR_CREATE existing", setxattr(file, "user.colour", "red", 3, XATTR_CREATE));
    CALL("setxattr XATTR_REPLACE missing", setxattr(file, "user.size", "9", 1, XATTR_REPLACE));
    CALL("setxattr XATTR_REPLACE", setxattr(file, "user.colour", "green", 5, XATTR_REPLACE));
    CALL("setxattr both flags", setxattr(file, "user.x", "1", 1, XATTR_CREATE | XATTR_REPLACE));
    CALL("setxattr empty value", setxattr(file, "user.empty", "", 0, 0));
    CALL("setxattr unknown namespace", setxattr(file, "nonsense.x", "1", 1, 0));
    char missing[4300];
    snprintf(missing, sizeof missing, "%s/missing", dir);
    CALL("setxattr missing file", setxattr(missing, "user.x", "1", 1, 0));
    CALL("fsetxattr", fsetxattr(fd, "user.by-fd", "fd", 2, 0));
    CALL("fsetxattr bad fd", fsetxattr(-1, "user.x", "1", 1, 0));
    CALL("lsetxattr user.* on a symlink", lsetxattr(link, "user.x", "1", 1, 0));
    CALL("setxattr through the symlink", setxattr(link, "user.via-link", "L", 1, 0));

    CALL("getxattr size query", getxattr(file, "user.colour", NULL, 0));
    memset(buf, 0, sizeof buf);
    CALL("getxattr", getxattr(file, "user.colour", buf, sizeof buf));
    printf("  value: %s\n", buf);
    CALL("getxattr too small", getxattr(file, "user.colour", buf, 2));
    CALL("getxattr missing", getxattr(file, "user.nothing", buf, sizeof buf));
    CALL("getxattr empty value", getxattr(file, "user.empty", buf, sizeof buf));
    memset(buf, 0, sizeof buf);
    CALL("lgetxattr through the link target", lgetxattr(file, "user.via-link", buf, sizeof buf));
    printf("  value: %s\n", buf);
    CALL("lgetxattr on the link", lgetxattr(link, "user.via-link", buf, sizeof buf));
    memset(buf, 0, sizeof buf);
    CALL("fgetxattr", fgetxattr(fd, "user.by-fd", buf, sizeof buf));
    printf("  value: %s\n", buf);
    CALL("getxattr bad buffer", syscall(SYS_getxattr, file, "user.colour", 8, 16));
    CALL("getxattr bad name pointer", syscall(SYS_getxattr, file, 8, buf, 16));

    long need = listxattr(file, NULL, 0);
    long got = listxattr(file, buf, sizeof buf);
    printf("listxattr: size query matches: %s\n", need == got && got > 0 ? "yes" : "no");
    print_list("names", buf, got);
    CALL("listxattr too small", listxattr(file, buf, 3));
    got = flistxattr(fd, buf, sizeof buf);
    print_list("flistxattr", buf, got);
    got = llistxattr(link, buf, sizeof buf);
    print_list("llistxattr on the link", buf, got);

    CALL("removexattr", removexattr(file, "user.colour"));
    CALL("removexattr again", removexattr(file, "user.colour"));
    CALL("fremovexattr", fremovexattr(fd, "user.by-fd"));
    CALL("lremovexattr on the link", lremovexattr(link, "user.via-link"));
    CALL("removexattr through the link", removexattr(link, "user.via-link"));
    got = listxattr(file, buf, sizeof buf);
    print_list("left", buf, got);
    removexattr(file, "user.empty");
out:
    close(fd);
    unlink(link);
    unlink(file);
    printf("rmdir: %s\n", res(rmdir(dir)));
    return 0;
}
