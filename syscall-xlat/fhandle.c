/* Calls that open files by something other than a path and take open
 * flags, whose O_DIRECTORY, O_NOFOLLOW, O_DIRECT and O_LARGEFILE bits move
 * between arm64 and x86-64 (flags.c): open_by_handle_at, and fanotify_init,
 * whose event_f_flags are the flags of the descriptors each event brings.
 * struct file_handle and the fanotify records read from the descriptor are
 * built from fixed-size fields, the same on both (layouts.c), so
 * name_to_handle_at and fanotify_mark pass through. */
#include "syscall-xlat/xlat.h"

#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall-xlat/flags.h"

int64_t sys_open_by_handle_at(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    /* Unknown bits are ignored, as by openat. */
    return host_result(syscall(SYS_open_by_handle_at, (int)a[0], a[1],
                               open_flags_guest_to_host((uint32_t)a[2])));
}

int64_t sys_fanotify_init(struct cpu_state *cpu, const uint64_t a[6])
{
    (void)cpu;
    /* The kernel rejects event flags it does not allow with EINVAL; a bit
     * with no host meaning must fail the same way rather than vanish. */
    uint64_t unknown;
    uint64_t event_flags = flags_guest_to_host(open_flags, (uint32_t)a[1], &unknown);
    if (unknown)
        return -EINVAL;
    return host_result(syscall(SYS_fanotify_init, (unsigned)a[0], event_flags));
}
