/* How ferry was started: by hand, or by the kernel as the binfmt_misc
 * interpreter of an arm64 program, and with which registration flags
 * (docs/binfmt.md). */
#ifndef FERRY_BINFMT_START_H
#define FERRY_BINFMT_START_H

#include <stdbool.h>

struct binfmt_start {
    /* argv is the kernel's, not the user's: ferry PROGRAM [ARGV0] ARGS,
     * with no ferry option in it (P or O/C; a plain registration cannot
     * be told from a command line). */
    bool by_kernel;
    bool preserve_argv0; /* P: the program's own argv[0] follows its path */
    int execfd;          /* O or C: the program, opened by the kernel; -1 */
    bool secure;         /* AT_SECURE: ferry has privileges its user lacks */
};

/* Read the facts from ferry's own auxiliary vector and `self` (argv[0]). */
void binfmt_start_detect(const char *self, struct binfmt_start *how);

#endif
