/* ioctl: an allow-list of requests whose numbers and argument layouts agree
 * between arm64 and x86-64.  Both use asm-generic ioctl.h encoding,
 * ioctls.h numbering and termbits.h (struct termios of 36 bytes and
 * termios2 of 44, same flag bits and c_cc indices); winsize is four shorts
 * and the rest take an int or nothing.  Each guest value below is checked
 * against the host's own macro at compile time.
 * Anything else fails with ENOTTY, as the kernel does for a request the
 * driver does not know, with a notice under --strace. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

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
    X(FIOQSIZE, 0x5460)

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
    return host_result(syscall(SYS_ioctl, fd, request, a[2]));
}
