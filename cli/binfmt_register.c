/* --install-binfmt, --uninstall-binfmt, --print-binfmt (docs/binfmt.md).
 *
 * A registration is one line written to binfmt_misc's `register` file:
 *     :name:type:offset:magic:mask:interpreter:flags
 * (the kernel's Documentation/admin-guide/binfmt-misc.rst).  The line is
 * also what systemd-binfmt reads from /etc/binfmt.d/NAME.conf, so
 * --print-binfmt prints exactly what --install-binfmt writes. */
#include "cli/binfmt_register.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/ferry.h"

#define DEFAULT_FLAGS "POCF"
#define DEFAULT_DIR "/proc/sys/fs/binfmt_misc"
/* fs/binfmt_misc.c rejects longer registration lines. */
#define MAX_REGISTER_LENGTH 1920

/* The first 20 bytes of an ELF header, and which of them must match: the
 * values of qemu's aarch64 entry (scripts/qemu-binfmt-conf.sh), so ferry
 * takes exactly the programs qemu-aarch64 would.  ELFCLASS64, little
 * endian, EV_CURRENT; any OS ABI (byte 7 masked); e_type 2 or 3 (ET_EXEC,
 * ET_DYN: 0xfe masks the low bit); e_machine 0xb7 = EM_AARCH64. */
static const unsigned char magic[20] = {
    0x7f, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0xb7, 0x00,
};
static const unsigned char mask[20] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff,
};

static void check_flags(const char *flags)
{
    for (const char *f = flags; *f; f++)
        if (!strchr("POCF", *f) || strchr(f + 1, *f))
            ferry_fatal(1, "--binfmt-flags '%s': each of P, O, C, F at most once "
                           "(see docs/binfmt.md)", flags);
}

/* Whether `path` is an x86-64 ELF program that names no ELF interpreter
 * (statically linked: it runs where no host library is visible).  Exits
 * with a message if it is no x86-64 program at all. */
static int is_static_program(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        ferry_fatal(1, "%s: cannot open the interpreter: %s", path, strerror(errno));
    Elf64_Ehdr eh;
    if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
        eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_machine != EM_X86_64 ||
        eh.e_phentsize != sizeof(Elf64_Phdr))
        ferry_fatal(1, "%s: not an x86-64 ELF program, cannot be ferry", path);
    int interp = 0;
    for (unsigned i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        if (pread(fd, &ph, sizeof ph, (off_t)(eh.e_phoff + i * sizeof ph)) != (ssize_t)sizeof ph)
            ferry_fatal(1, "%s: truncated ELF program headers", path);
        interp |= ph.p_type == PT_INTERP;
    }
    close(fd);
    return !interp;
}

static int is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The interpreter the kernel will start, as an absolute path. */
static void choose_interpreter(const struct binfmt_request *r, const char *flags, char *out)
{
    int fixed = strchr(flags, 'F') != NULL;
    if (r->interpreter) {
        if (!realpath(r->interpreter, out))
            ferry_fatal(1, "--binfmt-interpreter %s: %s", r->interpreter, strerror(errno));
        if (!is_file(out) || access(out, X_OK) != 0)
            ferry_fatal(1, "--binfmt-interpreter %s: not an executable file", r->interpreter);
        /* An arm64 program here would be its own interpreter: the
         * kernel would loop to ELOOP.  So check it is x86-64, F or not. */
        if (!is_static_program(out) && fixed)
            ferry_fatal(1, "--binfmt-interpreter %s is dynamically linked, and the F flag needs "
                           "a static build (make static: build/ferry-static), or leave F out "
                           "(--binfmt-flags POC)", r->interpreter);
        return;
    }
    char self[PATH_MAX];
    if (!realpath("/proc/self/exe", self))
        ferry_fatal(1, "cannot find ferry's own path through /proc/self/exe (%s); "
                       "name the interpreter with --binfmt-interpreter", strerror(errno));
    /* Without F the kernel opens the interpreter at each exec, by path, in
     * the caller's root: ferry itself is right.  With F it is opened now,
     * but its libraries would still be looked up at each exec, inside
     * whatever chroot or container the program runs in: only a static
     * ferry works there. */
    if (!fixed || is_static_program(self)) {
        strcpy(out, self);
        return;
    }
    char *slash = strrchr(self, '/');
    *slash = '\0';
    if (snprintf(out, PATH_MAX, "%s/ferry-static", self) >= PATH_MAX)
        ferry_fatal(1, "%s: path too long", self);
    if (!is_file(out))
        ferry_fatal(1, "the F flag needs a statically linked ferry, and %s does not exist: build "
                       "it with `make static`, name one with --binfmt-interpreter, or leave F "
                       "out (--binfmt-flags POC)", out);
    if (!is_static_program(out))
        ferry_fatal(1, "%s is dynamically linked; the F flag needs a static build (make static)", out);
}

