/* The sysroot (see sysroot.h). */
#include "common/sysroot.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/ferry.h"

static char root[PATH_MAX]; /* "" means / */
static size_t root_len;

static void set_root(const char *dir)
{
    char real[PATH_MAX];
    /* Canonical, so that sysroot_guest_name() recognises the paths the
     * kernel reports (/proc/self/fd links, /proc/self/maps). */
    if (!realpath(dir, real))
        snprintf(real, sizeof real, "%s", dir);
    size_t n = strlen(real);
    while (n > 0 && real[n - 1] == '/')
        real[--n] = '\0';
    memcpy(root, real, n + 1);
    root_len = n;
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

void sysroot_init(const char *chosen)
{
    if (chosen && *chosen)
        set_root(chosen);
    else if (is_dir("/etc/qemu-binfmt/aarch64"))
        set_root("/etc/qemu-binfmt/aarch64");
    else if (access("/usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1", F_OK) == 0)
        set_root("/usr/aarch64-linux-gnu");
    else
        set_root("/");
}

const char *sysroot_dir(void)
{
    return root;
}

/* /proc, /sys and /dev (and anything below) describe this machine. */
static int host_only(const char *p)
{
    static const char *const dirs[] = { "/proc", "/sys", "/dev" };
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        size_t n = strlen(dirs[i]);
        if (!strncmp(p, dirs[i], n) && (p[n] == '/' || p[n] == '\0'))
            return 1;
    }
    return 0;
}

const char *sysroot_path(const char *path, char *buf, size_t cap)
{
    if (!root_len || !path || path[0] != '/' || host_only(path))
        return path;
    /* "/" and "//": the root itself stays the host's, so that a guest
     * listing / sees the directories its other paths fall back to (/tmp,
     * /home...).  (qemu 7.2 lists the sysroot's root instead.) */
    const char *p = path;
    while (*p == '/')
        p++;
    if (!*p)
        return path;
    size_t n = strlen(path);
    if (root_len + n + 1 > cap)
        return path;
    memcpy(buf, root, root_len);
    memcpy(buf + root_len, path, n + 1);
    struct stat st;
    if (fstatat(AT_FDCWD, buf, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return path;
    return buf;
}

const char *sysroot_guest_name(const char *host)
{
    if (root_len && !strncmp(host, root, root_len) && host[root_len] == '/')
        return host + root_len;
    return host;
}
