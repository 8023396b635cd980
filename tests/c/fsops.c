/* File system calls Debian's tools make that pass through to the host:
 * statfs/fstatfs (the asm-generic struct, 120 bytes on both), utimensat
 * (paths, the NULL-path form on a descriptor, AT_EMPTY_PATH, UTIME_NOW and
 * UTIME_OMIT), fchmodat and fchownat, flock, memfd_create with seals, and
 * the copying calls copy_file_range, sendfile, splice, tee and vmsplice. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/uio.h>
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
    case EINVAL: return "EINVAL";
    case EFAULT: return "EFAULT";
    case ENOENT: return "ENOENT";
    case EBADF: return "EBADF";
    case EPERM: return "EPERM";
    case EWOULDBLOCK: return "EWOULDBLOCK";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    case ENOTDIR: return "ENOTDIR";
    case ESPIPE: return "ESPIPE";
    default: return strerror(errno);
    }
}

#define CALL(label, expr)                   \
    do {                                    \
        errno = 0;                          \
        long r_ = (expr);                   \
        printf("%s: %s\n", label, res(r_)); \
    } while (0)

static char dir[4096];

static const char *at(const char *name)
{
    static char path[2][4200];
    static int which;
    which ^= 1;
    snprintf(path[which], sizeof path[which], "%s/%s", dir, name);
    return path[which];
}

static void put_file(const char *name, const char *text)
{
    int fd = open(at(name), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write(fd, text, strlen(text));
    close(fd);
}

static void filesystems(void)
{
    struct statfs a, b;
    memset(&a, 0x5a, sizeof a);
    memset(&b, 0xa5, sizeof b);
    CALL("statfs", statfs(dir, &a));
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    CALL("fstatfs", fstatfs(fd, &b));
    close(fd);
    printf("  statfs and fstatfs agree: %s\n",
           yesno(a.f_type == b.f_type && a.f_bsize == b.f_bsize && a.f_blocks == b.f_blocks &&
                 !memcmp(&a.f_fsid, &b.f_fsid, sizeof a.f_fsid) && a.f_namelen == b.f_namelen &&
                 a.f_frsize == b.f_frsize && a.f_flags == b.f_flags && a.f_files == b.f_files));
    printf("  bsize>0 %s frsize>0 %s blocks>=bfree>=bavail %s namelen %ld\n", yesno(a.f_bsize > 0),
           yesno(a.f_frsize > 0), yesno(a.f_blocks >= a.f_bfree && a.f_bfree >= a.f_bavail),
           (long)a.f_namelen);
    printf("  f_flags has ST_VALID: %s, spare zero: %s\n", yesno(a.f_flags & 0x20),
           yesno(!a.f_spare[0] && !a.f_spare[1] && !a.f_spare[2] && !a.f_spare[3]));
    struct statvfs v;
    CALL("statvfs", statvfs(dir, &v));
    printf("  agrees with statfs: %s\n", yesno(v.f_bsize == (unsigned long)a.f_bsize &&
                                               v.f_blocks == a.f_blocks && v.f_namemax == 255));
    CALL("statfs missing", statfs(at("missing"), &a));
    CALL("statfs bad buffer", statfs(dir, (struct statfs *)8));
    CALL("fstatfs bad fd", fstatfs(-1, &a));
}

static void print_times(const char *label, const char *name, int flags)
{
    struct stat st;
    fstatat(AT_FDCWD, at(name), &st, flags);
    printf("  %s: atime %lld.%09ld mtime %lld.%09ld\n", label, (long long)st.st_atim.tv_sec,
           st.st_atim.tv_nsec, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

static void times_and_owners(void)
{
    put_file("t", "times");
    struct timespec ts[2] = { { 1000, 500 }, { 2000000000, 250000000 } };
    CALL("utimensat", utimensat(AT_FDCWD, at("t"), ts, 0));
    print_times("set", "t", 0);
    struct timespec omit[2] = { { 5, UTIME_OMIT }, { 3000, 0 } };
    CALL("utimensat atime UTIME_OMIT", utimensat(AT_FDCWD, at("t"), omit, 0));
    print_times("mtime only", "t", 0);
    int fd = open(at("t"), O_RDWR);
    struct timespec ts2[2] = { { 7, 7 }, { 8, 8 } };
    CALL("utimensat(fd, NULL)", syscall(SYS_utimensat, fd, NULL, ts2, 0));
    print_times("by fd", "t", 0);
    CALL("utimensat(fd, NULL, AT_SYMLINK_NOFOLLOW)", syscall(SYS_utimensat, fd, NULL, ts2, AT_SYMLINK_NOFOLLOW));
    struct timespec ts3[2] = { { 9, 0 }, { 10, 0 } };
    CALL("utimensat(fd, \"\", AT_EMPTY_PATH)", utimensat(fd, "", ts3, AT_EMPTY_PATH));
    print_times("empty path", "t", 0);
    CALL("futimens", futimens(fd, ts2));
    print_times("futimens", "t", 0);
    struct stat before, after;
    fstat(fd, &before);
    struct timespec now[2] = { { 0, UTIME_NOW }, { 0, UTIME_NOW } };
    CALL("utimensat UTIME_NOW", utimensat(AT_FDCWD, at("t"), now, 0));
    fstat(fd, &after);
    printf("  times moved forward: %s\n", yesno(after.st_mtim.tv_sec > before.st_mtim.tv_sec));
    struct timespec bad[2] = { { 0, 1000000000 }, { 0, 0 } };
    CALL("utimensat nsec out of range", utimensat(AT_FDCWD, at("t"), bad, 0));
    CALL("utimensat missing", utimensat(AT_FDCWD, at("missing"), ts, 0));
    CALL("utimensat bad times pointer", syscall(SYS_utimensat, AT_FDCWD, at("t"), 8, 0));

    symlink("t", at("link"));
    CALL("utimensat link AT_SYMLINK_NOFOLLOW", utimensat(AT_FDCWD, at("link"), ts2, AT_SYMLINK_NOFOLLOW));
    print_times("link itself", "link", AT_SYMLINK_NOFOLLOW);
    struct stat target;
    stat(at("t"), &target);
    printf("  its target kept its times: %s\n", yesno(target.st_mtim.tv_sec != 8));

    struct stat st;
    CALL("fchmodat 0604", fchmodat(AT_FDCWD, at("t"), 0604, 0));
    stat(at("t"), &st);
    printf("  mode %o\n", (unsigned)(st.st_mode & 07777));
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    CALL("fchmodat relative to a dirfd", fchmodat(dfd, "t", 0640, 0));
    stat(at("t"), &st);
    printf("  mode %o\n", (unsigned)(st.st_mode & 07777));
    CALL("fchmodat AT_SYMLINK_NOFOLLOW, file", fchmodat(dfd, "t", 0600, AT_SYMLINK_NOFOLLOW));
    stat(at("t"), &st);
    printf("  mode %o\n", (unsigned)(st.st_mode & 07777));
    CALL("fchmodat AT_SYMLINK_NOFOLLOW, link", fchmodat(dfd, "link", 0600, AT_SYMLINK_NOFOLLOW));
    CALL("fchmodat missing", fchmodat(dfd, "missing", 0600, 0));
    CALL("fchmodat on a file as dirfd", fchmodat(fd, "x", 0600, 0));
    CALL("fchownat self", fchownat(dfd, "t", getuid(), getgid(), 0));
    CALL("fchownat -1 -1", fchownat(dfd, "t", -1, -1, 0));
    CALL("fchownat link AT_SYMLINK_NOFOLLOW", fchownat(dfd, "link", getuid(), getgid(), AT_SYMLINK_NOFOLLOW));
    CALL("fchownat AT_EMPTY_PATH", fchownat(fd, "", getuid(), -1, AT_EMPTY_PATH));
    CALL("fchownat bad flag", fchownat(dfd, "t", -1, -1, 0x4));
    close(dfd);
    close(fd);
}

static void locks(void)
{
    put_file("lock", "");
    int a = open(at("lock"), O_RDWR), b = open(at("lock"), O_RDWR);
    CALL("flock LOCK_EX", flock(a, LOCK_EX));
    CALL("flock LOCK_EX|LOCK_NB, other open file", flock(b, LOCK_EX | LOCK_NB));
    CALL("flock LOCK_SH|LOCK_NB, other open file", flock(b, LOCK_SH | LOCK_NB));
    CALL("flock LOCK_UN", flock(a, LOCK_UN));
    CALL("flock LOCK_SH", flock(a, LOCK_SH));
    CALL("flock LOCK_SH|LOCK_NB, other open file", flock(b, LOCK_SH | LOCK_NB));
    CALL("flock LOCK_EX|LOCK_NB while shared", flock(b, LOCK_EX | LOCK_NB));
    CALL("flock bad operation", flock(a, 0));
    CALL("flock bad fd", flock(-1, LOCK_EX));
    close(a);
    close(b);
}

static void memfd(void)
{
    int fd = memfd_create("ferry-memfd", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    printf("memfd_create: %s\n", yesno(fd >= 0));
    printf("  close-on-exec: %s\n", yesno(fcntl(fd, F_GETFD) & FD_CLOEXEC));
    CALL("  write", write(fd, "sealed data", 11));
    struct stat st;
    fstat(fd, &st);
    printf("  size %lld regular %s\n", (long long)st.st_size, yesno(S_ISREG(st.st_mode)));
    char *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
    printf("  mapped: %.11s\n", m == MAP_FAILED ? "(failed)" : m);
    munmap(m, 4096);
    CALL("  F_ADD_SEALS write|grow|shrink", fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK));
    CALL("  F_GET_SEALS", fcntl(fd, F_GET_SEALS));
    CALL("  write after F_SEAL_WRITE", pwrite(fd, "x", 1, 0));
    CALL("  ftruncate after F_SEAL_SHRINK", ftruncate(fd, 1));
    CALL("  F_ADD_SEALS seal", fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL));
    CALL("  F_ADD_SEALS after F_SEAL_SEAL", fcntl(fd, F_ADD_SEALS, F_SEAL_FUTURE_WRITE));
    close(fd);
    int plain = memfd_create("plain", 0);
    CALL("F_ADD_SEALS without MFD_ALLOW_SEALING", fcntl(plain, F_ADD_SEALS, F_SEAL_WRITE));
    printf("  not close-on-exec: %s\n", yesno(!(fcntl(plain, F_GETFD) & FD_CLOEXEC)));
    close(plain);
    CALL("memfd_create unknown flag", memfd_create("x", 0x1000));
    char longname[300];
    memset(longname, 'n', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    CALL("memfd_create 299-byte name", memfd_create(longname, 0));
    CALL("memfd_create bad name pointer", memfd_create((char *)8, 0));
}

static void copying(void)
{
    put_file("src", "0123456789abcdefghij");
    int in = open(at("src"), O_RDONLY);
    int out = open(at("dst"), O_RDWR | O_CREAT | O_TRUNC, 0644);
    char buf[64];

    loff_t off_in = 5, off_out = 2;
    CALL("copy_file_range with offsets", copy_file_range(in, &off_in, out, &off_out, 6, 0));
    printf("  offsets now %lld %lld, file positions %lld %lld\n", (long long)off_in,
           (long long)off_out, (long long)lseek(in, 0, SEEK_CUR), (long long)lseek(out, 0, SEEK_CUR));
    CALL("copy_file_range with file positions", copy_file_range(in, NULL, out, NULL, 3, 0));
    memset(buf, 0, sizeof buf);
    pread(out, buf, sizeof buf - 1, 0);
    for (int i = 0; i < 8; i++)
        buf[i] = buf[i] ? buf[i] : '.';
    printf("  dst now: %s\n", buf);
    CALL("copy_file_range flags", copy_file_range(in, NULL, out, NULL, 3, 1));
    CALL("copy_file_range past the end", copy_file_range(in, &(loff_t){ 100 }, out, NULL, 3, 0));

    lseek(in, 0, SEEK_SET);
    int p[2];
    pipe(p);
    off_t off = 10;
    CALL("sendfile file->pipe with offset", sendfile(p[1], in, &off, 4));
    printf("  offset now %lld, file position %lld\n", (long long)off, (long long)lseek(in, 0, SEEK_CUR));
    CALL("sendfile file->pipe at the position", sendfile(p[1], in, NULL, 3));
    printf("  file position %lld\n", (long long)lseek(in, 0, SEEK_CUR));
    memset(buf, 0, sizeof buf);
    read(p[0], buf, sizeof buf);
    printf("  pipe: %s\n", buf);
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    off = 15;
    CALL("sendfile file->socket", sendfile(sv[0], in, &off, 100));
    memset(buf, 0, sizeof buf);
    read(sv[1], buf, sizeof buf);
    printf("  socket: %s\n", buf);
    CALL("sendfile from a pipe", sendfile(sv[0], p[0], NULL, 1));

    loff_t soff = 3;
    CALL("splice file->pipe", splice(in, &soff, p[1], NULL, 5, 0));
    printf("  offset now %lld\n", (long long)soff);
    int q[2];
    pipe(q);
    CALL("tee pipe->pipe", tee(p[0], q[1], 100, 0));
    loff_t doff = 0;
    CALL("splice pipe->file", splice(p[0], NULL, out, &doff, 100, 0));
    memset(buf, 0, sizeof buf);
    read(q[0], buf, sizeof buf);
    printf("  tee copy: %s\n", buf);
    memset(buf, 0, sizeof buf);
    pread(out, buf, 5, 0);
    printf("  file head: %s\n", buf);
    CALL("splice with an offset on a pipe", splice(p[0], &doff, out, NULL, 1, 0));
    CALL("splice file->file", splice(in, NULL, out, NULL, 1, 0));

    char part1[] = "vm", part2[] = "splice";
    struct iovec iov[2] = { { part1, 2 }, { part2, 6 } };
    CALL("vmsplice", vmsplice(p[1], iov, 2, 0));
    memset(buf, 0, sizeof buf);
    read(p[0], buf, sizeof buf);
    printf("  pipe: %s\n", buf);
    CALL("vmsplice into a file", vmsplice(out, iov, 2, 0));
    close(p[0]);
    close(p[1]);
    close(q[0]);
    close(q[1]);
    close(sv[0]);
    close(sv[1]);
    close(in);
    close(out);
}

int main(void)
{
    umask(022);
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/fsops-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    filesystems();
    times_and_owners();
    locks();
    memfd();
    copying();
    const char *names[] = { "t", "link", "lock", "src", "dst" };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        unlink(at(names[i]));
    printf("rmdir: %s\n", res(rmdir(dir)));
    return 0;
}
