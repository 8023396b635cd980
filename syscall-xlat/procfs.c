/* /proc entries that must describe the guest program rather than ferry.
 * Today: /proc/self/exe and its aliases name the guest executable. */
#include "syscall-xlat/xlat.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry.h"

static char guest_exe[PATH_MAX];

/* Resolve the guest path while the cwd is still the one it was given
 * relative to; later calls would resolve against the guest's cwd. */
void procfs_init(void)
{
    const char *p = ferry_opt.guest_path;
    if (!p || guest_exe[0])
        return;
    if (!realpath(p, guest_exe))
        snprintf(guest_exe, sizeof guest_exe, "%s", p);
}

const char *procfs_guest_exe(void)
{
    procfs_init();
    return guest_exe;
}

/* "/proc/self/exe", "/proc/thread-self/exe", "/proc/<our pid>/exe". */
static int names_self_exe(const char *s)
{
    if (strncmp(s, "/proc/", 6) != 0)
        return 0;
    s += 6;
    const char *slash = strchr(s, '/');
    if (!slash || strcmp(slash, "/exe") != 0)
        return 0;
    size_t n = (size_t)(slash - s);
    if ((n == 4 && !memcmp(s, "self", 4)) || (n == 11 && !memcmp(s, "thread-self", 11)))
        return 1;
    char pid[24];
    snprintf(pid, sizeof pid, "%ld", (long)syscall(SYS_getpid));
    return n == strlen(pid) && !memcmp(s, pid, n);
}

const char *procfs_self_exe_alias(const char *path)
{
    if (!path || !names_self_exe(path))
        return NULL;
    const char *exe = procfs_guest_exe();
    return exe[0] ? exe : NULL;
}
