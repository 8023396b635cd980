/* Waiting for file descriptors: ppoll, pselect6 and epoll.
 *
 * pollfd, fd_set, timespec and the POLL and EPOLL event bits agree (x86-64
 * uses asm-generic/poll.h).  Two things need work: a temporary signal mask
 * the guest passes must not block ferry's synchronous signals, and struct
 * epoll_event is 16 bytes on arm64 but packed into 12 on x86-64. */
#include "syscall-xlat/safe_syscall.h"
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <stdbool.h>
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

/* Read the guest's temporary signal mask (may be absent).  Returns 0,
 * -EINVAL or -EFAULT; *has_mask says whether there is one. */
static int temp_sigmask(uint64_t guest_ptr, uint64_t size, uint64_t *mask, bool *has_mask)
{
    *has_mask = false;
    if (!guest_ptr)
        return 0;
    if (size != 8)
        return -EINVAL;
    if (guest_read(mask, guest_ptr, sizeof *mask))
        return -EFAULT;
    *has_mask = true;
    return 0;
}

/* A call under a temporary mask (signal_wait.c): the host gets the mask
 * that matches it in args[mask_arg], and a handler that interrupts the
 * call runs under it. */
static long with_temp_mask(bool has_mask, uint64_t guest_mask, long nr, long args[6],
                           int mask_arg)
{
    uint64_t host_mask = 0;
    if (has_mask) {
        host_mask = signal_temp_mask_begin(guest_mask);
        args[mask_arg] = (long)&host_mask;
    }
    long r = safe_syscall(nr, args[0], args[1], args[2], args[3], args[4], args[5]);
    if (has_mask)
        signal_temp_mask_end(r);
    return r;
}

int64_t sys_ppoll(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    uint64_t mask;
    bool has_mask;
    int err = temp_sigmask(a[3], a[4], &mask, &has_mask);
    if (err)
        return err;
    long args[6] = { (long)a[0], (long)(unsigned)a[1], (long)a[2], 0, (long)a[4], 0 };
    return with_temp_mask(has_mask, mask, SYS_ppoll, args, 3);
}

int64_t sys_pselect6(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    /* The sixth argument points at { const sigset_t *ss; size_t ss_len; },
     * two 64-bit words on both. */
    struct { uint64_t ss, len; } guest_sig, host_sig = { 0, 8 };
    uint64_t mask = 0;
    bool has_mask = false;
    if (a[5]) {
        if (guest_read(&guest_sig, a[5], sizeof guest_sig))
            return -EFAULT;
        int err = temp_sigmask(guest_sig.ss, guest_sig.len, &mask, &has_mask);
        if (err)
            return err;
        host_sig.len = guest_sig.len;
    }
    uint64_t host_mask = 0;
    if (has_mask) {
        host_mask = signal_temp_mask_begin(mask);
        host_sig.ss = (uint64_t)&host_mask;
    }
    long r = safe_syscall(SYS_pselect6, (int)a[0], (long)a[1], (long)a[2], (long)a[3],
                          (long)a[4], a[5] ? (long)&host_sig : 0);
    if (has_mask)
        signal_temp_mask_end(r);
    return r;
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
    uint64_t mask;
    bool has_mask;
    int err = temp_sigmask(a[4], a[5], &mask, &has_mask);
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
    long args[6] = { (int)a[0], (long)h, maxevents, (long)a[3], 0, (long)a[5] };
    long r = with_temp_mask(has_mask, mask, host_nr, args, 4);
    if (r <= 0)
        return r;
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
