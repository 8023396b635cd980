/* The guest's root for absolute paths (qemu-aarch64's -L).
 *
 * A dynamically linked arm64 program names its interpreter, its libraries
 * and their configuration by absolute paths (/lib/ld-linux-aarch64.so.1,
 * /usr/lib/aarch64-linux-gnu/libc.so.6, /etc/ld.so.cache) that on an x86-64
 * machine hold x86-64 files or nothing.  The sysroot is a directory laid
 * out like an arm64 root; an absolute path the guest names is looked up
 * there first and falls back to the host's, as qemu-aarch64 -L does.
 * /proc, /sys and /dev are never redirected: they describe this machine. */
#ifndef FERRY_SYSROOT_H
#define FERRY_SYSROOT_H

#include <stddef.h>

/* Choose the sysroot: `chosen` (-L, else $FERRY_LD_PREFIX or
 * $QEMU_LD_PREFIX: cli/env_options.c) if given and not empty, then
 * Debian's binfmt convention /etc/qemu-binfmt/aarch64 if it exists, then
 * /usr/aarch64-linux-gnu if it holds an arm64 ld.so, else / (inside an
 * arm64 chroot the root is the sysroot). */
void sysroot_init(const char *chosen);
/* The chosen directory, without a trailing slash; "" for / (no
 * redirection at all). */
const char *sysroot_dir(void);
/* Where the host finds the guest's `path`: the sysroot's copy if `path` is
 * absolute, redirectable, and exists there (symlinks not followed at the
 * last step, so a dangling link in the sysroot still counts), written to
 * buf; otherwise `path` itself.  Paths too long for buf are not redirected. */
const char *sysroot_path(const char *path, char *buf, size_t cap);
/* The guest's name for a host path: inside the sysroot, the part after it
 * ("/usr/aarch64-linux-gnu/lib/libc.so.6" -> "/lib/libc.so.6"); elsewhere
 * the path itself.  Returns a pointer into `host`. */
const char *sysroot_guest_name(const char *host);

#endif
