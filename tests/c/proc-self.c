/* ferry-test: qemu-differs (the native build is the oracle; see below)
 * proc-self.c - /proc/self/{exe,auxv,cmdline,environ,comm,stat,status,
 * statm} describe this program: its file, its auxiliary vector, arguments
 * and environment, its name, its memory layout and its signal handling.
 *
 * Oracle: written by hand from proc(5) and the kernel's fs/proc/base.c
 * (get_mm_cmdline, the setproctitle rule), fs/proc/array.c (do_task_stat,
 * task_sig) and fs/proc/task_mmu.c (task_mem, task_statm), because
 * qemu-aarch64 7.2 gets many of these wrong (comm and status Name are
 * "qemu-aarch64", most stat fields are 0).  The native x86-64 build of
 * this file prints the same (`make expected` reports the qemu mismatch
 * and leaves this file's expected output alone).  Facts only: no
 * addresses, pids or sizes. */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGE 4096UL
#define BIG (1 << 20)

extern const ElfW(Ehdr) __ehdr_start;

static const char *yesno(int c) { return c ? "yes" : "no"; }

static size_t slurp(const char *path, char *buf, size_t cap)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    size_t len = 0;
    ssize_t n;
    while (len + 1 < cap && (n = read(fd, buf + len, cap - 1 - len)) > 0)
        len += (size_t)n;
    close(fd);
    buf[len] = '\0';
    return len;
}

static char maps_text[BIG], stat_text[4096], status_text[16384], statm_text[256];
static char rollup_text[8192], buf[BIG], buf2[BIG];
static char self[PATH_MAX];

static void exe_facts(void)
{
    const char *base = strrchr(self, '/');
    printf("exe: readlink gives an absolute path ending in this program's name: %s\n",
           yesno(self[0] == '/' && base && !strncmp(base + 1, "proc-self", 9)));
    char path[96], link[PATH_MAX];
    const char *aliases[4];
    char a0[64], a1[64];
    snprintf(a0, sizeof a0, "/proc/%d/exe", (int)getpid());
    snprintf(a1, sizeof a1, "/proc/self/task/%d/exe", (int)gettid());
    aliases[0] = a0;
    aliases[1] = a1;
    aliases[2] = "/proc/thread-self/exe";
    aliases[3] = NULL;
    int same = 1;
    for (int i = 0; aliases[i]; i++) {
        ssize_t n = readlink(aliases[i], link, sizeof link - 1);
        same &= n > 0 && (link[n] = '\0', !strcmp(link, self));
    }
    int dir = open("/proc/self", O_RDONLY | O_DIRECTORY);
    ssize_t n = readlinkat(dir, "exe", link, sizeof link - 1);
    same &= n > 0 && (link[n] = '\0', !strcmp(link, self));
    close(dir);
    printf("exe: /proc/<pid>, /proc/self/task/<tid>, /proc/thread-self and a /proc/self dirfd agree: %s\n",
           yesno(same));

    int fd = open("/proc/self/exe", O_RDONLY);
    unsigned char head[sizeof(ElfW(Ehdr))];
    int elf = fd >= 0 && read(fd, head, sizeof head) == (ssize_t)sizeof head &&
              !memcmp(head, &__ehdr_start, sizeof head);
    close(fd);
    printf("exe: opening it reads this program's ELF header: %s\n", yesno(elf));
    fd = open("/proc/self/exe", O_RDONLY | O_NOFOLLOW);
    printf("exe: opening it with O_NOFOLLOW fails with ELOOP: %s\n", yesno(fd < 0 && errno == ELOOP));
    if (fd >= 0)
        close(fd);
    struct stat a, b, l;
    snprintf(path, sizeof path, "/proc/%d/exe", (int)getpid());
    printf("exe: stat gives the file readlink names; lstat a symlink: %s\n",
           yesno(stat(path, &a) == 0 && stat(self, &b) == 0 && a.st_dev == b.st_dev &&
                 a.st_ino == b.st_ino && lstat("/proc/self/exe", &l) == 0 &&
                 S_ISLNK(l.st_mode)));
}

