/* Opening an ELF file and checking everything about it that can be checked
 * before anything is mapped, so that a bad program or interpreter leaves
 * the address space untouched (execve must be able to fail and return). */
#include "loader/elf_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool load_fail(struct load_error *err, int code, const char *fmt, ...)
{
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return false;
}

/* Takes over fd: closes it on failure, keeps it in f on success. */
static bool check_opened(int fd, const char *path, struct elf_file *f, struct load_error *err)
{
    struct stat st;
    if (fstat(fd, &st) != 0) {
        close(fd);
        return load_fail(err, errno, "%s: cannot stat: %s", path, strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return load_fail(err, EACCES, "%s: is a directory", path);
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return load_fail(err, EACCES, "%s: is not a regular file", path);
    }
    /* execve(2) insists on an execute bit even for root, and so does
     * qemu-user; a program that runs under ferry should also run natively. */
    if (!(st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH))) {
        close(fd);
        return load_fail(err, EACCES, "%s: Permission denied (no execute permission)", path);
    }
    f->fd = fd;
    f->size = st.st_size;
    return true;
}

static bool libelf_fail(const char *path, struct load_error *err)
{
    return load_fail(err, ENOEXEC, "%s: corrupt ELF file (libelf: %s)", path, elf_errmsg(-1));
}

static bool read_headers(struct elf_file *f, struct load_error *err)
{
    const char *path = f->path;
    if (elf_version(EV_CURRENT) == EV_NONE)
        return load_fail(err, ENOEXEC, "%s: libelf is too old: %s", path, elf_errmsg(-1));
    Elf *elf = elf_begin(f->fd, ELF_C_READ_MMAP, NULL);
    if (!elf || elf_kind(elf) != ELF_K_ELF) {
        if (elf)
            elf_end(elf);
        return libelf_fail(path, err);
    }
    bool ok = false;
    if (!gelf_getehdr(elf, &f->eh)) {
        libelf_fail(path, err);
        goto out;
    }
    if (!elf_check_ehdr(path, &f->eh, gelf_getclass(elf), err))
        goto out;
    /* e_phnum itself, not elf_getphdrnum(): libelf quietly shortens a
     * table that runs past the end of the file, hiding the truncation. */
    f->phnum = f->eh.e_phnum;
    if (f->phnum == PN_XNUM && elf_getphdrnum(elf, &f->phnum) != 0) {
        libelf_fail(path, err);
        goto out;
    }
    if (!elf_check_phdr_table(path, &f->eh, f->phnum, f->size, err))
        goto out;
    f->ph = calloc(f->phnum, sizeof *f->ph);
    if (!f->ph) {
        load_fail(err, ENOMEM, "%s: out of memory", path);
        goto out;
    }
    for (size_t i = 0; i < f->phnum; i++)
        if (!gelf_getphdr(elf, (int)i, &f->ph[i])) {
            libelf_fail(path, err);
            goto out;
        }
    ok = true;
out:
    elf_end(elf);
    return ok;
}

static bool open_checked(const char *path, struct elf_file *f, struct load_error *err)
{
    /* O_NONBLOCK: opening a FIFO must not hang before we can reject it. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return load_fail(err, errno, "%s: cannot open: %s", path, strerror(errno));
    return check_opened(fd, path, f, err);
}

static bool read_checked(const char *path, struct elf_file *f, struct load_error *err)
{
    if (!elf_check_ident(path, f->fd, f->size, err) || !read_headers(f, err) ||
        !elf_read_interp(path, f->fd, f->ph, f->phnum, f->size, f->interp, sizeof f->interp, err) ||
        !elf_check_segments(path, f->ph, f->phnum, f->size, f->eh.e_type == ET_DYN, &f->span, err)) {
        elf_file_close(f);
        return false;
    }
    return true;
}

bool elf_file_open(const char *path, struct elf_file *f, struct load_error *err)
{
    memset(f, 0, sizeof *f);
    f->path = path;
    f->fd = -1;
    if (!open_checked(path, f, err))
        return false;
    return read_checked(path, f, err);
}

bool elf_file_open_fd(int fd, const char *path, struct elf_file *f, struct load_error *err)
{
    memset(f, 0, sizeof *f);
    f->path = path;
    f->fd = -1;
    /* A copy, so that closing the elf_file leaves the caller's fd alone. */
    int own = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (own < 0)
        return load_fail(err, errno, "%s: cannot use descriptor %d: %s", path, fd, strerror(errno));
    if (!check_opened(own, path, f, err))
        return false;
    return read_checked(path, f, err);
}
void elf_file_close(struct elf_file *f)
{
    if (f->fd >= 0)
        close(f->fd);
    f->fd = -1;
    free(f->ph);
    f->ph = NULL;
}
