/* mman.c - memory mapping: anonymous and file mappings, MAP_FIXED,
 * munmap of partial ranges, mprotect, mremap (grow in place, move,
 * shrink, fixed), MAP_SHARED write-through to a file, madvise(DONTNEED),
 * brk via sbrk, and mincore.  Addresses are never printed, only facts. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096
static const char *yesno(int c) { return c ? "yes" : "no"; }

static unsigned sum(const unsigned char *p, size_t n)
{
    unsigned s = 0;
    for (size_t i = 0; i < n; i++)
        s = s * 31 + p[i];
    return s;
}

/* Is [p, p+n) mapped?  mincore fails with ENOMEM on unmapped pages. */
static int mapped(void *p, size_t n)
{
    unsigned char vec[64];
    return mincore(p, n, vec) == 0;
}

int main(void)
{
    printf("page size %ld\n", sysconf(_SC_PAGESIZE));

    /* Anonymous memory starts zeroed and is page aligned. */
    unsigned char *a = mmap(NULL, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a == MAP_FAILED) { perror("mmap"); return 1; }
    int zero = 1;
    for (size_t i = 0; i < 16 * PAGE; i++) zero &= a[i] == 0;
    printf("anon: aligned=%s zeroed=%s\n", yesno(((uintptr_t)a & (PAGE - 1)) == 0), yesno(zero));
    for (size_t i = 0; i < 16 * PAGE; i++) a[i] = (unsigned char)(i * 13 + (i >> 12));
    printf("anon sum %08x\n", sum(a, 16 * PAGE));

    /* Punch a hole in the middle; the rest stays. */
    printf("munmap middle: %d\n", munmap(a + 4 * PAGE, 2 * PAGE));
    printf("mapped: before=%s hole=%s after=%s\n", yesno(mapped(a, PAGE)),
           yesno(mapped(a + 4 * PAGE, PAGE)), yesno(mapped(a + 6 * PAGE, PAGE)));
    printf("after sum %08x\n", sum(a + 6 * PAGE, 10 * PAGE));

    /* MAP_FIXED into the hole. */
    unsigned char *f = mmap(a + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED at hole: %s, zeroed=%s\n", yesno(f == a + 4 * PAGE), yesno(f[0] == 0 && f[2 * PAGE - 1] == 0));
    /* mprotect: read-only then back. */
    printf("mprotect ro: %d\n", mprotect(a, 2 * PAGE, PROT_READ));
    printf("read ro page: %u\n", a[5]);
    printf("mprotect rw: %d\n", mprotect(a, 2 * PAGE, PROT_READ | PROT_WRITE));
    a[5] = 99;
    printf("write after rw: %u\n", a[5]);
    errno = 0;
    int rc = mprotect(a + 1, PAGE, PROT_READ);
    printf("mprotect unaligned: %d %s\n", rc, errno == EINVAL ? "EINVAL" : "?");

    /* mremap: grow (may move), contents preserved; shrink; move.  The
     * mapping is followed by a PROT_NONE page so it cannot grow in place. */
    unsigned char *m = mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    mprotect(m + 4 * PAGE, PAGE, PROT_NONE);
    for (size_t i = 0; i < 4 * PAGE; i++) m[i] = (unsigned char)(i ^ (i >> 8));
    unsigned before = sum(m, 4 * PAGE), first2 = sum(m, 2 * PAGE);
    errno = 0;
    void *r = mremap(m, 4 * PAGE, 64 * PAGE, 0);
    printf("mremap grow without MAYMOVE when blocked: %s\n",
           r == MAP_FAILED && errno == ENOMEM ? "ENOMEM" : "other");
    unsigned char *g = mremap(m, 4 * PAGE, 64 * PAGE, MREMAP_MAYMOVE);
    printf("mremap grow: ok=%s moved=%s preserved=%s new part zero=%s\n", yesno(g != MAP_FAILED),
           yesno(g != m), yesno(sum(g, 4 * PAGE) == before), yesno(g[4 * PAGE] == 0 && g[64 * PAGE - 1] == 0));
    munmap(m + 4 * PAGE, PAGE);
    g[64 * PAGE - 1] = 7;
    unsigned char *s = mremap(g, 64 * PAGE, 2 * PAGE, 0);
    printf("mremap shrink in place: %s, tail unmapped=%s\n", yesno(s == g), yesno(!mapped(g + 2 * PAGE, PAGE)));
    unsigned char *target = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned char *mv = mremap(s, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, target + 4 * PAGE);
    printf("mremap fixed: at target=%s preserved=%s old gone=%s\n", yesno(mv == target + 4 * PAGE),
           yesno(mv != MAP_FAILED && sum(mv, 2 * PAGE) == first2), yesno(!mapped(s, PAGE)));
    munmap(target, 8 * PAGE);

    /* File mappings: MAP_SHARED writes reach the file, MAP_PRIVATE don't. */
    const char *tmp = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/ferry-mman-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) { perror("mkstemp"); return 1; }
    unlink(path);
    char data[3 * PAGE];
    for (size_t i = 0; i < sizeof data; i++) data[i] = (char)('a' + i % 26);
    if (write(fd, data, sizeof data) != (ssize_t)sizeof data) { perror("write"); return 1; }
    char *sh = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    char *pr = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, PAGE);
    printf("file maps: shared=%s private=%s\n", yesno(sh != MAP_FAILED), yesno(pr != MAP_FAILED));
    printf("private at offset: <%.5s> matches=%s\n", pr, yesno(memcmp(pr, data + PAGE, 2 * PAGE) == 0));
    memcpy(sh + 10, "SHARED", 6);
    memcpy(pr, "PRIVATE", 7);
    char back[16] = "";
    pread(fd, back, 6, 10);
    printf("file sees shared write: <%s>\n", back);
    memset(back, 0, sizeof back);
    pread(fd, back, 7, PAGE);
    printf("file after private write: <%s>\n", back);
    printf("shared view of private page: <%.7s>\n", sh + PAGE);
    pwrite(fd, "FROMFILE", 8, 2 * PAGE);
    printf("shared map sees pwrite: <%.8s>\n", sh + 2 * PAGE);
    printf("msync: %d\n", msync(sh, 3 * PAGE, MS_SYNC));
    munmap(sh, 3 * PAGE);
    munmap(pr, 2 * PAGE);
    close(fd);

    /* madvise(MADV_DONTNEED) zeroing a private page. */
    unsigned char *d = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(d, 0x5a, 2 * PAGE);
    rc = madvise(d, PAGE, MADV_DONTNEED);
    printf("madvise DONTNEED: %d, page zero again=%s, other page kept=%s\n",
           rc, yesno(d[0] == 0 && d[PAGE - 1] == 0), yesno(d[PAGE] == 0x5a));
    munmap(d, 2 * PAGE);

    /* brk through sbrk. */
    char *b0 = sbrk(0);
    char *b1 = sbrk(3 * PAGE);
    char *b2 = sbrk(0);
    memset(b1, 1, 3 * PAGE);
    printf("sbrk grows by %ld, old break returned=%s\n", (long)(b2 - b0), yesno(b1 == b0));
    sbrk(-3 * PAGE);
    printf("sbrk shrink back=%s\n", yesno(sbrk(0) == b0));

    /* Errors. */
    errno = 0;
    void *e = mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap length 0: %s\n", e == MAP_FAILED && errno == EINVAL ? "EINVAL" : "other");
    errno = 0;
    e = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, 12345, 0);
    printf("mmap bad fd: %s\n", e == MAP_FAILED && errno == EBADF ? "EBADF" : "other");
    errno = 0;
    rc = munmap(a + 1, PAGE);
    printf("munmap unaligned: %d %s\n", rc, errno == EINVAL ? "EINVAL" : "?");

    /* A large mapping, touched sparsely. */
    size_t big = (size_t)1 << 30;
    unsigned char *h = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (h != MAP_FAILED) {
        unsigned t = 0;
        for (size_t off = 0; off < big; off += big / 64) { h[off] = (unsigned char)(off >> 24); t += h[off]; }
        printf("1 GiB sparse mapping: total %u\n", t);
        munmap(h, big);
    } else {
        printf("1 GiB sparse mapping: failed\n");
    }
    munmap(a, 16 * PAGE);
    return 0;
}
