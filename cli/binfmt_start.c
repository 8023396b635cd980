/* What the kernel tells its binfmt_misc interpreter
 * (Documentation/admin-guide/binfmt-misc.rst, fs/binfmt_misc.c):
 *
 *  - P (preserve argv[0]): argv is  interpreter, path, argv[0], args...
 *    instead of  interpreter, path, args...; since Linux 5.12 bit 0 of
 *    AT_FLAGS says so.  Before that only the interpreter's own name could:
 *    registrations point P entries at a wrapper whose name ends in
 *    "-binfmt-P" (qemu packagings' .../qemu-binfmt/aarch64-binfmt-P), and
 *    ferry started under such a name assumes P.
 *  - O (open binary): AT_EXECFD holds a descriptor of the program, opened
 *    by the kernel, so a program the user may execute but not read (mode
 *    0711) still runs.
 *  - C (credentials): the process gets the program's credentials (setuid,
 *    setgid, file capabilities); implies O.  The kernel then sets
 *    AT_SECURE, as for any program that gains privileges. */
#include "cli/binfmt_start.h"

#include <errno.h>
#include <string.h>
#include <sys/auxv.h>

/* include/uapi/linux/binfmts.h (Linux 5.12); glibc's headers lack it. */
#ifndef AT_FLAGS_PRESERVE_ARGV0
#define AT_FLAGS_PRESERVE_ARGV0 1
#endif

static bool named_binfmt_p(const char *self)
{
    static const char suffix[] = "-binfmt-P";
    size_t n = self ? strlen(self) : 0, s = sizeof suffix - 1;
    return n >= s && !strcmp(self + n - s, suffix);
}

void binfmt_start_detect(const char *self, struct binfmt_start *how)
{
    how->preserve_argv0 = (getauxval(AT_FLAGS) & AT_FLAGS_PRESERVE_ARGV0) || named_binfmt_p(self);
    /* getauxval returns 0 both for a missing entry and for descriptor 0
     * (the kernel's lowest free one when stdin is closed): errno tells. */
    errno = 0;
    unsigned long fd = getauxval(AT_EXECFD);
    how->execfd = errno == ENOENT ? -1 : (int)fd;
    how->secure = getauxval(AT_SECURE) != 0;
    how->by_kernel = how->preserve_argv0 || how->execfd >= 0;
}
