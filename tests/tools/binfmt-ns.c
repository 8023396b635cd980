/* Run a command with a binfmt_misc of its own, so that binfmt tests never
 * see or touch the machine's registrations.
 *
 * Since Linux 6.7 each user namespace may mount its own binfmt_misc
 * instance, which then serves every exec in that namespace.  This helper
 * makes a user and mount namespace, maps uids and gids 0-65535 onto
 * themselves when run as root (so that an unprivileged user and a
 * setuid-root program exist inside; otherwise only the caller, as root),
 * keeps its mounts private, mounts binfmt_misc on DIR and runs the
 * command there.  The namespace's instance (and any registration in it)
 * goes away with the command's last process.
 *
 * Usage: binfmt-ns DIR COMMAND [ARGS...]   (native x86-64)
 * Exit: the command's status; 77 with "SKIP: reason" on stderr where the
 * kernel cannot do this; 2 for bad usage.  The command finds
 * BINFMT_NS_USERS=many (identity map) or one (only itself, as root). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

static int write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, text, strlen(text));
    close(fd);
    return n == (ssize_t)strlen(text) ? 0 : -1;
}

static void skip(const char *what)
{
    fprintf(stderr, "SKIP: %s: %s\n", what, strerror(errno));
    _exit(77);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s DIR COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    int to_child[2], to_parent[2];
    if (pipe2(to_child, O_CLOEXEC) || pipe2(to_parent, O_CLOEXEC)) {
        perror("pipe");
        return 2;
    }
    uid_t uid = getuid();
    gid_t gid = getgid();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    char c = 0;
    if (pid == 0) {
        /* The maps must be written from outside: a process in a new user
         * namespace has no capability in its parent. */
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS))
            skip("unshare(CLONE_NEWUSER | CLONE_NEWNS)");
        if (write(to_parent[1], "u", 1) != 1 || read(to_child[0], &c, 1) != 1 || c != 'm')
            _exit(77); /* the parent said why */
        if (setresgid(0, 0, 0) || setresuid(0, 0, 0))
            skip("becoming root in the new user namespace");
        if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL))
            skip("making the mounts private");
        if (mount("binfmt_misc", argv[1], "binfmt_misc", 0, NULL))
            skip("mount -t binfmt_misc in a user namespace (Linux 6.7 or later)");
        setenv("BINFMT_NS_USERS", uid == 0 ? "many" : "one", 1);
        execvp(argv[2], argv + 2);
        fprintf(stderr, "binfmt-ns: %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status;
    if (read(to_parent[0], &c, 1) == 1) {
        char path[64], map[64];
        const char *what = "uid_map";
        snprintf(path, sizeof path, "/proc/%d/uid_map", (int)pid);
        if (uid == 0)
            snprintf(map, sizeof map, "0 0 65536\n");
        else
            snprintf(map, sizeof map, "0 %u 1\n", (unsigned)uid);
        int ok = write_file(path, map) == 0;
        if (ok && uid != 0) {
            /* An unprivileged map of one's own gid needs setgroups denied. */
            snprintf(path, sizeof path, "/proc/%d/setgroups", (int)pid);
            ok = write_file(path, "deny") == 0;
            what = "setgroups";
        }
        if (ok) {
            what = "gid_map";
            snprintf(path, sizeof path, "/proc/%d/gid_map", (int)pid);
            if (uid == 0)
                snprintf(map, sizeof map, "0 0 65536\n");
            else
                snprintf(map, sizeof map, "0 %u 1\n", (unsigned)gid);
            ok = write_file(path, map) == 0;
        }
        if (!ok)
            fprintf(stderr, "SKIP: writing the new user namespace's %s: %s\n", what, strerror(errno));
        if (write(to_child[1], ok ? "m" : "x", 1) != 1)
            perror("write");
    }
    close(to_child[1]);
    if (waitpid(pid, &status, 0) < 0) {
        perror("waitpid");
        return 2;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
