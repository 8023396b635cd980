/* proc-exec.c - execve and execveat as the kernel defines them:
 *
 *  - the new program gets argv (argv[0] as given) and the environment as
 *    passed; an empty argv becomes argv[0] = "" (Linux 5.18 and later);
 *  - close-on-exec descriptors close, the others stay;
 *  - #! scripts: interpreter, its one optional argument (inner spaces
 *    kept), the script's path, then the arguments; a script as the
 *    interpreter of another; more than four levels is ELOOP;
 *  - a host program (/bin/sh), system() and popen();
 *  - errors leave the caller running: ENOENT, ENOTDIR, EACCES (no x bit,
 *    a directory), ENOEXEC, ETXTBSY (open for writing), EFAULT, E2BIG;
 *  - fexecve (execveat with AT_EMPTY_PATH), of a close-on-exec descriptor
 *    too, and execveat relative to a directory descriptor;
 *  - execve from a second thread: the process keeps its pid;
 *  - the guest's first descriptor is 3, and close_range over everything
 *    does not stop a later exec.
 * The program re-runs itself with PEXEC_MODE set to say what to show.
 * ferry-test: qemu-differs (qemu 7.2 cannot exec an arm64 program without
 * a binfmt_misc registration: it execs the file natively and gets ENOEXEC)
 * The native build is the oracle. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static char self[4096], tmp[4096]; /* tmp: a directory for scripts */

/* The modes of a re-run program. */
static int shown(int argc, char **argv, const char *mode)
{
    if (!strcmp(mode, "args")) {
        printf("  argc %d:", argc);
        for (int i = 0; i < argc; i++) {
            if (!strcmp(argv[i], self))
                printf(" [SELF]");
            else if (argv[i][0] == '/') /* a script in $TMPDIR */
                printf(" [.../%s]", strrchr(argv[i], '/') + 1);
            else
                printf(" [%s]", argv[i]);
        }
        printf("\n  env:");
        for (char **e = environ; *e; e++)
            printf(" [%s]", *e);
        printf("\n");
        return 5;
    }
    if (!strcmp(mode, "fds")) {
        printf("  fd 5 %s, fd 6 %s\n", fcntl(5, F_GETFD) < 0 ? "closed" : "open",
               fcntl(6, F_GETFD) < 0 ? "closed" : "open");
        return 0;
    }
    if (!strcmp(mode, "pid")) {
        const char *before = getenv("PEXEC_PID");
        printf("  same pid as before the exec: %s\n",
               before && atoi(before) == getpid() ? "yes" : "no");
        return 0;
    }
    printf("unknown mode %s\n", mode);
    return 1;
}

/* Run `path` with argv and envp in a child and wait; the child's exec
 * error is printed by the child. */
static void run(const char *what, const char *path, char *const args[], char *const envp[])
{
    printf("%s:\n", what);
    fflush(stdout);
    pid_t c = fork();
    if (c < 0) {
        printf("fork failed: %s\n", strerror(errno));
        exit(1);
    }
    if (c == 0) {
        execve(path, args, envp);
        printf("  execve: %s\n", strerrorname_np(errno));
        fflush(stdout);
        _exit(127);
    }
    int st;
    waitpid(c, &st, 0);
    printf("  status %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
}

static void expect_error(const char *what, const char *path, char *const args[])
{
    char *env[] = { "PEXEC_MODE=args", NULL };
    errno = 0;
    int r = execve(path, args, env);
    printf("%s: %d %s, still running\n", what, r, strerrorname_np(errno));
}

static void write_file(const char *path, const char *text, mode_t mode)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        printf("cannot write %s\n", path);
        exit(1);
    }
    fputs(text, f);
    fclose(f);
    chmod(path, mode);
}

static void *exec_in_thread(void *arg)
{
    (void)arg;
    char pid[32];
    snprintf(pid, sizeof pid, "PEXEC_PID=%d", getpid());
    char *args[] = { self, NULL };
    char *env[] = { "PEXEC_MODE=pid", pid, NULL };
    execve(self, args, env);
    printf("  execve in a thread: %s\n", strerrorname_np(errno));
    fflush(stdout);
    _exit(127);
}