static void auxv_facts(char **envp)
{
    size_t len = slurp("/proc/self/auxv", buf, BIG);
    const unsigned long *v = (const unsigned long *)buf;
    size_t pairs = len / 16;
    printf("auxv: whole 16-byte pairs, the last one AT_NULL: %s\n",
           yesno(len && len % 16 == 0 && v[2 * pairs - 2] == AT_NULL));
    /* getauxval's view of each type the kernel always supplies (glibc
     * may rewrite the hwcaps it reports, so those are left out). */
    static const unsigned long types[] = {
        AT_SYSINFO_EHDR, AT_PAGESZ, AT_CLKTCK, AT_PHDR, AT_PHENT, AT_PHNUM, AT_BASE, AT_FLAGS,
        AT_ENTRY, AT_UID, AT_EUID, AT_GID, AT_EGID, AT_SECURE, AT_RANDOM, AT_EXECFN,
    };
    int match = 1;
    unsigned long pagesz = 0;
    for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) {
        size_t i = 0;
        while (i < pairs && v[2 * i] != types[t])
            i++;
        match &= i < pairs && getauxval(types[t]) == v[2 * i + 1];
        if (types[t] == AT_PAGESZ && i < pairs)
            pagesz = v[2 * i + 1];
    }
    printf("auxv: the types the kernel always gives are there, as getauxval says: %s\n",
           yesno(match));
    printf("auxv: AT_PAGESZ=%lu\n", pagesz);
    /* The vector itself follows envp's NULL on the initial stack. */
    char **e = envp;
    while (*e)
        e++;
    printf("auxv: the bytes are the vector on the initial stack: %s\n",
           yesno(len && !memcmp(buf, e + 1, len)));
}

/* NUL-separated strings of [start, end) equal v[0..n). */
static int same_strings(const char *text, size_t len, char **v, int n)
{
    size_t at = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(v[i]) + 1;
        if (at + l > len || memcmp(text + at, v[i], l))
            return 0;
        at += l;
    }
    return at == len;
}

static void cmdline_facts(int argc, char **argv, char **envp)
{
    size_t len = slurp("/proc/self/cmdline", buf, BIG);
    printf("cmdline: argc=%d, one with a space, one empty\n", argc);
    printf("cmdline: the NUL-separated strings are argv: %s\n",
           yesno(same_strings(buf, len, argv, argc)));
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/cmdline", (int)getpid());
    size_t len2 = slurp(path, buf2, BIG);
    printf("cmdline: /proc/<pid>/cmdline is the same: %s\n",
           yesno(len2 == len && !memcmp(buf, buf2, len)));

    /* setproctitle: a title longer than the arguments runs on into the
     * environment strings; cmdline is then that one string. */
    char *start = argv[0], *end = argv[argc - 1] + strlen(argv[argc - 1]) + 1;
    size_t area = (size_t)(end - start), title = area + 8;
    static char saved[8192];
    int env_follows = envp[0] == end && strlen(envp[0]) > 8;
    if (env_follows && area + 16 < sizeof saved) {
        memcpy(saved, start, area + 16);
        memset(start, 'T', title);
        start[title] = '\0';
        len = slurp("/proc/self/cmdline", buf, BIG);
        memcpy(start, saved, area + 16);
    }
    printf("cmdline: after a title overwrites the arguments' end, it is that title: %s\n",
           yesno(env_follows && len == title + 1 && buf[title] == '\0' &&
                 strspn(buf, "T") == title));

    len = slurp("/proc/self/environ", buf, BIG);
    int envc = 0;
    while (envp[envc])
        envc++;
    printf("environ: the NUL-separated strings are the initial environment: %s\n",
           yesno(same_strings(buf, len, envp, envc)));
}

