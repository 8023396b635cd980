/* ioctl: an allow-list of requests whose numbers and argument layouts agree
 * between arm64 and x86-64.  Both use asm-generic ioctl.h encoding,
 * ioctls.h numbering and termbits.h (struct termios of 36 bytes and
 * termios2 of 44, same flag bits and c_cc indices); winsize is four shorts
 * and the rest take an int or nothing.  Each guest value below is checked
 * against the host's own macro at compile time.
 *
 * File and block-device requests (linux/fs.h) and socket interface
 * queries (linux/sockios.h) are listed too: cp clones with FICLONE,
 * lsattr/chattr use FS_IOC_GETFLAGS/SETFLAGS (an int, whatever the number
 * says), filefrag FIEMAP, dd and mkfs the BLK size queries, and
 * if_nametoindex SIOCGIFINDEX, tar the tape requests (MTIOC*: mtop is a
 * short and an int, mtget and mtpos are longs).  Their structs are built from fixed-size
 * fields, the same on both: file_clone_range 32 bytes, file_dedupe_range
 * 24 (+32 per target), fsxattr 28, fiemap 32 (+56 per extent),
 * fstrim_range 24, ifreq 40, ifconf 16 (an int and a pointer).
 *
 * Anything else fails with ENOTTY, as the kernel does for a request the
 * driver does not know, with a notice under --strace. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/random.h>
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/mtio.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall-xlat/safe_syscall.h"
#include "syscall-xlat/strace.h"

/* name, arm64 value; the host macro of the same name must agree. */
#define IOCTLS(X) \
    X(TCGETS, 0x5401) X(TCSETS, 0x5402) X(TCSETSW, 0x5403) X(TCSETSF, 0x5404) \
    X(TCGETA, 0x5405) X(TCSETA, 0x5406) X(TCSETAW, 0x5407) X(TCSETAF, 0x5408) \
    X(TCSBRK, 0x5409) X(TCXONC, 0x540A) X(TCFLSH, 0x540B) \
    X(TIOCEXCL, 0x540C) X(TIOCNXCL, 0x540D) X(TIOCSCTTY, 0x540E) \
    X(TIOCGPGRP, 0x540F) X(TIOCSPGRP, 0x5410) X(TIOCOUTQ, 0x5411) \
    X(TIOCSTI, 0x5412) X(TIOCGWINSZ, 0x5413) X(TIOCSWINSZ, 0x5414) \
    X(TIOCMGET, 0x5415) X(TIOCMBIS, 0x5416) X(TIOCMBIC, 0x5417) \
    X(TIOCMSET, 0x5418) X(FIONREAD, 0x541B) X(TIOCPKT, 0x5420) \
    X(FIONBIO, 0x5421) X(TIOCNOTTY, 0x5422) X(TCSBRKP, 0x5425) \
    X(TIOCSBRK, 0x5427) X(TIOCCBRK, 0x5428) X(TIOCGSID, 0x5429) \
    X(TIOCGPTN, 0x80045430) X(TIOCSPTLCK, 0x40045431) \
    X(TIOCVHANGUP, 0x5437) X(TIOCGPKT, 0x80045438) X(TIOCGPTLCK, 0x80045439) \
    X(TIOCGEXCL, 0x80045440) X(TIOCGPTPEER, 0x5441) \
    X(FIONCLEX, 0x5450) X(FIOCLEX, 0x5451) X(FIOASYNC, 0x5452) \
    X(FIOQSIZE, 0x5460) \
    X(FIBMAP, 0x1) X(FIGETBSZ, 0x2) \
    X(FICLONE, 0x40049409) X(FICLONERANGE, 0x4020940d) X(FIDEDUPERANGE, 0xc0189436) \
    X(FS_IOC_GETFLAGS, 0x80086601) X(FS_IOC_SETFLAGS, 0x40086602) \
    X(FS_IOC_GETVERSION, 0x80087601) X(FS_IOC_SETVERSION, 0x40087602) \
    X(FS_IOC_FSGETXATTR, 0x801c581f) X(FS_IOC_FSSETXATTR, 0x401c5820) \
    X(FS_IOC_FIEMAP, 0xc020660b) X(FS_IOC_GETFSLABEL, 0x81009431) \
    X(FS_IOC_SETFSLABEL, 0x41009432) \
    X(FITRIM, 0xc0185879) X(FIFREEZE, 0xc0045877) X(FITHAW, 0xc0045878) \
    X(BLKROGET, 0x125e) X(BLKGETSIZE, 0x1260) X(BLKSSZGET, 0x1268) \
    X(BLKBSZGET, 0x80081270) X(BLKGETSIZE64, 0x80081272) X(BLKIOMIN, 0x1278) \
    X(BLKIOOPT, 0x1279) X(BLKPBSZGET, 0x127b) X(BLKDISCARDZEROES, 0x127c) \
    X(BLKROTATIONAL, 0x127e) \
    X(FIOSETOWN, 0x8901) X(SIOCSPGRP, 0x8902) X(FIOGETOWN, 0x8903) \
    X(SIOCGPGRP, 0x8904) X(SIOCATMARK, 0x8905) X(SIOCGIFNAME, 0x8910) \
    X(SIOCGIFCONF, 0x8912) X(SIOCGIFFLAGS, 0x8913) X(SIOCGIFADDR, 0x8915) \
    X(SIOCGIFDSTADDR, 0x8917) X(SIOCGIFBRDADDR, 0x8919) \
    X(SIOCGIFNETMASK, 0x891b) X(SIOCGIFMTU, 0x8921) X(SIOCGIFHWADDR, 0x8927) \
    X(SIOCGIFINDEX, 0x8933) X(SIOCGIFTXQLEN, 0x8942) X(SIOCOUTQNSD, 0x894b) \
    X(RNDGETENTCNT, 0x80045200) \
    X(MTIOCTOP, 0x40086d01) X(MTIOCGET, 0x80306d02) X(MTIOCPOS, 0x80086d03)

/* The termios2 requests need the kernel's struct termios2 to expand, which
 * glibc does not provide; their numbers encode its size, 44 on both. */
#define IOCTLS_TERMIOS2(X) \
    X(TCGETS2, 0x802C542A) X(TCSETS2, 0x402C542B) \
    X(TCSETSW2, 0x402C542C) X(TCSETSF2, 0x402C542D)

#define CHECK(name, value) _Static_assert(name == value, #name " differs on the host");
IOCTLS(CHECK)
#undef CHECK

struct known_ioctl {
    uint32_t request;
    const char *name;
};

#define ENTRY(name, value) { value, #name },
static const struct known_ioctl known_ioctls[] = {
    IOCTLS(ENTRY) IOCTLS_TERMIOS2(ENTRY)
};
#undef ENTRY

const char *ioctl_name(uint64_t request)
{
    for (size_t i = 0; i < sizeof known_ioctls / sizeof known_ioctls[0]; i++)
        if (known_ioctls[i].request == (uint32_t)request)
            return known_ioctls[i].name;
    return NULL;
}

int64_t sys_ioctl(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int fd = (int)a[0];
    /* The kernel takes the request as unsigned int. */
    uint32_t request = (uint32_t)a[1];
    if (!ioctl_name(request)) {
        strace_notice("unsupported ioctl %#x on fd %d", request, fd);
        return -ENOTTY;
    }
    /* Some wait (TCSETSW, TCSBRK, a device's own): interruptible. */
    return safe_syscall(SYS_ioctl, fd, request, (long)a[2], 0, 0, 0);
}
