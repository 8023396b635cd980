/* Loading a guest ELF and building its initial process image. */
#ifndef FERRY_LOADER_H
#define FERRY_LOADER_H

#include <stdint.h>

struct guest_image {
    uint64_t entry;     /* guest entry point (after load bias) */
    uint64_t load_bias; /* 0 for ET_EXEC, chosen base for ET_DYN */
    uint64_t phdr;      /* guest address of the program headers */
    uint64_t phnum;
    uint64_t phent;
    uint64_t brk_start; /* first page after the highest PT_LOAD */
};

/* Map `path` into memory.  On any error prints one line naming the file
 * ("ferry: PATH: what went wrong") and exits with status 126, or 127 if the
 * file does not exist. */
void loader_load(const char *path, struct guest_image *img);

/* Allocate the guest stack and lay out argc, argv, envp and auxv on it as the
 * Linux kernel does for an AArch64 process.  Returns the initial SP. */
uint64_t loader_build_stack(const struct guest_image *img, int argc,
                            char *const argv[], char *const envp[],
                            const char *execfn);

/* Guest stack bounds [*lo, *hi) from loader_build_stack(), guard page
 * excluded (for /proc/self/maps' [stack] line and the VMA table). */
void loader_stack_range(uint64_t *lo, uint64_t *hi);

/* Emulated brk(2): returns the new break (or the old one on failure), with
 * the kernel's semantics: brk(0) queries.  Thread-safe. */
uint64_t guest_brk(uint64_t request);

/* Set the initial break (page-aligned).  loader_load() calls it; only a
 * caller that builds an image some other way needs it. */
void loader_brk_init(uint64_t start);

/* HWCAP bits advertised to the guest: only what the translator implements. */
uint64_t loader_hwcap(void);
uint64_t loader_hwcap2(void);

#endif
