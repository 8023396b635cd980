/* Options from the environment: qemu-aarch64's QEMU_* variables, and the
 * same names with a FERRY_ prefix (docs/binfmt.md).  A program started
 * through binfmt_misc gets no ferry option on its command line; these
 * are how its user chooses them. */
#ifndef FERRY_ENV_OPTIONS_H
#define FERRY_ENV_OPTIONS_H

#include "cli/options.h"

/* Set every option whose variable is set.  Called before the command line
 * is read, so that an option given there replaces (or, for -E and -U,
 * follows) the environment's.  Never called when ferry_opt.secure. */
void env_options_read(struct cli *cli);

#endif
