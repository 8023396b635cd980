/* Command-line options, spelled as qemu-aarch64 spells them. */
#ifndef FERRY_OPTIONS_H
#define FERRY_OPTIONS_H

struct cli {
    const char *program;  /* guest program path */
    const char *argv0;    /* -0: argv[0] for the guest */
    char **guest_argv;    /* arguments after the program */
    int guest_argc;
    char **env_set;       /* -E VAR=VALUE, in order */
    int n_env_set;
    char **env_unset;     /* -U VAR */
    int n_env_unset;
};

/* Parse argv; prints help/version/errors itself and exits where qemu does. */
void cli_parse(int argc, char **argv, struct cli *cli);
/* The guest environment: the host's with -E/-U applied. */
char **cli_guest_env(const struct cli *cli);

#endif
