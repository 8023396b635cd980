/* Loading a guest ELF and building its initial process image. */
#ifndef FERRY_LOADER_H
#define FERRY_LOADER_H

#include <stdbool.h>
#include <stdint.h>

/* Why a program could not be loaded: the errno execve(2) would return
 * (ENOENT, EACCES, ENOEXEC, ELIBBAD, ENOMEM, ...) and a one-line message
 * that names the file. */
struct load_error {
    int code;
    char msg[1024];
};

struct guest_image {
    uint64_t entry;      /* where the guest starts: the interpreter's entry
                            if there is one, else the program's */
    uint64_t prog_entry; /* AT_ENTRY: the program's own entry point */
    uint64_t load_bias;  /* 0 for ET_EXEC, chosen base for ET_DYN */
    uint64_t phdr;       /* guest address of the program headers */
    uint64_t phnum;
    uint64_t phent;
    uint64_t interp_base; /* AT_BASE: the interpreter's load address, or 0 */
    uint64_t interp_bias;
    uint64_t brk_start;  /* first page after the highest PT_LOAD */
    int stack_prot;      /* PT_GNU_STACK: PROT_READ|PROT_WRITE, + PROT_EXEC */
    char interp[4096];   /* the interpreter's host path, "" if none */
};

/* Map the program at `path` (a host path) and, if it names one, its
 * interpreter (looked up in the sysroot).  Returns 0, or -1 with *err
 * filled in and nothing mapped. */
int loader_load(const char *path, struct guest_image *img, struct load_error *err);
/* The checks loader_load() makes, mapping nothing (for execve's errors).
 * Returns 0, or -1 with *err filled in. */
int loader_check(const char *path, struct load_error *err);
/* The same for a program the caller has open: binfmt_misc's O and C flags
 * hand the interpreter such a descriptor (AT_EXECFD) for a program it may
 * have no right to open itself (mode 0711).  `path` names it in messages;
 * fd stays open (the caller closes it). */
int loader_load_fd(int fd, const char *path, struct guest_image *img, struct load_error *err);

/* Allocate the guest stack and lay out argc, argv, envp and auxv on it as the
 * Linux kernel does for an AArch64 process.  Returns the initial SP. */
uint64_t loader_build_stack(const struct guest_image *img, int argc,
                            char *const argv[], char *const envp[],
                            const char *execfn);

/* Where things are in the guest process, as the kernel's mm_struct
 * records them for /proc/self/{auxv,cmdline,environ,stat}: the auxv on
 * the initial stack, the argument and environment strings, the initial
 * SP, and the program's code and data (lowest and highest addresses of its
 * executable and writable PT_LOAD segments).  Filled in by loader_load()
 * and loader_build_stack(). */
struct guest_layout {
    uint64_t auxv, auxv_len;
    uint64_t arg_start, arg_end;
    uint64_t env_start, env_end;
    uint64_t start_stack;
    uint64_t start_code, end_code, start_data, end_data;
};
const struct guest_layout *loader_layout(void);
void loader_set_image_layout(uint64_t start_code, uint64_t end_code, uint64_t start_data,
                             uint64_t end_data);

/* Guest stack bounds [*lo, *hi) from loader_build_stack(), guard page
 * excluded (for /proc/self/maps' [stack] line and the VMA table). */
void loader_stack_range(uint64_t *lo, uint64_t *hi);

/* Emulated brk(2): returns the new break (or the old one on failure), with
 * the kernel's semantics: brk(0) queries.  Thread-safe. */
uint64_t guest_brk(uint64_t request);

/* Where the guest's program break started (the kernel's mm->start_brk,
 * for /proc/self/stat). */
uint64_t loader_brk_start(void);

/* Set the initial break (page-aligned).  loader_load() calls it; only a
 * caller that builds an image some other way needs it. */
void loader_brk_init(uint64_t start);

/* The guest vDSO (loader/vdso.c, docs/vdso.md).  vdso_map() maps it on
 * its first call (loader_build_stack() makes that call, for
 * AT_SYSINFO_EHDR) and returns its guest address, that of its ELF header;
 * later calls return the same; 0 if it could not be mapped (the guest then
 * has no vDSO and glibc makes system calls).  vdso_range() gives the mapping
 * [*lo, *hi), 0 and 0 before it exists; vdso_contains() says whether pc is
 * in it (the translator allows ferry calls only there). */
uint64_t vdso_map(void);
void vdso_range(uint64_t *lo, uint64_t *hi);
bool vdso_contains(uint64_t pc);
/* The guest address of one of the vDSO's symbols (0 if unknown or not
 * mapped): __kernel_rt_sigreturn is the default signal restorer. */
uint64_t vdso_symbol(const char *name);

/* HWCAP bits advertised to the guest: only what the translator implements. */
uint64_t loader_hwcap(void);
uint64_t loader_hwcap2(void);

#endif
