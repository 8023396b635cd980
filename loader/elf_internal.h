/* Shared between the loader's own files only; the rest of ferry uses
 * loader/loader.h.  Kept apart so that includers of loader.h need neither
 * libelf's headers nor its compiler flags. */
#ifndef FERRY_LOADER_ELF_INTERNAL_H
#define FERRY_LOADER_ELF_INTERNAL_H

#include <gelf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "loader/loader.h"

#define GUEST_PAGE 4096ULL

/* Lowest address a segment may use: the usual vm.mmap_min_addr, so a guest
 * that runs here also runs on a stock arm64 kernel. */
#define GUEST_MIN_ADDR 0x10000ULL
/* End of the 47-bit x86-64 user address space; higher guest addresses cannot
 * be identity-mapped on the host. */
#define GUEST_USER_END 0x800000000000ULL

static inline uint64_t page_down(uint64_t a) { return a & ~(GUEST_PAGE - 1); }
static inline uint64_t page_up(uint64_t a)
{
    return (a + GUEST_PAGE - 1) & ~(GUEST_PAGE - 1);
}

/* Page-aligned extent of all PT_LOAD segments before relocation, and the
 * alignment a position-independent image must be placed at. */
struct load_span {
    uint64_t lo, hi;
    uint64_t align;
};

/* elf_check.c: each returns false with err filled in (load_fail) on bad
 * input. */
bool elf_check_ident(const char *path, int fd, off_t size, struct load_error *err);
bool elf_check_ehdr(const char *path, const GElf_Ehdr *eh, int elf_class,
                    struct load_error *err);
bool elf_check_phdr_table(const char *path, const GElf_Ehdr *eh,
                          size_t phnum, off_t size, struct load_error *err);
/* The PT_INTERP path into name[cap] ("" if there is none). */
bool elf_read_interp(const char *path, int fd, const GElf_Phdr *ph, size_t phnum,
                     off_t size, char *name, size_t cap, struct load_error *err);
bool elf_check_segments(const char *path, const GElf_Phdr *ph, size_t phnum,
                        off_t size, bool position_independent,
                        struct load_span *span, struct load_error *err);

/* Fill in err (printf-style message) and return false. */
bool load_fail(struct load_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* An ELF file opened and checked, not yet mapped (elf_file.c). */
struct elf_file {
    const char *path;
    int fd;
    off_t size;
    GElf_Ehdr eh;
    GElf_Phdr *ph;
    size_t phnum;
    struct load_span span;
    char interp[4096]; /* PT_INTERP, "" if none */
};
bool elf_file_open(const char *path, struct elf_file *f, struct load_error *err);
/* The same for a file already open (binfmt_misc's AT_EXECFD): path only
 * names it in messages.  fd stays the caller's. */
bool elf_file_open_fd(int fd, const char *path, struct elf_file *f, struct load_error *err);
void elf_file_close(struct elf_file *f);

/* elf_map.c: maps every PT_LOAD and records it in the VMA table.  Returns
 * false with err filled in, nothing left mapped.  *bias: where the image
 * went, minus where the file says it starts. */
bool elf_map_segments(const struct elf_file *f, uint64_t base_hint, uint64_t *bias,
                      struct load_error *err);

#endif
