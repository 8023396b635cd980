/* /proc/self/{auxv,cmdline,environ}: bytes of the guest's initial stack,
 * where loader/stack.c put them (loader_layout()), read from guest memory
 * as the kernel reads them from the process's memory (fs/proc/base.c). */
#include "syscall-xlat/procfs.h"

#include "loader/loader.h"
#include "syscall-xlat/xlat.h"

#define PAGE 4096ULL

size_t procfs_copy_guest(FILE *out, uint64_t lo, uint64_t hi)
{
    char buf[PAGE];
    size_t done = 0;
    while (lo < hi) {
        /* Page by page, so an unreadable page ends the copy there. */
        size_t n = (size_t)(PAGE - (lo & (PAGE - 1)));
        if (n > hi - lo)
            n = (size_t)(hi - lo);
        if (guest_read(buf, lo, n))
            break;
        fwrite(buf, 1, n, out);
        done += n;
        lo += n;
    }
    return done;
}

/* The pairs up to and including AT_NULL, as the loader wrote them.  (The
 * kernel keeps a copy made at exec; ferry reads the stack, which a
 * program has no reason to change.) */
int procfs_write_auxv(FILE *out)
{
    const struct guest_layout *g = loader_layout();
    procfs_copy_guest(out, g->auxv, g->auxv + g->auxv_len);
    return 0;
}

int procfs_write_environ(FILE *out)
{
    const struct guest_layout *g = loader_layout();
    procfs_copy_guest(out, g->env_start, g->env_end);
    return 0;
}

/* get_mm_cmdline: the argument strings [arg_start, arg_end), unless the
 * program overwrote the NUL that ends them (setproctitle), in which case
 * the one string at arg_start, running on into the environment area, at
 * most a page, with its NUL if one was found. */
int procfs_write_cmdline(FILE *out)
{
    const struct guest_layout *g = loader_layout();
    if (g->arg_end <= g->arg_start)
        return 0;
    char last;
    if (guest_read(&last, g->arg_end - 1, 1) || last == '\0') {
        procfs_copy_guest(out, g->arg_start, g->arg_end);
        return 0;
    }
    uint64_t limit = g->env_start == g->arg_end && g->env_end > g->env_start ? g->env_end
                                                                             : g->arg_end;
    if (limit - g->arg_start > PAGE)
        limit = g->arg_start + PAGE;
    char title[PAGE];
    size_t len = 0;
    while (g->arg_start + len < limit && !guest_read(&title[len], g->arg_start + len, 1)) {
        if (title[len++] == '\0')
            break;
    }
    fwrite(title, 1, len, out);
    return 0;
}
