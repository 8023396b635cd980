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

/* elf_check.c: each calls ferry_fatal with the reason on bad input. */
void elf_check_ident(const char *path, int fd, off_t size);
void elf_check_ehdr(const char *path, const GElf_Ehdr *eh, int elf_class);
void elf_check_phdr_table(const char *path, const GElf_Ehdr *eh,
                          size_t phnum, off_t size);
void elf_check_interp(const char *path, int fd, const GElf_Phdr *ph,
                      size_t phnum, off_t size);
void elf_check_segments(const char *path, const GElf_Phdr *ph, size_t phnum,
                        off_t size, bool position_independent,
                        struct load_span *span);

/* elf_map.c: maps every PT_LOAD and returns the load bias. */
uint64_t elf_map_segments(const char *path, int fd, bool position_independent,
                          const GElf_Phdr *ph, size_t phnum,
                          const struct load_span *span);

#endif