int main(int argc, char **argv)
{
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        printf("readlink /proc/self/exe failed\n");
        return 1;
    }
    self[n] = '\0';
    const char *mode = getenv("PEXEC_MODE");
    if (mode)
        return shown(argc, argv, mode);
    /* A directory of this run's own: the other builds of this test run
     * at the same time with the same TMPDIR. */
    const char *t = getenv("TMPDIR");
    snprintf(tmp, sizeof tmp, "%s/proc-exec-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(tmp)) {
        printf("mkdtemp failed\n");
        return 1;
    }

    int first = open("/dev/null", O_RDONLY);
    printf("first descriptor: %d\n", first);
    close(first);

    char *args[] = { "given-name", "one", "two words", "", NULL };
    char *env[] = { "PEXEC_MODE=args", "FOO=1", "BAR=two=2", NULL };
    run("exec of itself with argv and env", self, args, env);
    char *none[] = { NULL };
    run("exec with an empty argv", self, none, env);
    run("exec through /proc/self/exe", "/proc/self/exe", args, env);

    /* Close-on-exec. */
    int a = open("/dev/null", O_RDONLY), b = open("/dev/null", O_RDONLY | O_CLOEXEC);
    dup2(a, 6);
    dup3(b, 5, O_CLOEXEC);
    char *fds_env[] = { "PEXEC_MODE=fds", NULL };
    char *plain[] = { "self", NULL };
    run("close-on-exec (fd 5 has it, fd 6 not)", self, plain, fds_env);
    close(a);
    close(b);
    close(5);
    close(6);

    /* Scripts. */
    char script[4200], script2[4200], text[8400];
    snprintf(script, sizeof script, "%s/script", tmp);
    snprintf(text, sizeof text, "#!%s  first  arg  \necho not run\n", self);
    write_file(script, text, 0755);
    char *sargs[] = { "script-name", "x", "y", NULL };
    run("a #! script", script, sargs, env);
    snprintf(script2, sizeof script2, "%s/script2", tmp);
    snprintf(text, sizeof text, "#!%s\n", script);
    write_file(script2, text, 0755);
    run("a script whose interpreter is a script", script2, sargs, env);
    /* script2 -> script3 -> script4 -> script5 -> script6: five levels. */
    char prev[4200];
    snprintf(prev, sizeof prev, "%s", script2);
    for (int i = 3; i <= 6; i++) {
        char name[4200];
        snprintf(name, sizeof name, "%s/script%d", tmp, i);
        snprintf(text, sizeof text, "#!%s\n", prev);
        write_file(name, text, 0755);
        snprintf(prev, sizeof prev, "%s", name);
    }
    run("five levels of interpreters", prev, sargs, env);

    /* A host program, system(), popen(). */
    char *shargs[] = { "sh", "-c", "echo \"  sh says $0 $1\"; exit 7", "zero", "one", NULL };
    run("/bin/sh -c", "/bin/sh", shargs, env);
    fflush(stdout);
    int st = system("exit 3");
    printf("system(\"exit 3\"): exited %d, status %d\n", WIFEXITED(st), WEXITSTATUS(st));
    FILE *p = popen("echo popen-line; echo second", "r");
    char line[128];
    while (p && fgets(line, sizeof line, p))
        printf("popen read: %s", line);
    if (p)
        printf("pclose: %d\n", pclose(p));

    /* Errors. */
    char *eargs[] = { "x", NULL };
    expect_error("missing file", "/nonexistent/program", eargs);
    expect_error("a path through a file", "/etc/passwd/x", eargs);
    expect_error("no x bit", "/etc/passwd", eargs);
    expect_error("a directory", "/", eargs);
    char garbage[4200];
    snprintf(garbage, sizeof garbage, "%s/garbage", tmp);
    write_file(garbage, "\001\002\003 this is no program\n", 0755);
    expect_error("an executable file of no known format", garbage, eargs);
    /* A program open for writing is not executed (a copy of this one). */
    char copy[4200];
    snprintf(copy, sizeof copy, "%s/copy", tmp);
    int in = open(self, O_RDONLY), out = open(copy, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    char buf[65536];
    ssize_t got;
    while (in >= 0 && out >= 0 && (got = read(in, buf, sizeof buf)) > 0)
        if (write(out, buf, (size_t)got) != got)
            break;
    if (in >= 0)
        close(in);
    expect_error("a program open for writing", copy, eargs);
    if (out >= 0)
        close(out);
    unlink(copy);
    errno = 0;
    int r = (int)syscall(SYS_execve, self, (char **)8, NULL);
    printf("argv at a bad address: %d %s, still running\n", r, strerrorname_np(errno));
    size_t big = 200 * 1024;
    char *huge = malloc(big + 1);
    if (huge) {
        memset(huge, 'a', big);
        huge[big] = '\0';
        char *hargs[] = { "x", huge, NULL };
        expect_error("one argument of 200 KiB", self, hargs);
        free(huge);
    }

    /* fexecve and execveat. */
    int fd = open(self, O_RDONLY);
    printf("fexecve:\n");
    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
        fexecve(fd, args, env);
        printf("  fexecve: %s\n", strerrorname_np(errno));
        fflush(stdout);
        _exit(127);
    }
    if (c > 0) {
        waitpid(c, &st, 0);
        printf("  status %d\n", WEXITSTATUS(st));
    }
    close(fd);
    /* The descriptor may be close-on-exec: the kernel has the file open
     * by then. */
    fd = open(self, O_RDONLY | O_CLOEXEC);
    printf("fexecve of a close-on-exec descriptor:\n");
    fflush(stdout);
    c = fork();
    if (c == 0) {
        fexecve(fd, args, env);
        printf("  fexecve: %s\n", strerrorname_np(errno));
        fflush(stdout);
        _exit(127);
    }
    if (c > 0) {
        waitpid(c, &st, 0);
        printf("  status %d\n", WEXITSTATUS(st));
    }
    close(fd);
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", self);
    char *slash = strrchr(dir, '/');
    const char *base = slash ? slash + 1 : self;
    if (slash)
        *slash = '\0';
    int dfd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY);
    printf("execveat relative to a directory:\n");
    fflush(stdout);
    c = fork();
    if (c == 0) {
        syscall(SYS_execveat, dfd, base, args, env, 0);
        printf("  execveat: %s\n", strerrorname_np(errno));
        fflush(stdout);
        _exit(127);
    }
    if (c > 0) {
        waitpid(c, &st, 0);
        printf("  status %d\n", WEXITSTATUS(st));
    }
    errno = 0;
    r = (int)syscall(SYS_execveat, dfd, "", args, env, 0);
    printf("execveat of \"\" without AT_EMPTY_PATH: %d %s\n", r, strerrorname_np(errno));
    close(dfd);

    /* execve from a second thread. */
    printf("exec from a second thread:\n");
    fflush(stdout);
    c = fork();
    if (c == 0) {
        pthread_t th;
        if (pthread_create(&th, NULL, exec_in_thread, NULL) == 0)
            pthread_join(th, NULL);
        _exit(126);
    }
    if (c > 0) {
        waitpid(c, &st, 0);
        printf("  status %d\n", WEXITSTATUS(st));
    }

    /* Closing every descriptor from 3 up leaves exec working. */
    syscall(SYS_close_range, 3U, ~0U, 0U);
    run("exec after close_range(3, ~0)", self, args, env);

    for (int i = 2; i <= 6; i++) {
        char name[4200];
        snprintf(name, sizeof name, "%s/script%d", tmp, i);
        unlink(name);
    }
    unlink(script);
    unlink(garbage);
    rmdir(tmp);
    printf("done\n");
    return 0;
}