static void append_hex(char *line, const unsigned char *bytes, size_t n)
{
    line += strlen(line);
    for (size_t i = 0; i < n; i++)
        line += sprintf(line, "\\x%02x", bytes[i]);
}

/* The registration line, without a newline. */
static void make_line(const struct binfmt_request *r, char *line, size_t cap)
{
    const char *flags = r->flags ? r->flags : DEFAULT_FLAGS;
    check_flags(flags);
    char interp[PATH_MAX];
    choose_interpreter(r, flags, interp);
    /* ':' separates the fields; the kernel splits on it. */
    if (strpbrk(interp, ":\n"))
        ferry_fatal(1, "%s: an interpreter path cannot contain ':' or a newline", interp);
    char m[sizeof magic * 4 + 1] = "", k[sizeof mask * 4 + 1] = "";
    append_hex(m, magic, sizeof magic);
    append_hex(k, mask, sizeof mask);
    int n = snprintf(line, cap, ":%s:M::%s:%s:%s:%s", BINFMT_NAME, m, k, interp, flags);
    if (n < 0 || (size_t)n >= cap || n >= MAX_REGISTER_LENGTH)
        ferry_fatal(1, "%s: interpreter path too long for a binfmt_misc registration", interp);
}

/* Write `text` to dir/file in one write(2), as binfmt_misc requires. */
static int write_entry(const char *dir, const char *file, const char *text)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    ssize_t n = write(fd, text, strlen(text));
    int e = n < 0 ? errno : 0;
    close(fd);
    return n == (ssize_t)strlen(text) ? 0 : -(e ? e : EIO);
}

static void install(const char *dir, const char *line)
{
    char reg[PATH_MAX];
    snprintf(reg, sizeof reg, "%s/register", dir);
    if (access(reg, F_OK) != 0)
        ferry_fatal(1, "%s: no binfmt_misc there (mount it: mount -t binfmt_misc binfmt_misc %s)",
                    dir, dir);
    /* Replace an earlier registration of ours (other flags, another
     * interpreter): the kernel refuses a second entry of the same name. */
    int e = write_entry(dir, BINFMT_NAME, "-1");
    if (e && e != -ENOENT)
        ferry_fatal(1, "%s/%s: cannot remove the old registration: %s", dir, BINFMT_NAME,
                    strerror(-e));
    e = write_entry(dir, "register", line);
    if (e)
        ferry_fatal(1, "%s: registration refused: %s%s", reg, strerror(-e),
                    e == -EACCES || e == -EPERM ? " (only root may register)" : "");
    printf("registered %s in %s:\n%s\n", BINFMT_NAME, dir, line);
}

static void uninstall(const char *dir)
{
    int e = write_entry(dir, BINFMT_NAME, "-1");
    if (e == -ENOENT)
        ferry_fatal(1, "%s/%s: not registered, nothing to remove", dir, BINFMT_NAME);
    if (e)
        ferry_fatal(1, "%s/%s: cannot remove the registration: %s", dir, BINFMT_NAME,
                    strerror(-e));
    printf("removed %s from %s\n", BINFMT_NAME, dir);
}

_Noreturn void binfmt_register_run(const struct binfmt_request *r)
{
    const char *dir = r->dir ? r->dir : DEFAULT_DIR;
    char line[MAX_REGISTER_LENGTH + PATH_MAX];
    switch (r->action) {
    case BINFMT_INSTALL:
        make_line(r, line, sizeof line);
        install(dir, line);
        break;
    case BINFMT_UNINSTALL:
        uninstall(dir);
        break;
    case BINFMT_PRINT:
        make_line(r, line, sizeof line);
        printf("%s\n", line);
        break;
    case BINFMT_NONE:
        break;
    }
    exit(0);
}
