/* execve and execveat (docs/processes.md).
 *
 * What the kernel would run is worked out here, before anything is
 * given up, so that every error is the kernel's and returns to a program
 * that is still running:
 *  - an arm64 ELF (checked with its interpreter, as the loader would) runs
 *    through ferry again: ferry's own binary is executed, with the
 *    settings of this run (sysroot, -strace, -d and its log, -seed...),
 *    the guest's argv[0] as -0, and the guest's environment as given;
 *  - a `#!` script becomes its interpreter (looked up in the sysroot
 *    first) with the kernel's argument rules, up to the kernel's four
 *    levels;
 *  - a host (x86-64) program is executed as it is;
 *  - anything else is ENOEXEC.
 * ferry's binary was opened at start-up (exec_init), so this works in a
 * chroot and after the file was replaced. */
#include "syscall-xlat/xlat.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/ferry.h"
#include "common/ferry_fds.h"
#include "common/sysroot.h"
#include "dbt/runtime/threads.h"
#include "libs/thunk.h"
#include "loader/loader.h"
#include "syscall-xlat/guest_signal.h"
#include "syscall-xlat/strace.h"

/* The kernel's limits: a #! line is read from the first 256 bytes
 * (BINPRM_BUF_SIZE), and interpreters nest at most 4 deep. */
#define SCRIPT_HEAD 256
#define MAX_NESTING 4
/* Guest argument and environment vectors: what one execve may pass, and
 * the kernel's limit on one string (MAX_ARG_STRLEN, 32 pages). */
#define MAX_STRINGS (1 << 20)
#define MAX_ARG_STRLEN (32 * 4096)

static int ferry_exe_fd = -1;

void exec_init(void)
{
    int fd = open("/proc/self/exe", O_PATH | O_CLOEXEC);
    if (fd >= 0)
        ferry_exe_fd = ferry_fd_claim(fd);
    ferry_fd_track(&ferry_exe_fd);
}

/* A growable NULL-terminated vector of strings.  A failed push sticks:
 * later ones do nothing and return the same error. */
struct strvec {
    char **v;
    size_t n, cap;
    int err;
};

static int push(struct strvec *sv, char *s)
{
    if (sv->err)
        return sv->err;
    if (sv->n + 2 > sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 32;
        char **v = realloc(sv->v, cap * sizeof *v);
        if (!v)
            return sv->err = -ENOMEM;
        sv->v = v;
        sv->cap = cap;
    }
    sv->v[sv->n++] = s;
    sv->v[sv->n] = NULL;
    return 0;
}

/* The guest's argv or envp, as host pointers to its strings (which are
 * readable where they are: guest memory is host memory). */
static int read_vector(uint64_t addr, struct strvec *out)
{
    if (!addr)
        return 0; /* Linux takes a NULL vector as an empty one */
    for (size_t i = 0;; i++) {
        uint64_t p;
        if (i >= MAX_STRINGS)
            return -E2BIG;
        if (guest_read(&p, addr + i * 8, 8))
            return -EFAULT;
        if (!p)
            return 0;
        long len = guest_str_len(p, MAX_ARG_STRLEN);
        if (len < 0)
            return (int)len;
        int err = push(out, (char *)(uintptr_t)p);
        if (err)
            return err;
    }
}

/* The checks execve makes on the file itself: it exists, is a regular
 * file that this user may execute, on a filesystem that allows it. */
static int check_executable(const char *path)
{
    struct stat st;
    if (stat(path, &st))
        return -errno;
    if (!S_ISREG(st.st_mode))
        return -EACCES;
    if (faccessat(AT_FDCWD, path, X_OK, AT_EACCESS))
        return -errno;
    struct statvfs vfs;
    if (statvfs(path, &vfs) == 0 && (vfs.f_flag & ST_NOEXEC))
        return -EACCES;
    return 0;
}

enum kind { KIND_ARM64, KIND_HOST, KIND_SCRIPT, KIND_UNREADABLE };

