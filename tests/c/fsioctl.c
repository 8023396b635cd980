/* ioctls on files and sockets that Debian's tools use: FICLONE and
 * FIEMAP (handled by the VFS, so never ENOTTY: they work or say why not),
 * FIGETBSZ, FS_IOC_GETFLAGS, FIONREAD on a file, RNDGETENTCNT, and the
 * interface queries behind if_nametoindex and friends (SIOCGIFINDEX,
 * SIOCGIFNAME, SIOCGIFFLAGS, SIOCGIFCONF) on the loopback interface. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/random.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char dir[4096], a[4200], b[4200];
    snprintf(dir, sizeof dir, "%s/fsioctl-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    snprintf(a, sizeof a, "%s/a", dir);
    snprintf(b, sizeof b, "%s/b", dir);
    int fa = open(a, O_RDWR | O_CREAT, 0600), fb = open(b, O_RDWR | O_CREAT, 0600);
    char block[8192];
    memset(block, 'q', sizeof block);
    write(fa, block, sizeof block);
    fsync(fa);

    errno = 0;
    int r = ioctl(fb, FICLONE, fa);
    printf("FICLONE: works or refused by the file system: %s\n",
           yesno(r == 0 || errno == EOPNOTSUPP || errno == EXDEV || errno == EINVAL));
    int bsz = 0;
    r = ioctl(fa, FIGETBSZ, &bsz);
    printf("FIGETBSZ: %d, block size > 0: %s\n", r, yesno(bsz > 0));
    int n = -1;
    r = ioctl(fa, FIONREAD, &n);
    printf("FIONREAD on a file: %d, bytes %d\n", r, n);
    union {
        struct fiemap fm;
        char room[sizeof(struct fiemap) + 4 * sizeof(struct fiemap_extent)];
    } u;
    memset(&u, 0, sizeof u);
    u.fm.fm_length = ~0ULL;
    u.fm.fm_extent_count = 4;
    errno = 0;
    r = ioctl(fa, FS_IOC_FIEMAP, &u.fm);
    printf("FS_IOC_FIEMAP: works or refused by the file system: %s\n",
           yesno(r == 0 ? u.fm.fm_mapped_extents >= 1 : errno == EOPNOTSUPP));
    int flags = -1;
    errno = 0;
    r = ioctl(fa, FS_IOC_GETFLAGS, &flags);
    printf("FS_IOC_GETFLAGS: works or refused by the file system: %s\n",
           yesno(r == 0 ? flags >= 0 : errno == ENOTTY || errno == EOPNOTSUPP));
    errno = 0;
    r = ioctl(fa, BLKGETSIZE64, &(unsigned long long){ 0 });
    printf("BLKGETSIZE64 on a regular file: %s\n", r == 0 ? "ok" : errno == ENOTTY ? "ENOTTY" : strerror(errno));
    int urandom = open("/dev/urandom", O_RDONLY);
    int entropy = -1;
    r = ioctl(urandom, RNDGETENTCNT, &entropy);
    printf("RNDGETENTCNT: %d, count >= 0: %s\n", r, yesno(entropy >= 0));
    close(urandom);

    unsigned lo = if_nametoindex("lo");
    printf("if_nametoindex lo: found %s\n", yesno(lo > 0));
    char name[IF_NAMESIZE] = "";
    printf("if_indextoname: %s\n", if_indextoname(lo, name) ? name : strerror(errno));
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    r = ioctl(s, SIOCGIFFLAGS, &ifr);
    printf("SIOCGIFFLAGS lo: %d loopback %s\n", r, yesno(ifr.ifr_flags & IFF_LOOPBACK));
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    r = ioctl(s, SIOCGIFINDEX, &ifr);
    printf("SIOCGIFINDEX lo: %d same index %s\n", r, yesno((unsigned)ifr.ifr_ifindex == lo));
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "no-such-if0");
    errno = 0;
    r = ioctl(s, SIOCGIFINDEX, &ifr);
    printf("SIOCGIFINDEX unknown: %s\n", r == 0 ? "found" : errno == ENODEV ? "ENODEV" : strerror(errno));
    struct ifreq reqs[64];
    struct ifconf ifc = { .ifc_len = sizeof reqs, .ifc_req = reqs };
    r = ioctl(s, SIOCGIFCONF, &ifc);
    int found = 0;
    for (int i = 0; r == 0 && i < ifc.ifc_len / (int)sizeof(struct ifreq); i++)
        found |= !strcmp(reqs[i].ifr_name, "lo");
    printf("SIOCGIFCONF: %d whole records %s, lo listed %s\n", r,
           yesno(ifc.ifc_len % sizeof(struct ifreq) == 0), yesno(found));
    close(s);

    close(fa);
    close(fb);
    unlink(a);
    unlink(b);
    rmdir(dir);
    return 0;
}
