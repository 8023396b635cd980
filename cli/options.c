/* Options follow qemu-aarch64: single dash (-strace, -d in_asm) with the
 * double-dash spellings accepted too; the first non-option is the program. */
#include "cli/options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/ferry.h"
#include "common/ferry_fds.h"
#include "common/guest_random.h"

#define FERRY_VERSION "0.1.0"

extern char **environ;

static void usage(FILE *f)
{
    fprintf(f,
            "usage: ferry [options] program [arguments...]\n"
            "Run an arm64 (AArch64) Linux program on this x86-64 machine.\n\n"
            "Options:\n"
            "  -h, --help            print this help and exit\n"
            "  -version, --version   print the version and exit\n"
            "  -strace, --strace     log guest system calls to stderr\n"
            "  -d item[,item...]     log translation: in_asm (guest code of each\n"
            "                        block), out_asm (host code), stats (where the\n"
            "                        time went, at exit); -d help lists them\n"
            "  -D logfile            write -d and -strace output to logfile\n"
            "  -E var=value          set a variable in the guest environment\n"
            "  -U var                remove a variable from the guest environment\n"
            "  -0 argv0              use argv0 as the guest's argv[0]\n"
            "  -r release            report `release` as the kernel release (uname)\n"
            "  -s size               guest stack size in bytes (suffix k, M or G)\n"
            "  -cpu model            the emulated CPU: only `max` (ferry's own\n"
            "                        feature set); -cpu help lists it\n"
            "  -L path               the guest's root: its dynamic linker, libraries\n"
            "                        and absolute paths are looked up there first\n"
            "                        (default: $QEMU_LD_PREFIX, /etc/qemu-binfmt/aarch64\n"
            "                        or /usr/aarch64-linux-gnu, whichever exists)\n"
            "  -seed number          make the guest's random bytes (AT_RANDOM,\n"
            "                        getrandom) a repeatable stream\n"
            "  -perfmap              write /tmp/perf-PID.map naming each translated unit\n"
            "                        by its guest function, for `perf report`\n"
            "  -singlestep, -one-insn-per-tb\n"
            "                        translate one guest instruction per block\n"
            "  -B, -R, -p (with an argument) are accepted for qemu's sake and\n"
            "  ignored: ferry maps guest memory at the guest's own addresses.\n");
}

/* A size as qemu's -s takes it: a number with an optional k/K, m/M, g/G. */
static uint64_t parse_size(const char *opt, const char *s)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 0);
    uint64_t mul = 1;
    switch (*end) {
    case 'k': case 'K': mul = 1ull << 10; end++; break;
    case 'm': case 'M': mul = 1ull << 20; end++; break;
    case 'g': case 'G': mul = 1ull << 30; end++; break;
    default: break;
    }
    if (end == s || *end || v == 0 || v > (1ull << 40) / mul)
        ferry_fatal(1, "%s: invalid size '%s'", opt, s);
    return v * mul;
}

static void set_cpu(const char *model)
{
    if (!strcmp(model, "help")) {
        printf("Available CPUs:\n  max   (FP, AdvSIMD, LSE atomics, LRCPC; see docs)\n");
        exit(0);
    }
    if (strcmp(model, "max"))
        ferry_fatal(1, "unknown CPU model '%s': ferry emulates one, 'max' (-cpu help)", model);
}

static void set_log_items(const char *items)
{
    if (!strcmp(items, "help")) {
        printf("in_asm   show guest code of each translated block\n"
               "out_asm  show host code of each translated block\n"
               "stats    at exit, where the time went: translation, syscalls, the rest\n");
        exit(0);
    }
    char *copy = strdup(items);
    for (char *save, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        if (!strcmp(tok, "in_asm"))
            ferry_opt.log_in_asm = true;
        else if (!strcmp(tok, "out_asm"))
            ferry_opt.log_out_asm = true;
        else if (!strcmp(tok, "stats"))
            ferry_opt.log_stats = true;
        else
            ferry_fatal(1, "unknown -d log item '%s' (try -d help)", tok);
    }
    free(copy);
}

static const char *need_arg(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc)
        ferry_fatal(1, "option %s needs an argument", argv[*i]);
    return argv[++*i];
}

static char **push(char **list, int *n, char *item)
{
    list = realloc(list, (size_t)(*n + 1) * sizeof *list);
    if (!list)
        ferry_fatal(70, "out of memory");
    list[(*n)++] = item;
    return list;
}