static int classify(const char *path, char *head, size_t *head_len, enum kind *kind)
{
    int err = check_executable(path);
    if (err)
        return err;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        /* Executable but not readable: only the kernel can run it (a host
         * program, or an arm64 one through a binfmt_misc entry with the O
         * flag). */
        *kind = KIND_UNREADABLE;
        return 0;
    }
    ssize_t n = pread(fd, head, SCRIPT_HEAD, 0);
    /* The kernel refuses to execute a file open for writing (ETXTBSY).
     * A read lease is refused for exactly such a file (fcntl(2)); where
     * leases cannot be taken at all (not the owner, leases disabled) the
     * check is skipped. */
    if (fcntl(fd, F_SETLEASE, F_RDLCK) == 0)
        fcntl(fd, F_SETLEASE, F_UNLCK);
    else if (errno == EAGAIN) {
        close(fd);
        return -ETXTBSY;
    }
    close(fd);
    if (n < 0)
        return -EIO;
    *head_len = (size_t)n;
    if (n >= 2 && head[0] == '#' && head[1] == '!') {
        *kind = KIND_SCRIPT;
        return 0;
    }
    if ((size_t)n >= sizeof(Elf64_Ehdr) && !memcmp(head, ELFMAG, SELFMAG)) {
        uint16_t machine;
        memcpy(&machine, head + offsetof(Elf64_Ehdr, e_machine), sizeof machine);
        if (machine == EM_X86_64 || machine == EM_386) {
            *kind = KIND_HOST;
            return 0;
        }
        if (machine == EM_AARCH64 && head[EI_CLASS] == ELFCLASS64) {
            struct load_error le;
            if (loader_check(path, &le))
                return -le.code;
            *kind = KIND_ARM64;
            return 0;
        }
    }
    return -ENOEXEC;
}

/* A #! line as the kernel splits it: the interpreter, then at most one
 * argument (the rest of the line, spaces inside kept). */
static int parse_shebang(char *head, size_t len, char **interp, char **arg)
{
    char *end = memchr(head, '\n', len);
    if (!end) {
        if (len >= SCRIPT_HEAD)
            return -ENOEXEC; /* the kernel: a line longer than it reads */
        end = head + len;
    }
    *end = '\0';
    char *p = head + 2;
    while (*p == ' ' || *p == '\t')
        p++;
    char *tail = end;
    while (tail > p && (tail[-1] == ' ' || tail[-1] == '\t'))
        *--tail = '\0';
    if (!*p)
        return -ENOEXEC;
    *interp = p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    *arg = NULL;
    if (*p) {
        *p++ = '\0';
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p)
            *arg = p;
    }
    return 0;
}

/* The command line that runs `path` under ferry again. */
/* An option and its argument. */
static void push_option(struct strvec *cmd, char *option, char *arg)
{
    push(cmd, option);
    push(cmd, arg);
}

static int ferry_command(struct strvec *cmd, const char *path, const char *argv0)
{
    static char seed[32], stack[32], logfd[16], items[64];
    if (!cmd->n)
        push(cmd, "ferry");
    const char *root = sysroot_dir();
    push_option(cmd, "-L", (char *)(root[0] ? root : "/"));
    if (ferry_opt.strace)
        push(cmd, "-strace");
    snprintf(items, sizeof items, "%s%s%s%s", ferry_opt.log_in_asm ? ",in_asm" : "",
             ferry_opt.log_out_asm ? ",out_asm" : "", ferry_opt.log_stats ? ",stats" : "",
             ferry_opt.log_thunk ? ",thunk" : "");
    if (items[0])
        push_option(cmd, "-d", items + 1);
    if (ferry_opt.log && ferry_opt.log != stderr) {
        snprintf(logfd, sizeof logfd, "%d", fileno(ferry_opt.log));
        push_option(cmd, "-log-fd", logfd);
    }
    if (ferry_opt.seeded) {
        snprintf(seed, sizeof seed, "%llu", (unsigned long long)ferry_opt.seed);
        push_option(cmd, "-seed", seed);
    }
    if (ferry_opt.uname_release)
        push_option(cmd, "-r", (char *)ferry_opt.uname_release);
    if (ferry_opt.stack_size) {
        snprintf(stack, sizeof stack, "%llu", (unsigned long long)ferry_opt.stack_size);
        push_option(cmd, "-s", stack);
    }
    if (ferry_opt.singlestep)
        push(cmd, "-singlestep");
    if (thunk_none_by_request())
        push(cmd, "-no-thunk");
    if (*thunk_enabled_list())
        push_option(cmd, "-thunk", (char *)thunk_enabled_list());
    if (ferry_opt.perfmap)
        push(cmd, "-perfmap");
    if (ferry_opt.ras)
        push(cmd, "-ras");
    push_option(cmd, "-0", (char *)argv0);
    push_option(cmd, "--", (char *)path);
    return cmd->err;
}

