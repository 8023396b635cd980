/* --strace: decode guest system calls as `PID name(arg, arg) = result`.
 * Only runs when the option is on, so it favours clarity over speed. */
#include "syscall-xlat/strace.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry.h"
#include "syscall-xlat/guest_signal.h"
#include "syscall-xlat/flags.h"

#define STRING_LIMIT 32

static FILE *log_file(void)
{
    return ferry_opt.log ? ferry_opt.log : stderr;
}

/* A bounded string builder: appends never overflow, output is truncated. */
struct out {
    char *buf;
    size_t cap, len;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
    if (o->len + 1 >= o->cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        o->len = (size_t)n < o->cap - o->len ? o->len + (size_t)n : o->cap - 1;
}

static void put_flags(struct out *o, const struct flag_map *t, uint64_t v)
{
    char tmp[256];
    flags_format(tmp, sizeof tmp, t, v);
    put(o, "%s", tmp);
}

/* Quoted, escaped, at most STRING_LIMIT bytes, then "..." if cut. */
static void put_quoted(struct out *o, const unsigned char *s, size_t n, int cut)
{
    put(o, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        switch (c) {
        case '\n': put(o, "\\n"); break;
        case '\t': put(o, "\\t"); break;
        case '\r': put(o, "\\r"); break;
        case '\\': put(o, "\\\\"); break;
        case '"': put(o, "\\\""); break;
        default:
            if (c >= 0x20 && c < 0x7f)
                put(o, "%c", c);
            else
                put(o, "\\%o", c);
        }
    }
    put(o, cut ? "\"..." : "\"");
}

static void put_pointer(struct out *o, uint64_t v)
{
    if (v)
        put(o, "%#llx", (unsigned long long)v);
    else
        put(o, "NULL");
}

static void put_string(struct out *o, uint64_t p)
{
    char s[STRING_LIMIT + 1];
    if (!p) {
        put(o, "NULL");
        return;
    }
    long n = guest_read_str(s, sizeof s, p);
    if (n == -ENAMETOOLONG)
        put_quoted(o, (unsigned char *)s, STRING_LIMIT, 1);
    else if (n < 0)
        put_pointer(o, p);
    else
        put_quoted(o, (unsigned char *)s, (size_t)n, 0);
}

static void put_buffer(struct out *o, uint64_t p, uint64_t len)
{
    unsigned char s[STRING_LIMIT];
    size_t n = len < STRING_LIMIT ? len : STRING_LIMIT;
    if (!p || guest_read(s, p, n))
        put_pointer(o, p);
    else
        put_quoted(o, s, n, len > STRING_LIMIT);
}

static const char *const signal_names[] = {
    [1] = "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
    "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE",
    "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP",
    "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ",
    "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
};

static void put_signal(struct out *o, int sig)
{
    if (sig > 0 && sig < (int)(sizeof signal_names / sizeof *signal_names))
        put(o, "%s", signal_names[sig]);
    else if (sig >= 32 && sig <= 64)
        put(o, "SIGRT_%d", sig - 32);
    else
        put(o, "%d", sig);
}

static void put_named(struct out *o, const char *const *names, size_t count, int v)
{
    if (v >= 0 && (size_t)v < count && names[v])
        put(o, "%s", names[v]);
    else
        put(o, "%d", v);
}

#define NAMED(o, names, v) put_named(o, names, sizeof names / sizeof *names, v)

static const char *const fcntl_names[] = {
    "F_DUPFD", "F_GETFD", "F_SETFD", "F_GETFL", "F_SETFL", "F_GETLK",
    "F_SETLK", "F_SETLKW", "F_SETOWN", "F_GETOWN", "F_SETSIG", "F_GETSIG",
    [15] = "F_SETOWN_EX", "F_GETOWN_EX", [36] = "F_OFD_GETLK", "F_OFD_SETLK",
    "F_OFD_SETLKW",
};

static void put_fcntl_cmd(struct out *o, int cmd)
{
    static const char *const high[] = {
        "F_SETLEASE", "F_GETLEASE", "F_NOTIFY", [6] = "F_DUPFD_CLOEXEC",
        "F_SETPIPE_SZ", "F_GETPIPE_SZ", "F_ADD_SEALS", "F_GET_SEALS",
    };
    if (cmd >= 1024 && cmd < 1024 + (int)(sizeof high / sizeof *high) && high[cmd - 1024])
        put(o, "%s", high[cmd - 1024]);
    else
        NAMED(o, fcntl_names, cmd);
}

static const char *const how_names[] = { "SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK" };
static const char *const clock_names[] = {
    "CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID",
    "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW", "CLOCK_REALTIME_COARSE",
    "CLOCK_MONOTONIC_COARSE", "CLOCK_BOOTTIME", "CLOCK_REALTIME_ALARM",
    "CLOCK_BOOTTIME_ALARM", [11] = "CLOCK_TAI",
};

static void put_open_flags(struct out *o, uint64_t v)
{
    static const char *const acc[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE" };
    put(o, "%s", acc[v & 3]);
    v &= ~3ULL;
    if (v) {
        put(o, "|");
        put_flags(o, open_flags, v);
    }
}

static void put_arg(struct out *o, char kind, uint64_t v, uint64_t next)
{
    switch (kind) {
    case 'd': case 'f': put(o, "%d", (int)v); break;
    case 'l': put(o, "%lld", (long long)v); break;
    case 'u': put(o, "%llu", (unsigned long long)v); break;
    case 'x': put(o, v ? "%#llx" : "%llu", (unsigned long long)v); break;
    case 'o': put(o, v ? "%#llo" : "%llu", (unsigned long long)v); break;
    case 'p': put_pointer(o, v); break;
    case 's': case 'n': put_string(o, v); break;
    case 'b': put_buffer(o, v, next); break;
    case 'a':
        if ((int)v == -100)
            put(o, "AT_FDCWD");
        else
            put(o, "%d", (int)v);
        break;
    case 'O': put_open_flags(o, (uint32_t)v); break;
    case 'C': put_flags(o, open_flags, (uint32_t)v); break;
    case 'P':
        if ((uint32_t)v == 0)
            put(o, "PROT_NONE");
        else
            put_flags(o, mmap_prot, (uint32_t)v);
        break;
    case 'M': put_flags(o, mmap_flags, (uint32_t)v); break;
    case 'A': put_flags(o, at_flags, (uint32_t)v); break;
    case 'g': put_signal(o, (int)v); break;
    case 'F': put_fcntl_cmd(o, (int)v); break;
    case 'h': NAMED(o, how_names, (int)v); break;
    case 'c': NAMED(o, clock_names, (int)v); break;
    case 'I': {
        const char *name = ioctl_name(v);
        if (name)
            put(o, "%s", name);
        else
            put(o, "%#x", (unsigned)v);
        break;
    }
    default: put(o, "%#llx", (unsigned long long)v); break;
    }
}

void strace_format_call(char *buf, size_t cap, uint64_t nr,
                        const struct syscall_def *d, const uint64_t a[6])
{
    struct out o = { buf, cap, 0 };
    buf[0] = 0;
    if (d) {
        put(&o, "%s(", d->name);
        for (int i = 0; d->args[i] && i < 6; i++) {
            if (i)
                put(&o, ", ");
            put_arg(&o, d->args[i], a[i], i < 5 ? a[i + 1] : 0);
        }
    } else {
        /* Unknown number: show all six registers. */
        put(&o, "syscall_%llu(", (unsigned long long)nr);
        for (int i = 0; i < 6; i++)
            put(&o, i ? ", %#llx" : "%#llx", (unsigned long long)a[i]);
    }
}

static long tid(void)
{
    return syscall(SYS_gettid);
}

void strace_print_result(const char *call, char ret_kind, int64_t r)
{
    FILE *f = log_file();
    if (r < 0 && r >= -4095) {
        int e = (int)-r;
        const char *name = strerrorname_np(e);
        if (name)
            fprintf(f, "%ld %s) = -1 %s (%s)\n", tid(), call, name, strerror(e));
        else
            fprintf(f, "%ld %s) = -1 (errno %d)\n", tid(), call, e);
    } else if (ret_kind == 'x') {
        fprintf(f, "%ld %s) = %#llx\n", tid(), call, (unsigned long long)r);
    } else if (ret_kind == 'o') {
        fprintf(f, "%ld %s) = %#llo\n", tid(), call, (unsigned long long)r);
    } else {
        fprintf(f, "%ld %s) = %lld\n", tid(), call, (long long)r);
    }
    fflush(f);
}

void strace_print_noreturn(const char *call)
{
    FILE *f = log_file();
    fprintf(f, "%ld %s) = ?\n", tid(), call);
    fflush(f);
}

static __thread const char *current;

void strace_set_current(const char *call)
{
    current = call;
}

void strace_before_exec(void)
{
    if (!ferry_opt.strace || !current)
        return;
    FILE *f = log_file();
    fprintf(f, "%ld %s) = 0\n", tid(), current);
    fflush(f);
}

void strace_notice(const char *fmt, ...)
{
    if (!ferry_opt.strace)
        return;
    FILE *f = log_file();
    va_list ap;
    va_start(ap, fmt);
    fputs("ferry: ", f);
    vfprintf(f, fmt, ap);
    fputc('\n', f);
    va_end(ap);
    fflush(f);
}

/* si_code names for the line strace prints when a signal is delivered. */
static void put_si_code(struct out *o, int sig, int code)
{
    static const char *const segv[] = { [1] = "SEGV_MAPERR", "SEGV_ACCERR", "SEGV_BNDERR",
                                        "SEGV_PKUERR", "SEGV_ACCADI", "SEGV_ADIDERR",
                                        "SEGV_ADIPERR", "SEGV_MTEAERR", "SEGV_MTESERR" };
    static const char *const bus[] = { [1] = "BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR" };
    static const char *const ill[] = { [1] = "ILL_ILLOPC", "ILL_ILLOPN", "ILL_ILLADR",
                                       "ILL_ILLTRP", "ILL_PRVOPC", "ILL_PRVREG", "ILL_COPROC",
                                       "ILL_BADSTK" };
    static const char *const trap[] = { [1] = "TRAP_BRKPT", "TRAP_TRACE", "TRAP_BRANCH",
                                        "TRAP_HWBKPT", "TRAP_UNK" };
    switch (code) {
    case 0: put(o, "SI_USER"); return;
    case 0x80: put(o, "SI_KERNEL"); return;
    case -1: put(o, "SI_QUEUE"); return;
    case -2: put(o, "SI_TIMER"); return;
    case -3: put(o, "SI_MESGQ"); return;
    case -4: put(o, "SI_ASYNCIO"); return;
    case -5: put(o, "SI_SIGIO"); return;
    case -6: put(o, "SI_TKILL"); return;
    }
    if (sig == SIGSEGV)
        NAMED(o, segv, code);
    else if (sig == SIGBUS)
        NAMED(o, bus, code);
    else if (sig == SIGILL)
        NAMED(o, ill, code);
    else if (sig == SIGTRAP)
        NAMED(o, trap, code);
    else
        put(o, "%d", code);
}

void strace_print_signal(const struct guest_siginfo *info)
{
    if (!ferry_opt.strace)
        return;
    char buf[256];
    struct out o = { buf, sizeof buf, 0 };
    put(&o, "%ld --- ", tid());
    put_signal(&o, info->signo);
    put(&o, " {si_signo=");
    put_signal(&o, info->signo);
    put(&o, ", si_code=");
    put_si_code(&o, info->signo, info->code);
    bool fault = info->code > 0 && info->code != 0x80 &&
                 (info->signo == SIGSEGV || info->signo == SIGBUS || info->signo == SIGILL ||
                  info->signo == SIGTRAP || info->signo == SIGFPE);
    if (fault) {
        put(&o, ", si_addr=%#llx", (unsigned long long)info->addr);
    } else if (info->code <= 0 || info->signo == SIGCHLD) {
        /* _kill, _rt and _sigchld all begin with the sender's pid, uid. */
        int32_t pid_uid[2];
        memcpy(pid_uid, info->rest, sizeof pid_uid);
        put(&o, ", si_pid=%d, si_uid=%d", pid_uid[0], pid_uid[1]);
    }
    put(&o, "} ---");
    FILE *f = log_file();
    fprintf(f, "%s\n", buf);
    fflush(f);
}

void strace_print_killed(int sig)
{
    if (!ferry_opt.strace)
        return;
    char buf[64];
    struct out o = { buf, sizeof buf, 0 };
    put(&o, "%ld +++ killed by ", tid());
    put_signal(&o, sig);
    put(&o, " +++");
    FILE *f = log_file();
    fprintf(f, "%s\n", buf);
    fflush(f);
}
