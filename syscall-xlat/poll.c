/* Waiting for file descriptors: ppoll, pselect6 and epoll.
 *
 * pollfd, fd_set, timespec and the POLL and EPOLL event bits agree (x86-64
 * uses asm-generic/poll.h).  Two things need work: a temporary signal mask
 * the guest passes must not block ferry's synchronous signals, and struct
 * epoll_event is 16 bytes on arm64 but packed into 12 on x86-64. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <unistd.h>

/* arm64 struct epoll_event: natural alignment. */
struct guest_epoll_event {
    uint32_t events;
    uint32_t pad;
    uint64_t data;
};
_Static_assert(sizeof(struct guest_epoll_event) == 16, "guest epoll_event");
_Static_assert(sizeof(struct epoll_event) == 12, "host epoll_event is packed");

static void guest_to_host_epoll_event(const struct guest_epoll_event *g, struct epoll_event *h)
{
    h->events = g->events;
    h->data.u64 = g->data;
}

static void host_to_guest_epoll_event(const struct epoll_event *h, struct guest_epoll_event *g)
{
    g->events = h->events;
    g->pad = 0;
    g->data = h->data.u64;
}

/* Read the guest's temporary signal mask (may be absent) and make it safe
 * for the host.  Returns 0, -EINVAL or -EFAULT; *host_ptr is NULL or mask. */
static int temp_sigmask(uint64_t guest_ptr, uint64_t size, uint64_t *mask, uint64_t **host_ptr)
{
    *host_ptr = NULL;
    if (!guest_ptr)
        return 0;
    if (size != 8)
        return -EINVAL;
    if (guest_read(mask, guest_ptr, sizeof *mask))
        return -EFAULT;
    *mask = guest_to_host_sigmask(*mask);
    *host_ptr = mask;
    return 0;
}

int64_t sys_ppoll(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t mask, *host_mask;
    int err = temp_sigmask(a[3], a[4], &mask, &host_mask);
    if (err)
        return err;
    return host_result(syscall(SYS_ppoll, a[0], (unsigned)a[1], a[2], host_mask, a[4]));
}

int64_t sys_pselect6(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    /* The sixth argument points at { const sigset_t *ss; size_t ss_len; },
     * two 64-bit words on both. */
    struct { uint64_t ss, len; } guest_sig, host_sig;
    uint64_t sig_arg = 0, mask;
    if (a[5]) {
        if (guest_read(&guest_sig, a[5], sizeof guest_sig))
            return -EFAULT;
        uint64_t *host_mask;
        int err = temp_sigmask(guest_sig.ss, guest_sig.len, &mask, &host_mask);
        if (err)
            return err;
        host_sig.ss = (uint64_t)host_mask;
        host_sig.len = guest_sig.len;
        sig_arg = (uint64_t)&host_sig;
    }
    return host_result(syscall(SYS_pselect6, (int)a[0], a[1], a[2], a[3], a[4], sig_arg));
}

int64_t sys_epoll_ctl(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    int op = (int)a[1];
    struct epoll_event h, *hp = NULL;
    /* The kernel ignores the event for EPOLL_CTL_DEL. */
    if (op != EPOLL_CTL_DEL) {
        struct guest_epoll_event g;
        if (guest_read(&g, a[3], sizeof g))
            return -EFAULT;
        guest_to_host_epoll_event(&g, &h);
        hp = &h;
    }
    return host_result(syscall(SYS_epoll_ctl, (int)a[0], op, (int)a[2], hp));
}

/* Per-thread scratch for n host events followed by n guest events, reused
 * across calls.  Guest events come first for their 8-byte alignment; the
 * packed host ones need none. */
#define EPOLL_BATCH 1024
static __thread unsigned char *event_buf;
static __thread int event_cap;

static int events_for(int n, struct guest_epoll_event **g, struct epoll_event **h)
{
    if (n > event_cap) {
        unsigned char *p = realloc(event_buf, (size_t)n * (sizeof **g + sizeof **h));
        if (!p)
            return -ENOMEM;
        event_buf = p;
        event_cap = n;
    }
    *g = (struct guest_epoll_event *)event_buf;
    *h = (struct epoll_event *)(event_buf + (size_t)n * sizeof **g);
    return 0;
}

/* epoll_pwait and epoll_pwait2 differ only in the timeout argument, which
 * both pass through as is (an int, or a pointer to a timespec). */
static int64_t epoll_wait_common(long host_nr, const uint64_t a[6])
{
    int maxevents = (int)a[2];
    if (maxevents <= 0 || (uint64_t)maxevents > INT_MAX / sizeof(struct guest_epoll_event))
        return -EINVAL;
    uint64_t mask, *host_mask;
    int err = temp_sigmask(a[4], a[5], &mask, &host_mask);
    if (err)
        return err;
    /* Reporting fewer ready events than asked for is allowed: the rest stay
     * ready for the next call.  This bounds the scratch buffer. */
    if (maxevents > EPOLL_BATCH)
        maxevents = EPOLL_BATCH;
    struct guest_epoll_event *g;
    struct epoll_event *h;
    err = events_for(maxevents, &g, &h);
    if (err)
        return err;
    long r = syscall(host_nr, (int)a[0], h, maxevents, a[3], host_mask, a[5]);
    if (r <= 0)
        return host_result(r);
    for (long i = 0; i < r; i++)
        host_to_guest_epoll_event(&h[i], &g[i]);
    if (guest_write(a[1], g, (size_t)r * sizeof *g))
        return -EFAULT;
    return r;
}

int64_t sys_epoll_pwait(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return epoll_wait_common(SYS_epoll_pwait, a);
}

int64_t sys_epoll_pwait2(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    return epoll_wait_common(SYS_epoll_pwait2, a);
}
