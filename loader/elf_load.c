/* loader_load(): from a path on the command line to a mapped guest image.
 *
 * Validation lives in elf_check.c and mapping in elf_map.c; this file opens
 * the file, drives libelf, and collects what the initial stack needs. */
#include "loader/loader.h"

#include "common/ferry.h"
#include "loader/elf_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define BAD 126
/* What a shell reports for a command that does not exist. */
#define NOT_FOUND 127

static int open_guest(const char *path, off_t *size)
{
    /* O_NONBLOCK: opening a FIFO must not hang before we can reject it. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        ferry_fatal(errno == ENOENT ? NOT_FOUND : BAD, "%s: cannot open: %s",
                    path, strerror(errno));

    struct stat st;
    if (fstat(fd, &st) != 0)
        ferry_fatal(BAD, "%s: cannot stat: %s", path, strerror(errno));
    if (S_ISDIR(st.st_mode))
        ferry_fatal(BAD, "%s: is a directory", path);
    if (!S_ISREG(st.st_mode))
        ferry_fatal(BAD, "%s: is not a regular file", path);
    /* execve(2) insists on an execute bit even for root, and so does
     * qemu-user; a program that runs under ferry should also run natively. */
    if (!(st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)))
        ferry_fatal(BAD, "%s: Permission denied (no execute permission)",
                    path);
    *size = st.st_size;
    return fd;
}

static _Noreturn void libelf_fail(const char *path)
{
    ferry_fatal(BAD, "%s: corrupt ELF file (libelf: %s)", path,
                elf_errmsg(-1));
}

static bool inside_load(const GElf_Phdr *ph, size_t phnum, uint64_t addr,
                        uint64_t len)
{
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_LOAD && addr >= ph[i].p_vaddr &&
            addr - ph[i].p_vaddr <= ph[i].p_filesz &&
            len <= ph[i].p_filesz - (addr - ph[i].p_vaddr))
            return true;
    return false;
}

/* AT_PHDR must point at the program headers in guest memory: glibc's
 * static startup finds PT_TLS and PT_GNU_RELRO through it. */
static uint64_t phdr_address(const char *path, const GElf_Ehdr *eh,
                             const GElf_Phdr *ph, size_t phnum, uint64_t bias)
{
    uint64_t bytes = phnum * sizeof(Elf64_Phdr);

    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_PHDR &&
            inside_load(ph, phnum, ph[i].p_vaddr, bytes))
            return ph[i].p_vaddr + bias;

    for (size_t i = 0; i < phnum; i++) {
        const GElf_Phdr *p = &ph[i];
        if (p->p_type == PT_LOAD && eh->e_phoff >= p->p_offset &&
            eh->e_phoff - p->p_offset <= p->p_filesz &&
            bytes <= p->p_filesz - (eh->e_phoff - p->p_offset))
            return eh->e_phoff - p->p_offset + p->p_vaddr + bias;
    }

    /* Not loaded by any segment (unusual linkers do this): give the guest
     * a private copy rather than a dangling pointer. */
    void *copy = mmap(NULL, page_up(bytes), PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (copy == MAP_FAILED)
        ferry_fatal(BAD, "%s: cannot copy the program headers: %s", path,
                    strerror(errno));
    Elf64_Phdr *out = copy;
    for (size_t i = 0; i < phnum; i++)
        out[i] = ph[i]; /* GElf_Phdr is Elf64_Phdr */
    mprotect(copy, page_up(bytes), PROT_READ);
    return (uintptr_t)copy;
}

void loader_load(const char *path, struct guest_image *img)
{
    off_t size;
    int fd = open_guest(path, &size);

    elf_check_ident(path, fd, size);

    if (elf_version(EV_CURRENT) == EV_NONE)
        ferry_fatal(BAD, "%s: libelf is too old: %s", path, elf_errmsg(-1));
    Elf *elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
    if (!elf || elf_kind(elf) != ELF_K_ELF)
        libelf_fail(path);

    GElf_Ehdr eh;
    if (!gelf_getehdr(elf, &eh))
        libelf_fail(path);
    elf_check_ehdr(path, &eh, gelf_getclass(elf));

    /* e_phnum itself, not elf_getphdrnum(): libelf quietly shortens a table
     * that runs past the end of the file, hiding the truncation. */
    size_t phnum = eh.e_phnum;
    if (phnum == PN_XNUM && elf_getphdrnum(elf, &phnum) != 0)
        libelf_fail(path);
    elf_check_phdr_table(path, &eh, phnum, size);

    GElf_Phdr *ph = calloc(phnum, sizeof *ph);
    if (!ph)
        ferry_fatal(BAD, "%s: out of memory", path);
    for (size_t i = 0; i < phnum; i++)
        if (!gelf_getphdr(elf, (int)i, &ph[i]))
            libelf_fail(path);

    elf_check_interp(path, fd, ph, phnum, size);
    bool pie = eh.e_type == ET_DYN;
    struct load_span span;
    elf_check_segments(path, ph, phnum, size, pie, &span);

    uint64_t bias = elf_map_segments(path, fd, pie, ph, phnum, &span);

    img->entry = eh.e_entry + bias;
    img->load_bias = bias;
    img->phdr = phdr_address(path, &eh, ph, phnum, bias);
    img->phnum = phnum;
    img->phent = sizeof(Elf64_Phdr);
    img->brk_start = span.hi + bias;
    loader_brk_init(img->brk_start);

    free(ph);
    elf_end(elf);
    /* The private mappings keep the file's pages alive without the fd. */
    close(fd);
}
