/* proc-vfork.c - vfork and posix_spawn with their real semantics:
 *
 *  - vfork: the child shares the parent's memory (a write it makes is
 *    the parent's), and the parent is suspended until the child exits
 *    or execs (it resumes while an exec'd child still runs);
 *  - clone(CLONE_VM | CLONE_VFORK) on a stack of the child's own;
 *  - posix_spawn (glibc uses CLONE_VM | CLONE_VFORK): an exec error
 *    comes back as posix_spawn's result, file actions apply in the child,
 *    and the exit status arrives.
 * Every vfork is checked before its result is used.
 * ferry-test: qemu-differs (qemu 7.2 makes vfork a fork: the child's
 * writes are lost, and posix_spawn returns 0 for a program that cannot
 * run)
 * The native build is the oracle. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;
static volatile int shared;
static volatile int child_done;

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

static int child_fn(void *arg)
{
    shared = *(int *)arg;
    return 3;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "linger")) {
        sleep_ms(300);
        return 4;
    }
    if (argc > 1 && !strcmp(argv[1], "say")) {
        printf("spawned: argv[2]=%s, stdout is the file\n", argc > 2 ? argv[2] : "(none)");
        return 5;
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        printf("readlink /proc/self/exe failed\n");
        return 1;
    }
    self[n] = '\0';

    /* The child's write lands in the parent's memory, and the parent
     * sees it only after the child is gone. */
    int st;
    pid_t c = vfork();
    if (c < 0) {
        printf("vfork failed: %s\n", strerror(errno));
        return 1;
    }
    if (c == 0) {
        sleep_ms(100);
        shared = 42;
        child_done = 1;
        _exit(3);
    }
    printf("vfork: parent resumed after the child: %s, shared = %d\n", child_done ? "yes" : "no",
           shared);
    waitpid(c, &st, 0);
    printf("  status %d\n", WEXITSTATUS(st));

    /* Exec ends the sharing: the parent runs while the new program does. */
    c = vfork();
    if (c < 0) {
        printf("vfork failed: %s\n", strerror(errno));
        return 1;
    }
    if (c == 0) {
        char *args[] = { self, "linger", NULL };
        execv(self, args);
        _exit(127);
    }
    pid_t w = waitpid(c, &st, WNOHANG);
    printf("vfork + exec: parent resumed while the new program runs: %s\n", w == 0 ? "yes" : "no");
    waitpid(c, &st, 0);
    printf("  status %d\n", WEXITSTATUS(st));

    /* clone with CLONE_VM | CLONE_VFORK on a stack of its own. */
    static char stack[256 * 1024] __attribute__((aligned(16)));
    int value = 77;
    shared = 0;
    c = clone(child_fn, stack + sizeof stack, CLONE_VM | CLONE_VFORK | SIGCHLD, &value);
    if (c < 0) {
        printf("clone failed: %s\n", strerror(errno));
        return 1;
    }
    waitpid(c, &st, 0);
    printf("clone(CLONE_VM|CLONE_VFORK): shared = %d, status %d\n", shared, WEXITSTATUS(st));

    /* posix_spawn reports what exec said. */
    pid_t pid;
    char *missing[] = { "missing", NULL };
    int r = posix_spawn(&pid, "/nonexistent/program", NULL, NULL, missing, environ);
    printf("posix_spawn of a missing program: %s\n", r ? strerrorname_np(r) : "0");
    char *notexec[] = { "passwd", NULL };
    r = posix_spawn(&pid, "/etc/passwd", NULL, NULL, notexec, environ);
    printf("posix_spawn of a file without x: %s\n", r ? strerrorname_np(r) : "0");

    /* File actions apply in the child: its stdout is a file. */
    const char *tmpdir = getenv("TMPDIR");
    char tmpl[4096];
    snprintf(tmpl, sizeof tmpl, "%s/proc-vfork-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    int fd = mkstemp(tmpl);
    if (fd < 0) {
        printf("mkstemp failed\n");
        return 1;
    }
    close(fd);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, tmpl, O_WRONLY | O_TRUNC, 0);
    char *say[] = { self, "say", "hello", NULL };
    r = posix_spawn(&pid, self, &fa, NULL, say, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (r) {
        printf("posix_spawn of itself failed: %s\n", strerrorname_np(r));
    } else {
        waitpid(pid, &st, 0);
        char buf[256] = { 0 };
        fd = open(tmpl, O_RDONLY);
        if (fd >= 0 && read(fd, buf, sizeof buf - 1) < 0)
            buf[0] = '\0';
        if (fd >= 0)
            close(fd);
        printf("posix_spawn of itself: status %d, its output: %s", WEXITSTATUS(st), buf);
    }
    unlink(tmpl);

    /* /proc/self/exe names the program, not the emulator (qemu 7.2: 127). */
    char *linger[] = { "linger-again", "linger", NULL };
    r = posix_spawn(&pid, "/proc/self/exe", NULL, NULL, linger, environ);
    if (r == 0)
        waitpid(pid, &st, 0);
    printf("posix_spawn(/proc/self/exe): %s, status %d\n", r ? strerrorname_np(r) : "0",
           r ? -1 : WEXITSTATUS(st));

    char *sh[] = { "sh", "-c", "exit 6", NULL };
    r = posix_spawnp(&pid, "sh", NULL, NULL, sh, environ);
    if (r == 0)
        waitpid(pid, &st, 0);
    printf("posix_spawnp(sh -c 'exit 6'): %s, status %d\n", r ? strerrorname_np(r) : "0",
           r ? -1 : WEXITSTATUS(st));
    printf("done\n");
    return 0;
}
