/* getcwd as the guest sees it.
 *
 * chdir("/usr/lib") is redirected into the sysroot (dispatch.c), so the
 * host's working directory may be /usr/aarch64-linux-gnu/usr/lib; the guest
 * must read back /usr/lib, as it would in a chroot.  A directory inside the
 * sysroot is reported by its guest name (common/sysroot.h) when that name
 * leads back to it — that is, when the sysroot lookup of the name finds
 * this very directory; otherwise (the sysroot itself, whose guest name
 * would be the host's "/", or a /proc, /sys or /dev inside it) by its host
 * path, which the guest can also use.  fchdir needs nothing: a directory
 * fd is the same either way. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/sysroot.h"

int64_t sys_getcwd(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t buf = a[0], size = a[1];
    char host[PATH_MAX];
    /* A page is the kernel's limit too; its errors (ENOENT for a removed
     * directory, ENAMETOOLONG) come through unchanged. */
    long r = syscall(SYS_getcwd, host, sizeof host);
    if (r < 0)
        return host_result(r);
    const char *name = host;
    const char *guest = sysroot_guest_name(host);
    if (guest != host) {
        char back[PATH_MAX];
        if (sysroot_path(guest, back, sizeof back) == back && !strcmp(back, host))
            name = guest;
    }
    uint64_t len = strlen(name) + 1;
    if (len > size)
        return -ERANGE;
    if (guest_write(buf, name, len))
        return -EFAULT;
    return (int64_t)len;
}