void cli_parse(int argc, char **argv, struct cli *cli)
{
    memset(cli, 0, sizeof *cli);
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *o = argv[i] + 1;
        if (*o == '-')
            o++; /* accept --strace as well as -strace */
        if (!strcmp(o, "h") || !strcmp(o, "help")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(o, "version")) {
            printf("ferry version " FERRY_VERSION " (arm64 Linux programs on x86-64)\n");
            exit(0);
        } else if (!strcmp(o, "strace")) {
            ferry_opt.strace = true;
        } else if (!strcmp(o, "d")) {
            set_log_items(need_arg(argc, argv, &i));
        } else if (!strcmp(o, "D")) {
            const char *path = need_arg(argc, argv, &i);
            ferry_opt.log = ferry_fd_fopen_write(path);
            if (!ferry_opt.log)
                ferry_fatal(1, "%s: cannot open log file", path);
        } else if (!strcmp(o, "log-fd")) {
            /* Internal: an exec'd ferry goes on with its parent's -D log
             * (syscall-xlat/exec.c). */
            const char *arg = need_arg(argc, argv, &i);
            ferry_opt.log = ferry_fd_adopt_log(atoi(arg));
            if (!ferry_opt.log)
                ferry_fatal(1, "-log-fd %s: not an open file descriptor", arg);
        } else if (!strcmp(o, "E")) {
            cli->env_set = push(cli->env_set, &cli->n_env_set, (char *)need_arg(argc, argv, &i));
        } else if (!strcmp(o, "U")) {
            cli->env_unset = push(cli->env_unset, &cli->n_env_unset, (char *)need_arg(argc, argv, &i));
        } else if (!strcmp(o, "0")) {
            cli->argv0 = need_arg(argc, argv, &i);
        } else if (!strcmp(o, "r")) {
            ferry_opt.uname_release = need_arg(argc, argv, &i);
        } else if (!strcmp(o, "s")) {
            const char *opt = argv[i];
            ferry_opt.stack_size = parse_size(opt, need_arg(argc, argv, &i));
        } else if (!strcmp(o, "cpu")) {
            set_cpu(need_arg(argc, argv, &i));
        } else if (!strcmp(o, "seed")) {
            const char *opt = argv[i], *arg = need_arg(argc, argv, &i);
            char *end;
            unsigned long long seed = strtoull(arg, &end, 0);
            if (end == arg || *end)
                ferry_fatal(1, "%s: invalid seed '%s'", opt, arg);
            guest_random_seed(seed);
            ferry_opt.seeded = true;
            ferry_opt.seed = seed;
        } else if (!strcmp(o, "L")) {
            ferry_opt.ld_prefix = need_arg(argc, argv, &i);
        } else if (!strcmp(o, "perfmap")) {
            ferry_opt.perfmap = true;
        } else if (!strcmp(o, "singlestep") || !strcmp(o, "one-insn-per-tb")) {
            ferry_opt.singlestep = true;
        } else if (!strcmp(o, "B") || !strcmp(o, "R") || !strcmp(o, "p")) {
            need_arg(argc, argv, &i); /* qemu's guest address space layout */
        } else if (!strcmp(o, "")) {
            i++; /* "--" ends the options */
            break;
        } else {
            fprintf(stderr, "ferry: unknown option '%s'\n", argv[i]);
            usage(stderr);
            exit(1);
        }
    }
    const char *stats = getenv("FERRY_STATS");
    if (stats && *stats && strcmp(stats, "0"))
        ferry_opt.log_stats = true;
    if (i >= argc) {
        usage(stderr);
        exit(1);
    }
    cli->program = argv[i];
    cli->guest_argv = argv + i + 1;
    cli->guest_argc = argc - i - 1;
}

static int name_matches(const char *entry, const char *name)
{
    size_t n = strcspn(name, "=");
    return !strncmp(entry, name, n) && entry[n] == '=';
}

char **cli_guest_env(const struct cli *cli)
{
    int n = 0;
    char **env = NULL;
    for (char **e = environ; *e; e++) {
        int drop = 0;
        for (int k = 0; k < cli->n_env_unset; k++)
            drop |= name_matches(*e, cli->env_unset[k]);
        for (int k = 0; k < cli->n_env_set; k++)
            drop |= name_matches(*e, cli->env_set[k]);
        if (!drop)
            env = push(env, &n, *e);
    }
    for (int k = 0; k < cli->n_env_set; k++) {
        int later_unset = 0;
        for (int u = 0; u < cli->n_env_unset; u++)
            later_unset |= name_matches(cli->env_set[k], cli->env_unset[u]);
        if (!later_unset)
            env = push(env, &n, cli->env_set[k]);
    }
    return push(env, &n, NULL);
}