static void comm_facts(void)
{
    char name[32], want[16];
    const char *base = strrchr(self, '/') + 1;
    snprintf(want, sizeof want, "%s", base); /* TASK_COMM_LEN - 1 bytes */
    size_t len = slurp("/proc/self/comm", name, sizeof name);
    printf("comm: the program's file name, at most 15 bytes, and a newline: %s\n",
           yesno(len == strlen(want) + 1 && !strncmp(name, want, len - 1) && name[len - 1] == '\n'));

    prctl(PR_SET_NAME, "renamed by prctl", 0, 0, 0);
    len = slurp("/proc/self/comm", name, sizeof name);
    printf("comm: after PR_SET_NAME \"renamed by prctl\": %.*s", (int)len, name);
    int fd = open("/proc/thread-self/comm", O_WRONLY);
    ssize_t w = fd >= 0 ? write(fd, "written", 7) : -1;
    close(fd);
    char got[17] = "";
    prctl(PR_GET_NAME, got, 0, 0, 0);
    printf("comm: writing \"written\" to /proc/thread-self/comm: PR_GET_NAME gives %s (%s)\n", got,
           w == 7 ? "write ok" : "write failed");

    /* stat's comm may hold spaces and ')': the fields follow the last ')'. */
    prctl(PR_SET_NAME, "x) y (z", 0, 0, 0);
    len = slurp("/proc/self/stat", buf, BIG);
    char *close_paren = strrchr(buf, ')');
    int fields = 2;
    for (char *p = close_paren + 1; *p; p++)
        fields += *p == ' ';
    printf("stat: with comm \"x) y (z\" the line is \"pid (x) y (z) ...\" with 52 fields: %s\n",
           yesno(!strncmp(strchr(buf, ' '), " (x) y (z) ", 11) && fields == 52));
    prctl(PR_SET_NAME, want, 0, 0, 0);
}

static unsigned long long stat_field(int n)
{
    char *p = strrchr(stat_text, ')') + 2; /* field 3 */
    for (int i = 3; i < n; i++)
        p = strchr(p, ' ') + 1;
    return strtoull(p, NULL, 10);
}

static unsigned long status_kb(const char *label)
{
    char want[40];
    snprintf(want, sizeof want, "\n%s:", label);
    const char *p = strstr(status_text, want);
    return p ? strtoul(p + strlen(want), NULL, 10) : (unsigned long)-1;
}

static unsigned long long status_hex(const char *label)
{
    char want[40];
    snprintf(want, sizeof want, "\n%s:", label);
    const char *p = strstr(status_text, want);
    return p ? strtoull(p + strlen(want), NULL, 16) : 0;
}

/* Totals over the maps lines (the gate area, [vsyscall], is not the
 * process's and not counted), by the kernel's tests on vm_flags. */
struct maps_totals {
    unsigned long all, data, exec, stack, stack_lo, stack_hi, heap_lo;
};

static struct maps_totals maps_totals(void)
{
    struct maps_totals t = { 0 };
    static char text[BIG];
    memcpy(text, maps_text, BIG);
    for (char *save = NULL, *s = strtok_r(text, "\n", &save); s; s = strtok_r(NULL, "\n", &save)) {
        unsigned long lo, hi;
        char perms[5];
        if (sscanf(s, "%lx-%lx %4s", &lo, &hi, perms) != 3 || strstr(s, "[vsyscall]"))
            continue;
        unsigned long kb = (hi - lo) / 1024;
        int stack = strstr(s, "[stack]") != NULL;
        t.all += kb;
        if (perms[1] == 'w' && perms[3] == 'p' && !stack)
            t.data += kb;
        if (perms[2] == 'x' && perms[1] != 'w' && !stack)
            t.exec += kb;
        if (stack) {
            t.stack += kb;
            t.stack_lo = lo;
            t.stack_hi = hi;
        }
        if (strstr(s, "[heap]") && !t.heap_lo)
            t.heap_lo = lo;
    }
    return t;
}

static void handler(int sig) { (void)sig; }

int initialised_global = 1;

/* Touch a deep stack first, so the stack mapping does not grow between
 * the reads that are compared below. */
