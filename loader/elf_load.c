/* loader_load(), loader_load_fd(): from a program (a path, or a descriptor
 * binfmt_misc opened) to a mapped guest image, with its ELF
 * interpreter if it names one.
 *
 * Everything that can be checked is checked before anything is mapped —
 * the program, then the interpreter it names (looked up in the sysroot) —
 * so that a failure leaves the caller's address space as it was; execve
 * depends on that.  Validation lives in elf_check.c and elf_file.c,
 * mapping in elf_map.c. */
#include "loader/loader.h"

#include "common/ferry.h"
#include "common/sysroot.h"
#include "loader/elf_internal.h"
#include "mm/guest_mm.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Where a position-independent program goes: the arm64 kernel's
 * ELF_ET_DYN_BASE (two thirds of the user address space) for 39-bit
 * virtual addresses, a layout arm64 machines use; two thirds of ours
 * would be where ferry itself, a PIE too, lives.  A hint only. */
#define PROGRAM_DYN_BASE 0x5555555000ULL

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
 * startup finds PT_TLS, PT_DYNAMIC and PT_GNU_RELRO through it. */
static uint64_t phdr_address(const struct elf_file *f, uint64_t bias)
{
    const GElf_Phdr *ph = f->ph;
    size_t phnum = f->phnum;
    uint64_t bytes = phnum * sizeof(Elf64_Phdr);

    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_PHDR && inside_load(ph, phnum, ph[i].p_vaddr, bytes))
            return ph[i].p_vaddr + bias;

    for (size_t i = 0; i < phnum; i++) {
        const GElf_Phdr *p = &ph[i];
        if (p->p_type == PT_LOAD && f->eh.e_phoff >= p->p_offset &&
            f->eh.e_phoff - p->p_offset <= p->p_filesz &&
            bytes <= p->p_filesz - (f->eh.e_phoff - p->p_offset))
            return f->eh.e_phoff - p->p_offset + p->p_vaddr + bias;
    }

    /* Not loaded by any segment (unusual linkers do this): give the guest
     * a private copy rather than a dangling pointer. */
    void *copy = mmap(NULL, page_up(bytes), PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (copy == MAP_FAILED)
        return 0;
    Elf64_Phdr *out = copy;
    for (size_t i = 0; i < phnum; i++)
        out[i] = ph[i]; /* GElf_Phdr is Elf64_Phdr */
    mprotect(copy, page_up(bytes), PROT_READ);
    mm_record((uintptr_t)copy, (uintptr_t)copy + page_up(bytes), PROT_READ, 0, VMA_ANON, -1, 0,
              NULL);
    return (uintptr_t)copy;
}

static int stack_prot(const struct elf_file *f)
{
    for (size_t i = 0; i < f->phnum; i++)
        if (f->ph[i].p_type == PT_GNU_STACK && (f->ph[i].p_flags & PF_X))
            return PROT_READ | PROT_WRITE | PROT_EXEC;
    /* arm64 has no READ_IMPLIES_EXEC default for 64-bit programs: without
     * PT_GNU_STACK the stack is not executable. */
    return PROT_READ | PROT_WRITE;
}

/* As the kernel's load_elf_binary computes start_code/end_code (the
 * executable segments) and start_data/end_data (the others). */
static void set_layout(const struct elf_file *f, uint64_t bias)
{
    uint64_t sc = UINT64_MAX, ec = 0, sd = UINT64_MAX, ed = 0;
    for (size_t i = 0; i < f->phnum; i++) {
        const GElf_Phdr *p = &f->ph[i];
        if (p->p_type != PT_LOAD)
            continue;
        uint64_t lo = p->p_vaddr + bias, hi = lo + p->p_filesz;
        if (p->p_flags & PF_X) {
            sc = lo < sc ? lo : sc;
            ec = hi > ec ? hi : ec;
        } else {
            sd = lo < sd ? lo : sd;
            ed = hi > ed ? hi : ed;
        }
    }
    loader_set_image_layout(sc == UINT64_MAX ? 0 : sc, ec, sd == UINT64_MAX ? 0 : sd, ed);
}

