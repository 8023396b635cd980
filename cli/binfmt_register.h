/* Registering ferry with the kernel's binfmt_misc, so that arm64 programs
 * run by name (./prog) go through ferry: --install-binfmt,
 * --uninstall-binfmt, --print-binfmt (docs/binfmt.md). */
#ifndef FERRY_BINFMT_REGISTER_H
#define FERRY_BINFMT_REGISTER_H

enum binfmt_action { BINFMT_NONE, BINFMT_INSTALL, BINFMT_UNINSTALL, BINFMT_PRINT };

struct binfmt_request {
    enum binfmt_action action;
    const char *flags;       /* --binfmt-flags, default "POCF" */
    const char *dir;         /* --binfmt-dir, default /proc/sys/fs/binfmt_misc */
    const char *interpreter; /* --binfmt-interpreter, default: this ferry, or
                                ferry-static beside it for the F flag */
};

/* The entry's name in the binfmt_misc directory. */
#define BINFMT_NAME "ferry-aarch64"

/* Carry out r->action; prints what went wrong and exits non-zero on any
 * failure, exits 0 on success. */
_Noreturn void binfmt_register_run(const struct binfmt_request *r);

#endif
