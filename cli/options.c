/* Options follow qemu-aarch64: single dash (-strace, -d in_asm) with the
 * double-dash spellings accepted too; the first non-option is the program. */
#include "cli/options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/binfmt_start.h"
#include "cli/env_options.h"
#include "common/ferry.h"
#include "common/ferry_fds.h"
#include "common/guest_random.h"
#include "libs/thunk.h"

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
            "  -E var=value[,...]    set variables in the guest environment\n"
            "  -U var[,...]          remove variables from the guest environment\n"
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
            "  -thunk lib[,lib...]   call the host's copy of these libraries (libs/*.def;\n"
            "                        `all` for every one) instead of translating the\n"
            "                        guest's; also $FERRY_THUNKS (docs/thunks.md).\n"
            "                        zlib and bz2 are on by default where the host's\n"
            "                        copy is the guest's release\n"
            "  -no-thunk             none, not even those (also $FERRY_NO_THUNK)\n"
            "  -ras                  calls and returns through a return-address stack\n"
            "                        on the host stack (also $FERRY_RAS; off by default:\n"
            "                        docs/translator.md says when it pays)\n"
            "  -singlestep, -one-insn-per-tb\n"
            "                        translate one guest instruction per block\n"
            "  -B, -R, -p (with an argument) are accepted for qemu's sake and\n"
            "  ignored: ferry maps guest memory at the guest's own addresses.\n"
            "\n"
            "Each option with a qemu environment variable can be set by it, or by\n"
            "the same name with FERRY_ instead of QEMU_ (which wins); the command\n"
            "line wins over both: QEMU_LD_PREFIX (-L), QEMU_STACK_SIZE (-s),\n"
            "QEMU_CPU, QEMU_SET_ENV (-E), QEMU_UNSET_ENV (-U), QEMU_ARGV0 (-0),\n"
            "QEMU_UNAME (-r), QEMU_LOG (-d), QEMU_LOG_FILENAME (-D), QEMU_STRACE,\n"
            "QEMU_SINGLESTEP, QEMU_RAND_SEED (-seed), QEMU_PERFMAP, QEMU_GUEST_BASE,\n"
            "QEMU_RESERVED_VA, QEMU_PAGESIZE.  None is read when ferry runs with\n"
            "raised privileges (AT_SECURE).\n"
            "\n"
            "binfmt_misc (run arm64 programs by name; docs/binfmt.md):\n"
            "  --install-binfmt      register ferry for arm64 ELF programs\n"
            "  --uninstall-binfmt    remove that registration\n"
            "  --print-binfmt        print the registration line (for /etc/binfmt.d/)\n"
            "  --binfmt-flags FLAGS  registration flags, default POCF: P keep argv[0],\n"
            "                        O open the program for ferry, C the program's\n"
            "                        credentials (setuid), F open ferry now (needs\n"
            "                        a static ferry: make static)\n"
            "  --binfmt-dir DIR      where binfmt_misc is mounted\n"
            "                        (default /proc/sys/fs/binfmt_misc)\n"
            "  --binfmt-interpreter PATH\n"
            "                        the ferry to register (default: this one, or\n"
            "                        ferry-static beside it for F)\n");
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

static void set_log_items(const char *items, const char *from)
{
    if (!strcmp(items, "help")) {
        printf("in_asm   show guest code of each translated block\n"
               "out_asm  show host code of each translated block\n"
               "stats    at exit, where the time went: translation, syscalls, the rest\n"
               "thunk    host-library thunks: which libraries, and each call\n"
               "x86check check the fault-address decoder against Capstone on every\n"
               "         translated unit (a developer's check; slow)\n"
               "selfcrash crash ferry itself at the first translation, to see the\n"
               "         internal-error report (a developer's check)\n");
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
        else if (!strcmp(tok, "thunk"))
            ferry_opt.log_thunk = true;
        else if (!strcmp(tok, "x86check"))
            ferry_opt.x86check = true;
        else if (!strcmp(tok, "selfcrash"))
            ferry_opt.selfcrash = true;
        else
            ferry_fatal(1, "%s%sunknown -d log item '%s' (try -d help)", *from == '-' ? "" : from,
                        *from == '-' ? "" : ": ", tok);
    }
    free(copy);
}

static void *grow(void *list, int n, size_t size)
{
    list = realloc(list, (size_t)(n + 1) * size);
    if (!list)
        ferry_fatal(70, "out of memory");
    return list;
}

/* -E and -U take a comma-separated list, as qemu's do (getsubopt style:
 * "-E a=1,b=2" sets two variables, so a value cannot contain a comma).
 * qemu refuses an -E item without '=' and an -U item with one. */