/* Open and check the interpreter `name` that `prog` asks for. */
static bool open_interp(const char *prog, const char *name, struct elf_file *f, char *host,
                        struct load_error *err)
{
    char buf[PATH_MAX];
    const char *path = sysroot_path(name, buf, sizeof buf);
    snprintf(host, PATH_MAX, "%s", path);
    struct load_error inner;
    if (!elf_file_open(host, f, &inner)) {
        const char *root = sysroot_dir();
        if (inner.code == ENOENT)
            return load_fail(err, ENOENT, "%s: cannot run: its interpreter %s does not exist "
                             "(sysroot %s; choose one with -L or QEMU_LD_PREFIX)",
                             prog, name, root[0] ? root : "/");
        /* "Run it directly" is advice for a foreign program, not for an
         * interpreter (a program naming the host's own ld.so, say). */
        char *hint = strstr(inner.msg, " (run it directly)");
        if (hint)
            *hint = '\0';
        /* ELIBBAD, as the kernel returns for an unusable interpreter. */
        return load_fail(err, inner.code == ENOEXEC ? ELIBBAD : inner.code,
                         "%s: cannot run: bad interpreter: %s", prog, inner.msg);
    }
    if (f->interp[0]) {
        elf_file_close(f);
        return load_fail(err, ELIBBAD, "%s: cannot run: its interpreter %s itself names an "
                         "interpreter", prog, host);
    }
    return true;
}

/* Map an opened and checked program and its interpreter. */
static int load_opened(const char *path, struct elf_file *prog, struct guest_image *img,
                       struct load_error *err)
{
    struct elf_file interp;
    bool has_interp = prog->interp[0] != '\0';
    if (has_interp && !open_interp(path, prog->interp, &interp, img->interp, err)) {
        elf_file_close(prog);
        return -1;
    }

    uint64_t bias = 0, ibias = 0;
    bool ok = elf_map_segments(prog, PROGRAM_DYN_BASE, &bias, err);
    if (ok && has_interp) {
        /* The interpreter goes where mmap would put it, as the kernel
         * does. */
        ok = elf_map_segments(&interp, 0, &ibias, err);
        if (!ok) {
            munmap((void *)(uintptr_t)(prog->span.lo + bias), prog->span.hi - prog->span.lo);
            vma_clear(prog->span.lo + bias, prog->span.hi + bias);
        }
    }
    if (ok) {
        img->prog_entry = prog->eh.e_entry + bias;
        img->entry = has_interp ? interp.eh.e_entry + ibias : img->prog_entry;
        img->load_bias = bias;
        img->phdr = phdr_address(prog, bias);
        img->phnum = prog->phnum;
        img->phent = sizeof(Elf64_Phdr);
        img->interp_bias = ibias;
        img->interp_base = has_interp ? interp.span.lo + ibias : 0;
        img->brk_start = prog->span.hi + bias;
        img->stack_prot = stack_prot(prog);
        set_layout(prog, bias);
        loader_brk_init(img->brk_start);
    }
    /* The private mappings keep the files' pages alive without the fds. */
    elf_file_close(prog);
    if (has_interp)
        elf_file_close(&interp);
    return ok ? 0 : -1;
}

int loader_check(const char *path, struct load_error *err)
{
    struct elf_file prog, interp;
    char host[PATH_MAX];
    if (!elf_file_open(path, &prog, err))
        return -1;
    bool ok = !prog.interp[0] || open_interp(path, prog.interp, &interp, host, err);
    if (ok && prog.interp[0])
        elf_file_close(&interp);
    elf_file_close(&prog);
    return ok ? 0 : -1;
}

int loader_load(const char *path, struct guest_image *img, struct load_error *err)
{
    memset(img, 0, sizeof *img);
    struct elf_file prog;
    if (!elf_file_open(path, &prog, err))
        return -1;
    return load_opened(path, &prog, img, err);
}

int loader_load_fd(int fd, const char *path, struct guest_image *img, struct load_error *err)
{
    memset(img, 0, sizeof *img);
    struct elf_file prog;
    if (!elf_file_open_fd(fd, path, &prog, err))
        return -1;
    return load_opened(path, &prog, img, err);
}
