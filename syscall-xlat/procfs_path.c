/* Which /proc paths name files that ferry emulates.
 *
 * The guest may name its own process in many ways: /proc/self/maps,
 * /proc/<pid>/maps, /proc/thread-self/maps, /proc/<pid>/task/<tid>/maps,
 * or "maps" relative to a directory fd open on /proc/self or a cwd there.
 * All of them describe the same guest, so all are recognised; a path
 * into another process's directory is left alone. */
#include "syscall-xlat/procfs.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static const struct {
    const char *name;
    enum procfs_file file;
} per_process[] = {
    { "exe", PROCFS_EXE },         { "maps", PROCFS_MAPS },
    { "smaps", PROCFS_SMAPS },     { "smaps_rollup", PROCFS_SMAPS_ROLLUP },
    { "auxv", PROCFS_AUXV },       { "cmdline", PROCFS_CMDLINE },
    { "environ", PROCFS_ENVIRON }, { "stat", PROCFS_STAT },
    { "statm", PROCFS_STATM },     { "status", PROCFS_STATUS },
};

static enum procfs_file per_process_file(const char *name)
{
    for (size_t i = 0; i < sizeof per_process / sizeof per_process[0]; i++)
        if (!strcmp(name, per_process[i].name))
            return per_process[i].file;
    return PROCFS_NONE;
}

const char *procfs_file_name(enum procfs_file f)
{
    if (f == PROCFS_CPUINFO)
        return "cpuinfo";
    for (size_t i = 0; i < sizeof per_process / sizeof per_process[0]; i++)
        if (per_process[i].file == f)
            return per_process[i].name;
    return "proc";
}

/* A decimal id with no sign, no leading zero (the kernel's directories
 * have none: /proc/0123 does not exist). */
static bool parse_id(const char *s, long *out)
{
    if (s[0] < '1' || s[0] > '9')
        return false;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end)
        return false;
    *out = v;
    return true;
}

/* Whether id is a thread of this process (the leader's id is the pid). */
static bool own_thread(const char *s)
{
    long id;
    if (!parse_id(s, &id))
        return false;
    if (id == syscall(SYS_getpid) || id == syscall(SYS_gettid))
        return true;
    char task[64];
    snprintf(task, sizeof task, "/proc/self/task/%ld", id);
    return access(task, F_OK) == 0;
}

static bool names_self(const char *s)
{
    return !strcmp(s, "self") || own_thread(s);
}

/* The absolute form of path as openat(dirfd, path) would start from; false
 * if it cannot be had (the host call then reports whatever is wrong). */
static bool absolute(int dirfd, const char *path, char *out, size_t cap)
{
    if (path[0] == '/')
        return snprintf(out, cap, "%s", path) < (int)cap;
    char dir[PATH_MAX];
    if (dirfd == AT_FDCWD) {
        if (!getcwd(dir, sizeof dir))
            return false;
    } else {
        char link[40];
        snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
        ssize_t n = readlink(link, dir, sizeof dir - 1);
        if (n <= 0)
            return false;
        dir[n] = '\0';
    }
    return snprintf(out, cap, "%s/%s", dir, path) < (int)cap;
}

#define MAX_PARTS 6

/* Split into components, folding "." and ".." lexically: everything that
 * matters lives one or two levels below /proc, where a symlink (self,
 * thread-self) followed by ".." lands back in /proc anyway. */
static int split(char *abs, char *parts[MAX_PARTS])
{
    int n = 0;
    for (char *save = NULL, *c = strtok_r(abs, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
        if (!strcmp(c, "."))
            continue;
        if (!strcmp(c, "..")) {
            if (n > 0)
                n--;
            continue;
        }
        if (n == MAX_PARTS)
            return MAX_PARTS + 1;
        parts[n++] = c;
    }
    return n;
}

static bool candidate_name(const char *name)
{
    return per_process_file(name) != PROCFS_NONE || !strcmp(name, "cpuinfo");
}

enum procfs_file procfs_classify(int dirfd, const char *path)
{
    if (!path || !*path)
        return PROCFS_NONE;
    /* Most paths end in some other name: decide those without a system
     * call.  A trailing slash makes the host fail with ENOTDIR. */
    const char *slash = strrchr(path, '/');
    if (!candidate_name(slash ? slash + 1 : path))
        return PROCFS_NONE;

    char abs[PATH_MAX + 64];
    if (!absolute(dirfd, path, abs, sizeof abs))
        return PROCFS_NONE;
    char *p[MAX_PARTS];
    int n = split(abs, p);
    if (n < 2 || strcmp(p[0], "proc") != 0)
        return PROCFS_NONE;
    if (n == 2)
        return !strcmp(p[1], "cpuinfo") ? PROCFS_CPUINFO : PROCFS_NONE;
    if (n == 3 && (names_self(p[1]) || !strcmp(p[1], "thread-self")))
        return per_process_file(p[2]);
    if (n == 5 && names_self(p[1]) && !strcmp(p[2], "task") && own_thread(p[3]))
        return per_process_file(p[4]);
    return PROCFS_NONE;
}