/* Replace the process; returns only on failure, with -errno. */
static int64_t host_exec(int exe_fd, const char *path, char **argv, char **envp)
{
    struct guest_thread *t = thread_self();
    struct sig_thread *s = t ? t->signals : NULL;
    if (ferry_opt.log) {
        fflush(ferry_opt.log);
        if (ferry_opt.log != stderr)
            fcntl(fileno(ferry_opt.log), F_SETFD, 0); /* for -log-fd */
    }
    fflush(stdout);
    /* The new program starts with the guest's mask, which the new ferry
     * reads from the host's (all but the signals ferry cannot block). */
    uint64_t host_mask = signal_block_all();
    if (s) {
        uint64_t mask = guest_to_host_sigmask(s->mask);
        syscall(SYS_rt_sigprocmask, SIG_SETMASK, &mask, NULL, 8);
    }
    if (exe_fd >= 0)
        syscall(SYS_execveat, exe_fd, "", argv, envp, AT_EMPTY_PATH);
    else
        execve(path, argv, envp);
    int err = errno;
    signal_restore_host(host_mask);
    if (ferry_opt.log && ferry_opt.log != stderr)
        fcntl(fileno(ferry_opt.log), F_SETFD, FD_CLOEXEC);
    return -err;
}

/* exec_fd: fexecve's descriptor (execveat with AT_EMPTY_PATH), else -1. */
static int64_t do_exec(const char *host_path, const char *guest_path, int exec_fd,
                       uint64_t argv_addr, uint64_t envp_addr)
{
    struct strvec argv = { 0 }, envp = { 0 }, cmd = { 0 };
    /* Interpreters and their arguments, prepended level by level. */
    char heads[MAX_NESTING + 1][SCRIPT_HEAD + 1];
    char paths[MAX_NESTING + 1][PATH_MAX];
    int64_t err = read_vector(argv_addr, &argv);
    if (!err)
        err = read_vector(envp_addr, &envp);
    if (!err && !argv.n)
        err = push(&argv, ""); /* Linux 5.18 and later: argv[0] is "" */
    static char *no_env[] = { NULL };
    char **env = envp.v ? envp.v : no_env;
    const char *path = host_path, *shown = guest_path;
    for (int level = 0; !err; level++) {
        enum kind kind;
        size_t len = 0;
        err = classify(path, heads[level], &len, &kind);
        if (err)
            break;
        if (kind == KIND_SCRIPT) {
            if (level == MAX_NESTING) {
                err = -ELOOP;
                break;
            }
            heads[level][len] = '\0';
            char *interp, *arg;
            err = parse_shebang(heads[level], len, &interp, &arg);
            if (err)
                break;
            /* argv becomes: interp [arg] script argv[1...] */
            struct strvec next = { 0 };
            push(&next, interp);
            if (arg)
                push(&next, arg);
            push(&next, (char *)shown);
            for (size_t i = 1; i < argv.n; i++)
                push(&next, argv.v[i]);
            free(argv.v);
            argv = next;
            err = argv.err;
            if (err)
                break;
            path = sysroot_path(interp, paths[level], PATH_MAX);
            shown = interp;
            continue;
        }
        if (kind == KIND_ARM64 && (ferry_opt.secure || ferry_exe_fd < 0)) {
            /* Running with a program's privileges (binfmt_misc's C flag):
             * an exec'd ferry would see AT_SECURE without AT_EXECFD and
             * refuse to run, rightly.  Or ferry could not open its own
             * binary (started by binfmt_misc's F flag in a chroot without
             * /proc).  The kernel's binfmt_misc entry, if any, starts the
             * program as it started this one; else the guest gets the
             * kernel's ENOEXEC. */
            strace_before_exec();
            err = host_exec(-1, path, argv.v, env);
        } else if (kind == KIND_ARM64) {
            /* fexecve: the new ferry loads the program from a descriptor
             * that survives the exec even if the guest's is close-on-exec
             * (-exec-fd, as binfmt_misc's AT_EXECFD), and closes it. */
            int keep = level == 0 && exec_fd >= 0 ? fcntl(exec_fd, F_DUPFD, 3) : -1;
            /* It names the file as /proc/self/exe will: its real path. */
            static char keep_arg[16], real[PATH_MAX];
            ssize_t rn = keep >= 0 ? readlink(path, real, sizeof real - 1) : -1;
            real[rn > 0 ? rn : 0] = '\0';
            snprintf(keep_arg, sizeof keep_arg, "%d", keep);
            if (keep >= 0) {
                push(&cmd, "ferry");
                push_option(&cmd, "-exec-fd", keep_arg);
            }
            ferry_command(&cmd, keep >= 0 && real[0] ? real : path, argv.v[0]);
            for (size_t i = 1; i < argv.n; i++)
                push(&cmd, argv.v[i]);
            err = cmd.err;
            if (!err) {
                strace_before_exec();
                err = host_exec(ferry_exe_fd, NULL, cmd.v, env);
            }
            if (keep >= 0)
                close(keep);
        } else { /* a host program, or one only the kernel can read */
            strace_before_exec();
            err = host_exec(-1, path, argv.v, env);
        }
        break;
    }
    free(argv.v);
    free(envp.v);
    free(cmd.v);
    return err;
}