static void add_env_edits(struct cli *cli, bool unset, const char *list, const char *from)
{
    char *copy = strdup(list);
    if (!copy)
        ferry_fatal(70, "out of memory");
    char *rest = copy, *item;
    while ((item = strsep(&rest, ","))) {
        bool has_eq = strchr(item, '=') != NULL;
        if (unset ? has_eq || !*item : !has_eq || *item == '=')
            ferry_fatal(1, "%s: '%s' is not %s", from, item, unset ? "a variable name" : "VAR=VALUE");
        cli->env_edits = grow(cli->env_edits, cli->n_env_edits, sizeof *cli->env_edits);
        cli->env_edits[cli->n_env_edits++] = (struct env_edit){ unset, item };
    }
}

static const char *const options_with_arg[] = {
    "d", "D", "E", "U", "0", "r", "s", "cpu", "seed", "L", "B", "R", "p",
    "binfmt-flags", "binfmt-dir", "binfmt-interpreter", "log-fd", "exec-fd", "thunk",
};

bool cli_option_takes_arg(const char *o)
{
    for (size_t i = 0; i < sizeof options_with_arg / sizeof options_with_arg[0]; i++)
        if (!strcmp(o, options_with_arg[i]))
            return true;
    return false;
}

bool cli_set_option(struct cli *cli, const char *o, const char *arg, const char *from)
{
    if (!strcmp(o, "strace")) {
        ferry_opt.strace = true;
    } else if (!strcmp(o, "no-thunk")) {
        thunk_disable_all();
    } else if (!strcmp(o, "d")) {
        cli->log_items = arg;
        cli->log_items_from = from;
    } else if (!strcmp(o, "D")) {
        cli->log_file = arg;
        cli->log_file_from = from;
    } else if (!strcmp(o, "E") || !strcmp(o, "U")) {
        add_env_edits(cli, *o == 'U', arg, from);
    } else if (!strcmp(o, "0")) {
        cli->argv0 = arg;
    } else if (!strcmp(o, "r")) {
        ferry_opt.uname_release = arg;
    } else if (!strcmp(o, "s")) {
        ferry_opt.stack_size = parse_size(from, arg);
    } else if (!strcmp(o, "cpu")) {
        set_cpu(arg);
    } else if (!strcmp(o, "seed")) {
        char *end;
        unsigned long long seed = strtoull(arg, &end, 0);
        if (end == arg || *end)
            ferry_fatal(1, "%s: invalid seed '%s'", from, arg);
        guest_random_seed(seed);
        ferry_opt.seeded = true;
        ferry_opt.seed = seed;
    } else if (!strcmp(o, "thunk")) {
        if (!thunk_enable(arg))
            exit(1);
    } else if (!strcmp(o, "exec-fd")) {
        /* Internal: the program is open on this descriptor (an exec'd
         * ferry for fexecve, syscall-xlat/exec.c), as binfmt_misc's
         * AT_EXECFD would give it; it is loaded from there and closed. */
        char *end;
        long fd = strtol(arg, &end, 10);
        if (end == arg || *end || fd < 0)
            ferry_fatal(1, "%s: invalid descriptor '%s'", from, arg);
        cli->execfd = (int)fd;
    } else if (!strcmp(o, "log-fd")) {
        /* Internal: an exec'd ferry goes on with its parent's log
         * (syscall-xlat/exec.c); it wins over -D and QEMU_LOG_FILENAME. */
        char *end;
        long fd = strtol(arg, &end, 10);
        if (end == arg || *end || fd < 0)
            ferry_fatal(1, "%s: invalid descriptor '%s'", from, arg);
        cli->log_fd = (int)fd;
    } else if (!strcmp(o, "L")) {
        ferry_opt.ld_prefix = arg;
    } else if (!strcmp(o, "perfmap")) {
        ferry_opt.perfmap = true;
    } else if (!strcmp(o, "ras")) {
        ferry_opt.ras = true;
    } else if (!strcmp(o, "singlestep") || !strcmp(o, "one-insn-per-tb")) {
        ferry_opt.singlestep = true;
    } else if (!strcmp(o, "B") || !strcmp(o, "R") || !strcmp(o, "p")) {
        /* qemu's guest address space layout: nothing to do */
    } else if (!strcmp(o, "install-binfmt")) {
        cli->binfmt.action = BINFMT_INSTALL;
    } else if (!strcmp(o, "uninstall-binfmt")) {
        cli->binfmt.action = BINFMT_UNINSTALL;
    } else if (!strcmp(o, "print-binfmt")) {
        cli->binfmt.action = BINFMT_PRINT;
    } else if (!strcmp(o, "binfmt-flags")) {
        cli->binfmt.flags = arg;
    } else if (!strcmp(o, "binfmt-dir")) {
        cli->binfmt.dir = arg;
    } else if (!strcmp(o, "binfmt-interpreter")) {
        cli->binfmt.interpreter = arg;
    } else {
        return false;
    }
    return true;
}

static const char *need_arg(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc)
        ferry_fatal(1, "option %s needs an argument", argv[*i]);
    return argv[++*i];
}

