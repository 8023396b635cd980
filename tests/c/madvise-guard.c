/* Calls that act on a range of memory without mapping it — madvise,
 * msync, mincore, mlock, mlock2, munlock — on ranges that are wholly,
 * partly or not at all mapped.  To the guest, memory it did not map is
 * unmapped (ENOMEM), whatever else the host process holds there; the
 * kernel still applies madvise and msync to the mapped parts of a range
 * with a hole, and mlock up to the hole.
 * The expected output is written by hand from madvise(2), mincore(2),
 * mlock(2) and msync(2), and agrees with the native x86-64 build: qemu 7.2
 * ignores unknown and most real advice (returning 0 for unmapped ranges
 * too) and lacks mlock2.
 * ferry-test: expected-by-hand (make expected must leave it alone)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE 4096

static const char *res(long r)
{
    static char buf[32];
    if (r != -1) {
        snprintf(buf, sizeof buf, "%ld", r);
        return buf;
    }
    switch (errno) {
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    case EFAULT: return "EFAULT";
    case EPERM: return "EPERM";
    case EAGAIN: return "EAGAIN";
    default: return strerror(errno);
    }
}

/* Four pages of 'a'..'d' with the third unmapped. */
static char *holey(void)
{
    char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int i = 0; i < 4; i++)
        memset(p + i * PAGE, 'a' + i, PAGE);
    munmap(p + 2 * PAGE, PAGE);
    return p;
}

#define CALL(label, expr)                 \
    do {                                  \
        errno = 0;                        \
        long r_ = (expr);                 \
        printf("%s: %s\n", label, res(r_)); \
    } while (0)

int main(void)
{
    char *p = holey();
    CALL("madvise DONTNEED mapped page", madvise(p, PAGE, MADV_DONTNEED));
    printf("  page 0 zeroed: %d, page 1 kept: %d\n", p[0] == 0, p[PAGE] == 'b');
    p[0] = 'a';
    CALL("madvise DONTNEED over a hole", madvise(p, 4 * PAGE, MADV_DONTNEED));
    printf("  pages around the hole zeroed: %d %d %d\n", p[0] == 0, p[PAGE] == 0, p[3 * PAGE] == 0);
    CALL("madvise inside the hole", madvise(p + 2 * PAGE, PAGE, MADV_DONTNEED));
    CALL("madvise WILLNEED over the hole", madvise(p, 4 * PAGE, MADV_WILLNEED));
    CALL("madvise NORMAL", madvise(p, 2 * PAGE, MADV_NORMAL));
    CALL("madvise misaligned", madvise(p + 1, PAGE, MADV_NORMAL));
    CALL("madvise length 0", madvise(p, 0, MADV_DONTNEED));
    CALL("madvise length 0 in the hole", madvise(p + 2 * PAGE, 0, MADV_DONTNEED));
    CALL("madvise unknown advice", madvise(p, PAGE, 9999));
    CALL("madvise unknown advice in the hole", madvise(p + 2 * PAGE, PAGE, 9999));
    CALL("madvise wrapping length", syscall(SYS_madvise, p, (size_t)-PAGE, MADV_NORMAL));
    CALL("madvise odd length", madvise(p, 100, MADV_NORMAL));

    unsigned char vec[4];
    memset(p, 'x', 2 * PAGE);
    CALL("mincore mapped", mincore(p, 2 * PAGE, vec));
    printf("  resident: %d %d\n", vec[0] & 1, vec[1] & 1);
    CALL("mincore over the hole", mincore(p, 4 * PAGE, vec));
    CALL("mincore misaligned", mincore(p + 1, PAGE, vec));
    CALL("mincore length 0", mincore(p + 2 * PAGE, 0, vec));
    CALL("mincore bad vector", mincore(p, PAGE, (unsigned char *)(p + 2 * PAGE)));
    CALL("mincore hole and bad vector", mincore(p + 2 * PAGE, PAGE, (unsigned char *)(p + 2 * PAGE)));

    CALL("mlock mapped", mlock(p, 2 * PAGE));
    CALL("munlock mapped", munlock(p, 2 * PAGE));
    CALL("mlock misaligned start", mlock(p + 10, PAGE));
    CALL("munlock misaligned start", munlock(p + 10, PAGE));
    CALL("mlock over the hole", mlock(p, 4 * PAGE));
    CALL("munlock over the hole", munlock(p, 4 * PAGE));
    CALL("mlock in the hole", mlock(p + 2 * PAGE, PAGE));
    CALL("mlock length 0 in the hole", mlock(p + 2 * PAGE, 0));
    CALL("mlock2 ONFAULT", syscall(SYS_mlock2, p, PAGE, MLOCK_ONFAULT));
    CALL("mlock2 unknown flag", syscall(SYS_mlock2, p, PAGE, 0x100));
    CALL("mlock2 over the hole", syscall(SYS_mlock2, p, 4 * PAGE, 0));
    munlock(p, 2 * PAGE);
    munlock(p + 3 * PAGE, PAGE);

    /* msync on a shared file mapping. */
    char dir[256], path[300];
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/madvise-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    snprintf(path, sizeof path, "%s/f", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    ftruncate(fd, 4 * PAGE);
    char *m = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    memcpy(m + PAGE, "synced", 6);
    CALL("msync MS_SYNC", msync(m, 4 * PAGE, MS_SYNC));
    char back[7] = "";
    pread(fd, back, 6, PAGE);
    printf("  file holds: %s\n", back);
    munmap(m + 2 * PAGE, PAGE);
    CALL("msync over a hole", msync(m, 4 * PAGE, MS_ASYNC));
    CALL("msync in the hole", msync(m + 2 * PAGE, PAGE, MS_SYNC));
    CALL("msync ASYNC|SYNC", msync(m, PAGE, MS_ASYNC | MS_SYNC));
    CALL("msync unknown flag", msync(m, PAGE, 0x10));
    CALL("msync misaligned", msync(m + 1, PAGE, MS_SYNC));
    CALL("msync length 0 in the hole", msync(m + 2 * PAGE, 0, MS_SYNC));
    CALL("msync INVALIDATE", msync(m, 2 * PAGE, MS_INVALIDATE));
    munmap(m, 4 * PAGE);
    close(fd);
    unlink(path);
    rmdir(dir);
    return 0;
}