/* The file a guest path names, for exec: /proc/self/exe is the guest
 * program, not ferry. */
static const char *exec_path(int dirfd, const char *host, const char *guest, char *buf)
{
    const char *exe = procfs_exe_alias_at(dirfd, guest);
    if (exe)
        return exe;
    if (dirfd == AT_FDCWD || host[0] == '/')
        return host;
    /* Relative to a directory descriptor: name it through /proc. */
    snprintf(buf, PATH_MAX, "/proc/self/fd/%d/%s", dirfd, host);
    return buf;
}

int64_t sys_execve(struct cpu_state *cpu, const uint64_t a[6])
{
    char guest[PATH_MAX], buf[PATH_MAX];
    long n = guest_read_str(guest, sizeof guest, cpu->x[0]);
    if (n < 0)
        return n;
    const char *host = (const char *)(uintptr_t)a[0];
    return do_exec(exec_path(AT_FDCWD, host, guest, buf), guest, -1, a[1], a[2]);
}

int64_t sys_execveat(struct cpu_state *cpu, const uint64_t a[6])
{
    int dirfd = (int)a[0], flags = (int)a[4];
    if (flags & ~(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW))
        return -EINVAL;
    char guest[PATH_MAX], buf[PATH_MAX];
    long n = guest_read_str(guest, sizeof guest, cpu->x[1]);
    if (n < 0)
        return n;
    const char *host = (const char *)(uintptr_t)a[1];
    if (!guest[0]) {
        if (!(flags & AT_EMPTY_PATH))
            return -ENOENT;
        /* fexecve: the file is the descriptor; scripts see /dev/fd/N. */
        snprintf(buf, sizeof buf, "/proc/self/fd/%d", dirfd);
        snprintf(guest, sizeof guest, "/dev/fd/%d", dirfd);
        return do_exec(buf, guest, dirfd, a[2], a[3]);
    }
    if (flags & AT_SYMLINK_NOFOLLOW) {
        struct stat st;
        if (fstatat(dirfd, host, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
            return -ELOOP;
    }
    return do_exec(exec_path(dirfd, host, guest, buf), guest, -1, a[2], a[3]);
}
