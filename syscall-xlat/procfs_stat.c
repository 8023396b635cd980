/* /proc/self/{stat,status,statm}: the host's own lines (ids, times, state,
 * scheduling, credentials: all true of the guest, which is this process),
 * with what describes memory, the program image and signal handling
 * replaced by the guest's.  comm is already the guest's: procfs_init()
 * named the host thread after the guest program. */
#include "syscall-xlat/procfs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader/loader.h"
#include "syscall-xlat/guest_signal.h"

#define PAGE 4096ULL

/* The host file behind host_fd, whole (these are a few KiB at most). */
static char *read_host(int host_fd)
{
    size_t cap = 8192, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        ssize_t n = read(host_fd, buf + len, cap - 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
        if (len + 1 == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    if (buf)
        buf[len] = '\0';
    return buf;
}

/* collect_sigign_sigcatch: ignored and caught (handled) signals, bit sig-1. */
static void guest_sig_sets(uint64_t *ignored, uint64_t *caught)
{
    *ignored = *caught = 0;
    for (int sig = 1; sig <= GUEST_NSIG; sig++) {
        uint64_t handler = guest_sigaction_get(sig).handler;
        if (handler == GUEST_SIG_IGN)
            *ignored |= 1ULL << (sig - 1);
        else if (handler != GUEST_SIG_DFL)
            *caught |= 1ULL << (sig - 1);
    }
}

/* Field numbers of proc_pid_stat(5) (do_task_stat's order). */
enum {
    STAT_VSIZE = 23, STAT_RSS = 24, STAT_STARTCODE = 26, STAT_ENDCODE = 27,
    STAT_STARTSTACK = 28, STAT_KSTKESP = 29, STAT_KSTKEIP = 30, STAT_BLOCKED = 32,
    STAT_SIGIGNORE = 33, STAT_SIGCATCH = 34, STAT_START_DATA = 45, STAT_END_DATA = 46,
    STAT_START_BRK = 47, STAT_ARG_START = 48, STAT_ARG_END = 49, STAT_ENV_START = 50,
    STAT_ENV_END = 51,
};

int procfs_write_stat(FILE *out, int host_fd)
{
    struct guest_mem_totals t;
    int err = guest_mem_totals(&t);
    if (err)
        return err;
    char *line = read_host(host_fd);
    if (!line)
        return -ENOMEM;
    /* "pid (comm) state ...": comm may hold spaces and ')', so the fields
     * start after the last ')'. */
    char *close = strrchr(line, ')');
    if (!close) {
        fputs(line, out);
        free(line);
        return 0;
    }
    fwrite(line, 1, (size_t)(close + 1 - line), out);

    const struct guest_layout *g = loader_layout();
    uint64_t ignored, caught;
    guest_sig_sets(&ignored, &caught);
    uint64_t replace[STAT_ENV_END + 1] = {
        [STAT_VSIZE] = t.total_vm * 1024,
        [STAT_RSS] = t.rss / (PAGE / 1024),
        [STAT_STARTCODE] = g->start_code,
        [STAT_ENDCODE] = g->end_code,
        [STAT_STARTSTACK] = g->start_stack,
        [STAT_KSTKESP] = 0, /* zero for a live task, as the kernel reports */
        [STAT_KSTKEIP] = 0,
        /* The kernel shows only the first 31 signals in these. */
        [STAT_BLOCKED] = guest_sigmask_get() & 0x7fffffff,
        [STAT_SIGIGNORE] = ignored & 0x7fffffff,
        [STAT_SIGCATCH] = caught & 0x7fffffff,
        [STAT_START_DATA] = g->start_data,
        [STAT_END_DATA] = g->end_data,
        [STAT_START_BRK] = loader_brk_start(),
        [STAT_ARG_START] = g->arg_start,
        [STAT_ARG_END] = g->arg_end,
        [STAT_ENV_START] = g->env_start,
        [STAT_ENV_END] = g->env_end,
    };
    static const unsigned char replaced[] = {
        STAT_VSIZE, STAT_RSS, STAT_STARTCODE, STAT_ENDCODE, STAT_STARTSTACK,
        STAT_KSTKESP, STAT_KSTKEIP, STAT_BLOCKED, STAT_SIGIGNORE, STAT_SIGCATCH,
        STAT_START_DATA, STAT_END_DATA, STAT_START_BRK, STAT_ARG_START, STAT_ARG_END,
        STAT_ENV_START, STAT_ENV_END,
    };
    int field = 3; /* the state letter follows comm */
    for (char *save = NULL, *tok = strtok_r(close + 1, " \n", &save); tok;
         tok = strtok_r(NULL, " \n", &save), field++) {
        bool ours = false;
        for (size_t i = 0; i < sizeof replaced; i++)
            ours |= replaced[i] == field;
        if (ours)
            fprintf(out, " %llu", (unsigned long long)replace[field]);
        else
            fprintf(out, " %s", tok);
    }
    fputc('\n', out);
    free(line);
    return 0;
}

/* proc_pid_statm: size resident shared text lib data dt, in pages. */
int procfs_write_statm(FILE *out)
{
    struct guest_mem_totals t;
    int err = guest_mem_totals(&t);
    if (err)
        return err;
    uint64_t kb = PAGE / 1024;
    fprintf(out, "%llu %llu %llu %llu 0 %llu 0\n", (unsigned long long)(t.total_vm / kb),
            (unsigned long long)(t.rss / kb), (unsigned long long)((t.file + t.shmem) / kb),
            (unsigned long long)(t.text / kb), (unsigned long long)((t.data + t.stack) / kb));
    return 0;
}

/* Lines of the host's status that only x86-64 prints (linear address
 * masking, shadow stacks); arm64 has no such lines. */
static bool x86_only(const char *line)
{
    static const char *const labels[] = { "untag_mask:", "x86_Thread_features:",
                                          "x86_Thread_features_locked:" };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (!strncmp(line, labels[i], strlen(labels[i])))
            return true;
    return false;
}

int procfs_write_status(FILE *out, int host_fd)
{
    struct guest_mem_totals t;
    int err = guest_mem_totals(&t);
    if (err)
        return err;
    char *text = read_host(host_fd);
    if (!text)
        return -ENOMEM;
    uint64_t ignored, caught;
    guest_sig_sets(&ignored, &caught);
    /* task_mem's lines ("VmPeak:\t%8lu kB") and the signal sets
     * ("SigBlk:\t%016lx"); VmPin and the rest stay the host's. */
    const struct {
        const char *label;
        uint64_t value;
        bool hex;
    } ours[] = {
        { "VmPeak:", t.peak_vm, false },  { "VmSize:", t.total_vm, false },
        { "VmLck:", t.locked, false },    { "VmHWM:", t.hwm, false },
        { "VmRSS:", t.rss, false },       { "RssAnon:", t.anon, false },
        { "RssFile:", t.file, false },    { "RssShmem:", t.shmem, false },
        { "VmData:", t.data, false },     { "VmStk:", t.stack, false },
        { "VmExe:", t.text, false },      { "VmLib:", t.lib, false },
        { "VmPTE:", t.pte, false },       { "VmSwap:", t.swap, false },
        { "SigBlk:", guest_sigmask_get(), true },
        { "SigIgn:", ignored, true }, { "SigCgt:", caught, true },
    };
    for (char *save = NULL, *line = strtok_r(text, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        if (x86_only(line))
            continue;
        size_t i = 0;
        while (i < sizeof ours / sizeof ours[0] &&
               strncmp(line, ours[i].label, strlen(ours[i].label)) != 0)
            i++;
        if (i == sizeof ours / sizeof ours[0])
            fprintf(out, "%s\n", line);
        else if (ours[i].hex)
            fprintf(out, "%s\t%016llx\n", ours[i].label, (unsigned long long)ours[i].value);
        else
            fprintf(out, "%s\t%8llu kB\n", ours[i].label, (unsigned long long)ours[i].value);
    }
    free(text);
    return 0;
}
