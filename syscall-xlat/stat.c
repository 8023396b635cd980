/* struct stat: arm64 uses the asm-generic 128-byte layout, x86-64 its own
 * 144-byte one, so fstat/newfstatat convert.  statx is arch-independent and
 * only needs the /proc/self/exe redirect. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

/* asm-generic/stat.h, as seen by a 64-bit arm64 process. */
struct guest_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    uint64_t pad1;
    int64_t st_size;
    int32_t st_blksize;
    int32_t pad2;
    int64_t st_blocks;
    int64_t st_atime_sec;
    uint64_t st_atime_nsec;
    int64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    int64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    uint32_t unused4;
    uint32_t unused5;
};
_Static_assert(sizeof(struct guest_stat) == 128, "guest struct stat");
_Static_assert(offsetof(struct guest_stat, st_size) == 48, "guest struct stat");
_Static_assert(offsetof(struct guest_stat, st_atime_sec) == 72, "guest struct stat");

/* x86-64 arch/x86/include/uapi/asm/stat.h. */
struct host_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint64_t st_nlink;
    uint32_t st_mode;
    uint32_t st_uid;
    uint32_t st_gid;
    uint32_t pad0;
    uint64_t st_rdev;
    int64_t st_size;
    int64_t st_blksize;
    int64_t st_blocks;
    uint64_t st_atime_sec;
    uint64_t st_atime_nsec;
    uint64_t st_mtime_sec;
    uint64_t st_mtime_nsec;
    uint64_t st_ctime_sec;
    uint64_t st_ctime_nsec;
    int64_t unused[3];
};
_Static_assert(sizeof(struct host_stat) == 144, "host struct stat");

/* Returns 0 or -EOVERFLOW (the guest kernel's nlink is 32 bits). */
static int host_to_guest_stat(const struct host_stat *h, struct guest_stat *g)
{
    if (h->st_nlink > UINT32_MAX)
        return -EOVERFLOW;
    *g = (struct guest_stat){
        .st_dev = h->st_dev,
        .st_ino = h->st_ino,
        .st_mode = h->st_mode,
        .st_nlink = (uint32_t)h->st_nlink,
        .st_uid = h->st_uid,
        .st_gid = h->st_gid,
        .st_rdev = h->st_rdev,
        .st_size = h->st_size,
        .st_blksize = (int32_t)h->st_blksize,
        .st_blocks = h->st_blocks,
        .st_atime_sec = (int64_t)h->st_atime_sec,
        .st_atime_nsec = h->st_atime_nsec,
        .st_mtime_sec = (int64_t)h->st_mtime_sec,
        .st_mtime_nsec = h->st_mtime_nsec,
        .st_ctime_sec = (int64_t)h->st_ctime_sec,
        .st_ctime_nsec = h->st_ctime_nsec,
    };
    return 0;
}

static int64_t stat_out(long r, const struct host_stat *h, uint64_t guest_buf)
{
    if (r < 0)
        return host_result(r);
    struct guest_stat g;
    int err = host_to_guest_stat(h, &g);
    if (err)
        return err;
    return guest_write(guest_buf, &g, sizeof g) ? -EFAULT : 0;
}

/* /proc/self/exe stats as the guest program, unless the caller asked about
 * the link itself. */
static uint64_t followed_path(int dirfd, uint64_t guest_path, int at_flags)
{
    if (at_flags & AT_SYMLINK_NOFOLLOW)
        return guest_path;
    const char *exe = procfs_exe_alias_at(dirfd, (const char *)(uintptr_t)guest_path);
    return exe ? (uint64_t)exe : guest_path;
}

int64_t sys_fstat(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    struct host_stat h;
    return stat_out(syscall(SYS_fstat, (int)a[0], &h), &h, a[1]);
}

int64_t sys_newfstatat(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    struct host_stat h;
    uint64_t path = followed_path((int)a[0], a[1], (int)a[3]);
    return stat_out(syscall(SYS_newfstatat, (int)a[0], path, &h, (int)a[3]), &h, a[2]);
}

int64_t sys_statx(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t path = followed_path((int)a[0], a[1], (int)a[2]);
    return host_result(syscall(SYS_statx, (int)a[0], path, (int)a[2], (unsigned)a[3], a[4]));
}
