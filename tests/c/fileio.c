/* fileio.c - file system calls in a private directory from mkdtemp:
 * open/read/write/lseek/pread/pwrite/readv/writev, stat family, O_APPEND,
 * holes, ftruncate, rename, links, readdir, *at calls, fcntl, utimensat,
 * errno values, and stdio on files.  Paths are never printed. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

static char dir[4096];
static const char *path(const char *name)
{
    static char buf[2][4200];
    static int which;
    which ^= 1;
    snprintf(buf[which], sizeof buf[which], "%s/%s", dir, name);
    return buf[which];
}

static const char *err(int e)
{
    switch (e) {
    case 0: return "ok";
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EBADF: return "EBADF";
    case EISDIR: return "EISDIR";
    case ENOTDIR: return "ENOTDIR";
    case EINVAL: return "EINVAL";
    case EACCES: return "EACCES";
    case ESPIPE: return "ESPIPE";
    default: return strerror(e);
    }
}

#define CHECK(expr) do { errno = 0; long r_ = (long)(expr); \
    printf("%-48s = %ld %s\n", #expr, r_, r_ < 0 ? err(errno) : ""); } while (0)

static int cmpstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_dir(const char *d)
{
    DIR *dp = opendir(d);
    if (!dp) { printf("opendir failed: %s\n", err(errno)); return; }
    char *names[64];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < 64) {
        char t = de->d_type == DT_DIR ? 'd' : de->d_type == DT_REG ? 'f' :
                 de->d_type == DT_LNK ? 'l' : de->d_type == DT_UNKNOWN ? '?' : 'o';
        char *s = malloc(strlen(de->d_name) + 3);
        sprintf(s, "%s %c", de->d_name, t);
        names[n++] = s;
    }
    closedir(dp);
    qsort(names, n, sizeof names[0], cmpstr);
    printf("readdir:");
    for (int i = 0; i < n; i++) {
        printf(" [%s]", names[i]);
        free(names[i]);
    }
    printf("\n");
}

static void show_stat(const char *name)
{
    struct stat st;
    if (lstat(path(name), &st) != 0) {
        printf("stat %s: %s\n", name, err(errno));
        return;
    }
    printf("stat %s: size=%lld mode=%o type=%s nlink=%lu\n", name,
           (long long)st.st_size, (unsigned)(st.st_mode & 07777),
           S_ISREG(st.st_mode) ? "reg" : S_ISDIR(st.st_mode) ? "dir" : S_ISLNK(st.st_mode) ? "lnk" : "other",
           (unsigned long)st.st_nlink);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/ferry-fileio-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 1; }
    umask(022);

    char buf[256];
    int fd;
    CHECK(fd = open(path("a.txt"), O_CREAT | O_EXCL | O_WRONLY, 0640));
    CHECK(write(fd, "hello, file\n", 12));
    CHECK(write(fd, "0123456789abcdef", 16));
    CHECK(read(fd, buf, 4));                          /* EBADF: write-only */
    CHECK(close(fd));
    CHECK(open(path("a.txt"), O_CREAT | O_EXCL | O_WRONLY, 0640));   /* EEXIST */
    show_stat("a.txt");

    CHECK(fd = open(path("a.txt"), O_RDWR));
    memset(buf, 0, sizeof buf);
    CHECK(read(fd, buf, 5));
    printf("read: <%s>\n", buf);
    CHECK(lseek(fd, 0, SEEK_CUR));
    CHECK(lseek(fd, -4, SEEK_END));
    memset(buf, 0, sizeof buf);
    CHECK(read(fd, buf, 100));
    printf("tail: <%s>\n", buf);
    CHECK(read(fd, buf, 100));                        /* EOF */
    CHECK(lseek(fd, -100, SEEK_SET));                 /* EINVAL */
    CHECK(pwrite(fd, "HELLO", 5, 0));
    CHECK(lseek(fd, 0, SEEK_CUR));                    /* pwrite keeps offset */
    memset(buf, 0, sizeof buf);
    CHECK(pread(fd, buf, 8, 0));
    printf("pread: <%s>\n", buf);

    /* A hole: seek past the end and write. */
    CHECK(lseek(fd, 4096 * 3, SEEK_SET));
    CHECK(write(fd, "X", 1));
    show_stat("a.txt");
    memset(buf, 1, sizeof buf);
    CHECK(pread(fd, buf, 16, 4096));
    int zeros = 0;
    for (int i = 0; i < 16; i++) zeros += buf[i] == 0;
    printf("hole reads as zeros: %d/16\n", zeros);
    CHECK(ftruncate(fd, 10));
    show_stat("a.txt");

    /* readv/writev */
    struct iovec iov[3] = { { "one ", 4 }, { "two ", 4 }, { "three\n", 6 } };
    CHECK(lseek(fd, 0, SEEK_SET));
    CHECK(writev(fd, iov, 3));
    char p1[3], p2[5], p3[20];
    memset(p3, 0, sizeof p3);
    struct iovec riov[3] = { { p1, 3 }, { p2, 5 }, { p3, sizeof p3 - 1 } };
    CHECK(lseek(fd, 0, SEEK_SET));
    CHECK(readv(fd, riov, 3));
    printf("readv: <%.3s|%.5s|%s>\n", p1, p2, p3);
    CHECK(fsync(fd));
    CHECK(fdatasync(fd));

    /* fcntl and dup */
    CHECK(fcntl(fd, F_GETFL) & O_ACCMODE);
    CHECK(fcntl(fd, F_GETFD));
    CHECK(fcntl(fd, F_SETFD, FD_CLOEXEC));
    CHECK(fcntl(fd, F_GETFD));
    int fd2;
    CHECK(fd2 = dup(fd));
    CHECK(fcntl(fd2, F_GETFD));                       /* dup clears CLOEXEC */
    CHECK(lseek(fd2, 2, SEEK_SET));
    CHECK(lseek(fd, 0, SEEK_CUR));                    /* shared offset */
    CHECK(dup2(fd, 100));
    CHECK(close(100));
    CHECK(close(100));                                /* EBADF */
    CHECK(dup3(fd, 101, O_CLOEXEC));
    CHECK(fcntl(101, F_GETFD));
    CHECK(close(101));
    CHECK(close(fd2));
    CHECK(close(fd));

    /* O_APPEND always writes at the end. */
    CHECK(fd = open(path("a.txt"), O_WRONLY | O_APPEND));
    CHECK(lseek(fd, 0, SEEK_SET));
    CHECK(write(fd, "appended\n", 9));
    CHECK(close(fd));
    show_stat("a.txt");

    /* Directories, links, renames */
    CHECK(mkdir(path("sub"), 0755));
    CHECK(mkdir(path("sub"), 0755));                  /* EEXIST */
    CHECK(rename(path("a.txt"), path("b.txt")));
    show_stat("a.txt");
    show_stat("b.txt");
    CHECK(link(path("b.txt"), path("hard")));
    show_stat("b.txt");
    CHECK(symlink("b.txt", path("soft")));
    show_stat("soft");
    memset(buf, 0, sizeof buf);
    CHECK(readlink(path("soft"), buf, sizeof buf - 1));
    printf("readlink: <%s>\n", buf);
    struct stat st;
    CHECK(stat(path("soft"), &st));
    printf("stat through symlink: size=%lld\n", (long long)st.st_size);
    CHECK(open(path("sub"), O_WRONLY));               /* EISDIR */
    CHECK(open(path("b.txt/x"), O_RDONLY));           /* ENOTDIR */
    CHECK(open(path("missing"), O_RDONLY));           /* ENOENT */
    CHECK(access(path("b.txt"), R_OK | W_OK));
    CHECK(access(path("b.txt"), X_OK));               /* EACCES (unless root) */

    /* *at calls relative to a directory fd */
    int dfd;
    CHECK(dfd = open(dir, O_RDONLY | O_DIRECTORY));
    CHECK(fd = openat(dfd, "sub/inner", O_CREAT | O_WRONLY | O_TRUNC, 0600));
    CHECK(write(fd, "inner\n", 6));
    CHECK(close(fd));
    CHECK(fstatat(dfd, "sub/inner", &st, 0));
    printf("fstatat: size=%lld mode=%o\n", (long long)st.st_size, (unsigned)(st.st_mode & 0777));
    CHECK(renameat(dfd, "sub/inner", dfd, "moved"));
    CHECK(mkdirat(dfd, "sub/deeper", 0700));
    CHECK(rmdir(path("sub")));                        /* ENOTEMPTY */

    /* Fixed timestamps read back exactly. */
    struct timespec ts[2] = { { 1000000000, 123456789 }, { 1234567890, 987654321 } };
    CHECK(utimensat(dfd, "moved", ts, 0));
    CHECK(fstatat(dfd, "moved", &st, 0));
    printf("atime=%lld.%09ld mtime=%lld.%09ld\n", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    CHECK(fchmodat(dfd, "moved", 0604, 0));
    CHECK(fstatat(dfd, "moved", &st, 0));
    printf("mode after chmod=%o\n", (unsigned)(st.st_mode & 0777));
    list_dir(dir);

    /* getcwd/chdir */
    char cwd[4096], here[4096];
    if (!getcwd(cwd, sizeof cwd)) perror("getcwd");
    CHECK(chdir(dir));
    if (!getcwd(here, sizeof here)) perror("getcwd");
    const char *base = strrchr(dir, '/');
    printf("getcwd ends with the temp dir: %s\n",
           strlen(here) >= strlen(base) && strcmp(here + strlen(here) - strlen(base), base) == 0 ? "yes" : "no");
    CHECK(access("moved", F_OK));
    CHECK(chdir(cwd));

    /* stdio on a file */
    FILE *f = fopen(path("stdio.txt"), "w+");
    if (!f) { perror("fopen"); return 1; }
    for (int i = 0; i < 1000; i++)
        fprintf(f, "line %d %s\n", i, i % 7 ? "x" : "seven");
    printf("ftell after writing: %ld\n", ftell(f));
    rewind(f);
    int lines = 0, sevens = 0;
    while (fgets(buf, sizeof buf, f)) {
        lines++;
        sevens += strstr(buf, "seven") != NULL;
    }
    printf("read back %d lines, %d sevens\n", lines, sevens);
    fseek(f, -9, SEEK_END);
    memset(buf, 0, sizeof buf);
    size_t got = fread(buf, 1, 100, f);
    printf("fread tail %zu bytes: <%s>\n", got, strtok(buf, "\n"));
    fclose(f);

    /* Clean up, checking each step. */
    const char *files[] = { "b.txt", "hard", "soft", "moved", "stdio.txt" };
    for (size_t i = 0; i < 5; i++)
        CHECK(unlinkat(dfd, files[i], 0));
    CHECK(unlinkat(dfd, "sub/deeper", AT_REMOVEDIR));
    CHECK(rmdir(path("sub")));
    list_dir(dir);
    CHECK(close(dfd));
    CHECK(rmdir(dir));
    CHECK(access(dir, F_OK));                         /* ENOENT */
    return 0;
}