/* Options from the command line; returns the index of the program. */
static int parse_command_line(int argc, char **argv, struct cli *cli)
{
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
        } else if (!strcmp(o, "")) {
            i++; /* "--" ends the options */
            break;
        }
        const char *opt = argv[i];
        const char *arg = cli_option_takes_arg(o) ? need_arg(argc, argv, &i) : NULL;
        if (!cli_set_option(cli, o, arg, opt)) {
            fprintf(stderr, "ferry: unknown option '%s'\n", argv[i]);
            usage(stderr);
            exit(1);
        }
    }
    return i;
}

/* -d and -D, once the last word on them is known. */
static void apply_logging(const struct cli *cli)
{
    if (cli->log_items)
        set_log_items(cli->log_items, cli->log_items_from);
    if (cli->log_fd >= 0) {
        ferry_opt.log = ferry_fd_adopt_log(cli->log_fd);
        if (!ferry_opt.log)
            ferry_fatal(1, "-log-fd %d: not an open file descriptor", cli->log_fd);
        return;
    }
    /* An empty name means stderr, the default.  The file is ferry's own
     * descriptor, out of the guest's reach (common/ferry_fds.h). */
    if (cli->log_file && *cli->log_file) {
        ferry_opt.log = ferry_fd_fopen_write(cli->log_file);
        if (!ferry_opt.log)
            ferry_fatal(1, "%s: cannot open log file %s: %s", cli->log_file_from, cli->log_file,
                        strerror(errno));
    }
}

void cli_parse(int argc, char **argv, struct cli *cli)
{
    memset(cli, 0, sizeof *cli);
    cli->log_fd = -1;
    struct binfmt_start how;
    binfmt_start_detect(argc > 0 ? argv[0] : NULL, &how);
    cli->execfd = how.execfd;
    ferry_opt.secure = how.secure;
    if (how.secure && how.execfd < 0)
        /* Privileges not from binfmt_misc's C flag: ferry itself was made
         * setuid or given capabilities, and would run any program named
         * on its command line with them. */
        ferry_fatal(126, "running with privileges its user lacks (AT_SECURE), but not as the "
                         "binfmt_misc interpreter of a program (C flag): refusing");
    /* With raised privileges the environment is the unprivileged
     * caller's: none of it may steer ferry (docs/binfmt.md, security). */
    if (!how.secure) {
        env_options_read(cli);
        const char *stats = getenv("FERRY_STATS");
        if (stats && *stats && strcmp(stats, "0"))
            ferry_opt.log_stats = true;
        /* FERRY_THUNKS=LIB[,LIB...]: as --thunk (which adds to it). */
        const char *thunks = getenv("FERRY_THUNKS");
        if (thunks && *thunks && !thunk_enable(thunks))
            exit(1);
    }
    /* The kernel's argv holds the program's path where options would be,
     * and that path may begin with a dash. */
    int i = how.by_kernel ? 1 : parse_command_line(argc, argv, cli);
    thunk_start();
    if (cli->binfmt.action != BINFMT_NONE) {
        if (cli->binfmt.action == BINFMT_UNINSTALL && (cli->binfmt.flags || cli->binfmt.interpreter))
            ferry_fatal(1, "--binfmt-flags and --binfmt-interpreter go with --install-binfmt or "
                           "--print-binfmt, not --uninstall-binfmt");
        binfmt_register_run(&cli->binfmt);
    }
    if (cli->binfmt.flags || cli->binfmt.dir || cli->binfmt.interpreter)
        ferry_fatal(1, "--binfmt-flags, --binfmt-dir and --binfmt-interpreter go with "
                       "--install-binfmt, --uninstall-binfmt or --print-binfmt");
    if (i >= argc) {
        if (how.by_kernel)
            ferry_fatal(126, "started by binfmt_misc without a program path");
        usage(stderr);
        exit(1);
    }
    cli->program = argv[i++];
    /* P: the program's own argv[0] comes next.  -0 (or QEMU_ARGV0)
     * still wins, as in qemu. */
    if (how.preserve_argv0 && i < argc) {
        if (!cli->argv0)
            cli->argv0 = argv[i];
        i++;
    }
    cli->guest_argv = argv + i;
    cli->guest_argc = argc - i;
    apply_logging(cli);
}

static int name_matches(const char *entry, const char *name)
{
    size_t n = strcspn(name, "=");
    return !strncmp(entry, name, n) && entry[n] == '=';
}

/* Each -E and -U in turn, as qemu applies them: a later one overrides an
 * earlier one for the same variable. */
char **cli_guest_env(const struct cli *cli)
{
    int n = 0;
    char **env = NULL;
    for (char **e = environ; *e; e++) {
        env = grow(env, n, sizeof *env);
        env[n++] = *e;
    }
    for (int k = 0; k < cli->n_env_edits; k++) {
        const struct env_edit *ed = &cli->env_edits[k];
        int kept = 0;
        for (int j = 0; j < n; j++)
            if (!name_matches(env[j], ed->item))
                env[kept++] = env[j];
        n = kept;
        if (!ed->unset) {
            env = grow(env, n, sizeof *env);
            env[n++] = (char *)ed->item;
        }
    }
    env = grow(env, n, sizeof *env);
    env[n] = NULL;
    return env;
}
