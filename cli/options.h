/* Command-line options, spelled as qemu-aarch64 spells them, and the
 * environment variables that set the same options (cli/env_options.c). */
#ifndef FERRY_OPTIONS_H
#define FERRY_OPTIONS_H

#include <stdbool.h>

#include "cli/binfmt_register.h"

/* One -E or -U item; applied in order, as qemu does. */
struct env_edit {
    bool unset;           /* -U VAR, else -E VAR=VALUE */
    const char *item;
};

struct cli {
    const char *program;  /* guest program path */
    const char *argv0;    /* -0, or the kernel's preserved argv[0] (P) */
    char **guest_argv;    /* arguments after the program (and argv0) */
    int guest_argc;
    struct env_edit *env_edits;
    int n_env_edits;
    int execfd;           /* the program opened by the kernel (binfmt_misc O
                             or C: AT_EXECFD), else -1 */
    /* -d and -D take effect once every source has been read, so that the
     * command line replaces a log file named by the environment without
     * that file ever being opened. */
    const char *log_items, *log_items_from;
    const char *log_file, *log_file_from;
    int log_fd;           /* -log-fd (internal, exec.c), else -1 */
    struct binfmt_request binfmt; /* --install-binfmt and friends */
};

/* Parse argv (and the QEMU_*, FERRY_* variables, unless ferry_opt.secure);
 * prints help/version/errors itself and exits where qemu does. */
void cli_parse(int argc, char **argv, struct cli *cli);
/* The guest environment: the host's with -E/-U applied. */
char **cli_guest_env(const struct cli *cli);

/* Set option `opt` (its name without dashes: "strace", "L") to `arg`
 * (NULL for options without an argument).  `from` names where it came
 * from in error messages: "-s" or "QEMU_STACK_SIZE".  Returns false for
 * an unknown option. */
bool cli_set_option(struct cli *cli, const char *opt, const char *arg, const char *from);
/* Does option `opt` take an argument? */
bool cli_option_takes_arg(const char *opt);

#endif
