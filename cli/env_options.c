/* QEMU_* and FERRY_* option variables (env_options.h).
 *
 * The names and their meaning are qemu-aarch64's (its --help lists them;
 * linux-user/main.c reads them before the command line): a variable that
 * is set, even to the empty string, sets its option, and an option without
 * an argument (-strace) is switched on by any value.  FERRY_X replaces
 * QEMU_X when both are set: someone running qemu and ferry side by side
 * can tell ferry something else.  qemu's QEMU_GDB, QEMU_DFILTER,
 * QEMU_TRACE, QEMU_PLUGIN and QEMU_VERSION have no ferry option behind
 * them and are not read. */
#include "cli/env_options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/ferry.h"

/* In qemu's order, which matters for one pair: SET_ENV is applied before
 * UNSET_ENV, so a variable named in both ends up unset. */
static const struct {
    const char *suffix; /* after QEMU_ or FERRY_ */
    const char *option; /* cli_set_option's name */
} vars[] = {
    {"LD_PREFIX", "L"},
    {"STACK_SIZE", "s"},
    {"CPU", "cpu"},
    {"SET_ENV", "E"},
    {"UNSET_ENV", "U"},
    {"ARGV0", "0"},
    {"UNAME", "r"},
    {"GUEST_BASE", "B"},
    {"RESERVED_VA", "R"},
    {"LOG", "d"},
    {"LOG_FILENAME", "D"},
    {"PAGESIZE", "p"},
    {"SINGLESTEP", "singlestep"},
    {"ONE_INSN_PER_TB", "one-insn-per-tb"},
    {"STRACE", "strace"},
    {"RAND_SEED", "seed"},
    {"PERFMAP", "perfmap"},
    {"NO_THUNK", "no-thunk"},
    {"RAS", "ras"},
};

void env_options_read(struct cli *cli)
{
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        char ferry_name[64], qemu_name[64];
        snprintf(ferry_name, sizeof ferry_name, "FERRY_%s", vars[i].suffix);
        snprintf(qemu_name, sizeof qemu_name, "QEMU_%s", vars[i].suffix);
        const char *from = ferry_name, *value = getenv(ferry_name);
        if (!value) {
            from = qemu_name;
            value = getenv(qemu_name);
        }
        if (!value)
            continue;
        /* Kept: -d and -D name their variable in messages later. */
        from = strdup(from);
        if (!from)
            ferry_fatal(70, "out of memory");
        /* Switches take no argument: their variable's value is ignored. */
        if (!cli_set_option(cli, vars[i].option,
                            cli_option_takes_arg(vars[i].option) ? value : NULL, from))
            ferry_fatal(70, "internal error: %s names no option", from);
    }
}