static void __attribute__((noinline)) deepen_stack(void)
{
    volatile char deep[256 * 1024];
    for (size_t i = 0; i < sizeof deep; i += 512)
        deep[i] = 1;
}

static void stat_facts(int argc, char **argv, char **envp, void *heap)
{
    struct maps_totals m = maps_totals();
    int local;
    int fields = 2;
    for (char *p = strrchr(stat_text, ')') + 1; *p && *p != '\n'; p++)
        fields += *p == ' ';
    printf("stat: 52 fields: %s\n", yesno(fields == 52));
    printf("stat: pid, ppid and pgrp are getpid, getppid and getpgrp: %s\n",
           yesno(strtoull(stat_text, NULL, 10) == (unsigned long long)getpid() &&
                 stat_field(4) == (unsigned long long)getppid() &&
                 stat_field(5) == (unsigned long long)getpgrp()));
    printf("stat: startcode <= this code < endcode: %s\n",
           yesno(stat_field(26) <= (uintptr_t)&stat_facts && (uintptr_t)&stat_facts < stat_field(27)));
    printf("stat: startstack is the address of argc, just below argv[]: %s\n",
           yesno(stat_field(28) == (uintptr_t)argv - 8));
    printf("stat: startstack is inside [stack], above a local variable: %s\n",
           yesno(m.stack_lo <= stat_field(28) && stat_field(28) < m.stack_hi &&
                 (uintptr_t)&local < stat_field(28)));
    printf("stat: kstkesp and kstkeip are 0: %s\n", yesno(!stat_field(29) && !stat_field(30)));
    printf("stat: start_data <= an initialised global < end_data: %s\n",
           yesno(stat_field(45) <= (uintptr_t)&initialised_global &&
                 (uintptr_t)&initialised_global < stat_field(46)));
    printf("stat: start_brk is where [heap] starts, which holds malloc'd memory: %s\n",
           yesno(stat_field(47) == m.heap_lo && m.heap_lo <= (uintptr_t)heap &&
                 stat_field(47) <= (uintptr_t)sbrk(0)));
    printf("stat: arg_start and arg_end bound the argument strings: %s\n",
           yesno(stat_field(48) == (uintptr_t)argv[0] &&
                 stat_field(49) == (uintptr_t)argv[argc - 1] + strlen(argv[argc - 1]) + 1));
    int envc = 0;
    while (envp[envc])
        envc++;
    printf("stat: env_start and env_end bound the environment strings: %s\n",
           yesno(stat_field(50) == (uintptr_t)envp[0] &&
                 stat_field(51) == (uintptr_t)envp[envc - 1] + strlen(envp[envc - 1]) + 1));
    printf("stat: vsize is the total of the maps lines: %s\n",
           yesno(stat_field(23) == m.all * 1024));
    /* The kernel's stat and statm read its per-CPU RSS counters without
     * summing them up, so they may be off by a few hundred KiB. */
    const char *r = strstr(rollup_text, "\nRss:");
    unsigned long rss_kb = r ? strtoul(r + 5, NULL, 10) : 0, stat_kb = stat_field(24) * 4;
    unsigned long slack = rss_kb / 4 > 1024 ? rss_kb / 4 : 1024;
    printf("stat: rss is smaps_rollup's Rss in pages (within 1 MiB or 25%%): %s\n",
           yesno(rss_kb && stat_kb + slack >= rss_kb && stat_kb <= rss_kb + slack));
    /* Only the first 31 signals are shown here. */
    unsigned long long blocked = stat_field(32), ignored = stat_field(33), caught = stat_field(34);
    printf("stat: blocked has SIGUSR2, sigignore SIGPIPE, sigcatch SIGUSR1 and not SIGSEGV: %s\n",
           yesno((blocked >> (SIGUSR2 - 1) & 1) && (ignored >> (SIGPIPE - 1) & 1) &&
                 (caught >> (SIGUSR1 - 1) & 1) && !(caught >> (SIGSEGV - 1) & 1)));

    printf("status: Name is comm; Pid and Tgid are getpid: %s\n",
           yesno(!strncmp(status_text, "Name:\t", 6) && status_kb("Pid") == (unsigned long)getpid() &&
                 status_kb("Tgid") == (unsigned long)getpid()));
    printf("status: VmSize is stat's vsize: %s\n", yesno(status_kb("VmSize") * 1024 == stat_field(23)));
    printf("status: VmRSS is RssAnon + RssFile + RssShmem: %s\n",
           yesno(status_kb("VmRSS") == status_kb("RssAnon") + status_kb("RssFile") +
                                           status_kb("RssShmem")));
    printf("status: VmPeak >= VmSize and VmHWM >= VmRSS: %s\n",
           yesno(status_kb("VmPeak") >= status_kb("VmSize") && status_kb("VmHWM") >= status_kb("VmRSS")));
    unsigned long text = ((stat_field(27) + PAGE - 1) & ~(PAGE - 1)) - (stat_field(26) & ~(PAGE - 1));
    printf("status: VmExe is [startcode, endcode) in whole pages: %s\n",
           yesno(status_kb("VmExe") * 1024 == text));
    printf("status: VmStk is the [stack] mapping: %s\n", yesno(status_kb("VmStk") == m.stack));
    printf("status: VmData is the private writable mappings but the stack: %s\n",
           yesno(status_kb("VmData") == m.data));
    printf("status: VmLib is the other executable, read-only mappings: %s\n",
           yesno(status_kb("VmLib") + status_kb("VmExe") == m.exec));
    printf("status: SigBlk has SIGUSR2, SigIgn SIGPIPE, SigCgt SIGUSR1 and not SIGSEGV: %s\n",
           yesno((status_hex("SigBlk") >> (SIGUSR2 - 1) & 1) &&
                 (status_hex("SigIgn") >> (SIGPIPE - 1) & 1) &&
                 (status_hex("SigCgt") >> (SIGUSR1 - 1) & 1) &&
                 !(status_hex("SigCgt") >> (SIGSEGV - 1) & 1)));

    unsigned long size, resident, shared, tpages, lib, data, dt;
    int got = sscanf(statm_text, "%lu %lu %lu %lu %lu %lu %lu", &size, &resident, &shared, &tpages,
                     &lib, &data, &dt);
    printf("statm: size, text and data are VmSize, VmExe and VmData + VmStk in pages: %s\n",
           yesno(got == 7 && size * 4 == status_kb("VmSize") && tpages * 4 == status_kb("VmExe") &&
                 data * 4 == status_kb("VmData") + status_kb("VmStk") && lib == 0 && dt == 0));
    unsigned long res_kb = resident * 4, vmrss = status_kb("VmRSS");
    slack = vmrss / 4 > 1024 ? vmrss / 4 : 1024;
    printf("statm: resident is VmRSS in pages (within 1 MiB or 25%%): %s\n",
           yesno(res_kb + slack >= vmrss && res_kb <= vmrss + slack));
}

int main(int argc, char **argv, char **envp)
{
    static char out[1 << 16];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    self[n > 0 ? n : 0] = '\0';

    exe_facts();
    auxv_facts(envp);
    cmdline_facts(argc, argv, envp);
    comm_facts();

    /* What stat and status must show of signal handling. */
    struct sigaction sa = { .sa_handler = handler };
    sigaction(SIGUSR1, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    void *heap = malloc(100);
    deepen_stack();

    /* Back to back, into static buffers: nothing changes in between. */
    slurp("/proc/self/maps", maps_text, BIG);
    slurp("/proc/self/stat", stat_text, sizeof stat_text);
    slurp("/proc/self/status", status_text, sizeof status_text);
    slurp("/proc/self/statm", statm_text, sizeof statm_text);
    slurp("/proc/self/smaps_rollup", rollup_text, sizeof rollup_text);
    stat_facts(argc, argv, envp, heap);
    return 0;
}
