/* Validation of a guest ELF file before anything is mapped.
 *
 * Every check runs against the file size and header fields alone, so that a
 * hostile or damaged file ends in one clear message instead of a crash or a
 * half-built address space.  Checks are ordered from the most general
 * diagnosis ("not an ELF file", "built for x86-64") to the most specific, so
 * the user hears about the real problem first. */
#include "loader/elf_internal.h"

#include "common/ferry.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#define BAD 126

/* The kernel refuses program header tables above 64 KiB; so do we, which
 * also bounds the memory a corrupt e_phnum can make us allocate. */
#define MAX_PHDR_BYTES 65536

static const char *machine_name(unsigned m)
{
    switch (m) {
    case EM_386: return "an i386";
    case EM_X86_64: return "an x86-64";
    case EM_ARM: return "a 32-bit ARM";
    case EM_RISCV: return "a RISC-V";
    case EM_PPC: return "a PowerPC";
    case EM_PPC64: return "a PowerPC64";
    case EM_S390: return "an s390";
    case EM_MIPS: return "a MIPS";
    case EM_SPARCV9: return "a SPARC64";
    case EM_IA_64: return "an IA-64";
#ifdef EM_LOONGARCH
    case EM_LOONGARCH: return "a LoongArch";
#endif
    default: return NULL;
    }
}

bool elf_check_ident(const char *path, int fd, off_t size, struct load_error *err)
{
    unsigned char id[EI_NIDENT];
    ssize_t n = pread(fd, id, sizeof id, 0);

    if (n < 0)
        return load_fail(err, errno == EACCES ? EACCES : EIO, "%s: cannot read: %s", path, strerror(errno));
    if (n == 0)
        return load_fail(err, ENOEXEC, "%s: not an ELF file (empty file)", path);
    if (n >= 2 && id[0] == '#' && id[1] == '!')
        return load_fail(err, ENOEXEC, "%s: not an ELF file (a script: run it with its "
                    "interpreter)", path);
    if (n < SELFMAG || memcmp(id, ELFMAG, SELFMAG) != 0)
        return load_fail(err, ENOEXEC, "%s: not an ELF file (bad magic number)", path);
    if (n < EI_NIDENT)
        return load_fail(err, ENOEXEC, "%s: truncated: file ends inside the ELF header",
                    path);

    if (id[EI_CLASS] != ELFCLASS32 && id[EI_CLASS] != ELFCLASS64)
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: invalid class %u", path,
                    id[EI_CLASS]);
    if (id[EI_DATA] != ELFDATA2LSB && id[EI_DATA] != ELFDATA2MSB)
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: invalid data encoding %u",
                    path, id[EI_DATA]);
    /* Before the machine check: a byte-swapped e_machine would only produce
     * a meaningless number. */
    if (id[EI_DATA] == ELFDATA2MSB)
        return load_fail(err, ENOEXEC, "%s: is a big-endian ELF file; ferry runs "
                    "little-endian arm64 programs only", path);
    if (id[EI_VERSION] != EV_CURRENT)
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: invalid version %u", path,
                    id[EI_VERSION]);

    size_t ehdr_size = id[EI_CLASS] == ELFCLASS64 ? sizeof(Elf64_Ehdr)
                                                  : sizeof(Elf32_Ehdr);
    if ((uint64_t)size < ehdr_size)
        return load_fail(err, ENOEXEC, "%s: truncated: file ends inside the ELF header",
                    path);
    return true;
}

bool elf_check_ehdr(const char *path, const GElf_Ehdr *eh, int elf_class,
                    struct load_error *err)
{
    unsigned m = eh->e_machine;

    if (m != EM_AARCH64) {
        const char *name = machine_name(m);
        if (m == EM_X86_64 || m == EM_386)
            return load_fail(err, ENOEXEC, "%s: is %s binary, not arm64 (run it directly)",
                        path, name);
        if (m == EM_ARM)
            return load_fail(err, ENOEXEC, "%s: is a 32-bit ARM binary, not arm64; ferry "
                        "runs 64-bit arm64 programs only", path);
        if (name)
            return load_fail(err, ENOEXEC, "%s: is %s binary, not arm64", path, name);
        return load_fail(err, ENOEXEC, "%s: is an ELF file for machine %u, not arm64",
                    path, m);
    }
    if (elf_class != ELFCLASS64)
        return load_fail(err, ENOEXEC, "%s: is a 32-bit ELF file (arm64 ILP32); ferry runs "
                    "64-bit arm64 programs only", path);

    switch (eh->e_type) {
    case ET_EXEC:
        break;
    case ET_DYN:
        /* A static-pie has an entry point; a plain shared library has none
         * and would jump to its own ELF header. */
        if (eh->e_entry == 0)
            return load_fail(err, ENOEXEC, "%s: is a shared library, not an executable",
                        path);
        break;
    case ET_REL:
        return load_fail(err, ENOEXEC, "%s: is a relocatable object file, not an "
                    "executable (link it first)", path);
    case ET_CORE:
        return load_fail(err, ENOEXEC, "%s: is a core dump, not an executable", path);
    default:
        return load_fail(err, ENOEXEC, "%s: is not an executable (ELF type %u)", path,
                    (unsigned)eh->e_type);
    }
    return true;
}

bool elf_check_phdr_table(const char *path, const GElf_Ehdr *eh,
                          size_t phnum, off_t size, struct load_error *err)
{
    if (eh->e_phentsize != sizeof(Elf64_Phdr))
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: program header size %u "
                    "(expected %zu)", path, (unsigned)eh->e_phentsize,
                    sizeof(Elf64_Phdr));
    if (phnum == 0)
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: no program headers", path);
    if (phnum > MAX_PHDR_BYTES / sizeof(Elf64_Phdr))
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: %zu program headers is too "
                    "many", path, phnum);

    uint64_t bytes = phnum * sizeof(Elf64_Phdr);
    if (eh->e_phoff > (uint64_t)size || bytes > (uint64_t)size - eh->e_phoff)
        return load_fail(err, ENOEXEC, "%s: truncated: file ends inside the program "
                    "headers", path);
    return true;
}

bool elf_read_interp(const char *path, int fd, const GElf_Phdr *ph, size_t phnum,
                     off_t size, char *name, size_t cap, struct load_error *err)
{
    name[0] = '\0';
    for (size_t i = 0; i < phnum; i++) {
        if (ph[i].p_type != PT_INTERP)
            continue;
        uint64_t len = ph[i].p_filesz;
        /* The kernel's bounds: a NUL-terminated path of at most PATH_MAX. */
        if (len < 2 || len > cap || ph[i].p_offset > (uint64_t)size ||
            len > (uint64_t)size - ph[i].p_offset)
            return load_fail(err, ENOEXEC, "%s: corrupt ELF file: bad interpreter "
                             "(PT_INTERP) entry", path);
        ssize_t n = pread(fd, name, len, (off_t)ph[i].p_offset);
        if (n != (ssize_t)len || name[len - 1] != '\0' || strlen(name) != len - 1) {
            name[0] = '\0';
            return load_fail(err, ENOEXEC, "%s: corrupt ELF file: bad interpreter "
                             "(PT_INTERP) name", path);
        }
        /* The name goes to a terminal in messages: keep it printable. */
        for (char *c = name; *c; c++)
            if (!isprint((unsigned char)*c))
                *c = '?';
        return true;
    }
    return true;
}

static bool power_of_two(uint64_t x) { return x && !(x & (x - 1)); }

bool elf_check_segments(const char *path, const GElf_Phdr *ph, size_t phnum,
                        off_t size, bool position_independent,
                        struct load_span *span, struct load_error *err)
{
    bool any = false;

    span->lo = UINT64_MAX;
    span->hi = 0;
    span->align = GUEST_PAGE;

    for (size_t i = 0; i < phnum; i++) {
        const GElf_Phdr *p = &ph[i];
        if (p->p_type != PT_LOAD)
            continue;
        any = true;

        if (p->p_filesz > p->p_memsz)
            return load_fail(err, ENOEXEC, "%s: corrupt ELF file: segment %zu has more "
                        "file bytes (%#llx) than memory bytes (%#llx)", path,
                        i, (unsigned long long)p->p_filesz,
                        (unsigned long long)p->p_memsz);
        /* mmap can only place file page N at a page boundary, so the offset
         * and the address must agree below the page size. */
        if (p->p_filesz && (p->p_offset ^ p->p_vaddr) & (GUEST_PAGE - 1))
            return load_fail(err, ENOEXEC, "%s: corrupt ELF file: segment %zu offset "
                        "%#llx and address %#llx are misaligned modulo the "
                        "page size", path, i,
                        (unsigned long long)p->p_offset,
                        (unsigned long long)p->p_vaddr);
        if (p->p_memsz > UINT64_MAX - p->p_vaddr)
            return load_fail(err, ENOEXEC, "%s: corrupt ELF file: segment %zu wraps around "
                        "the address space", path, i);
        /* A segment with no file bytes (a lone .bss) may have an offset
         * past the end of the file: nothing is read from there. */
        if (p->p_filesz && (p->p_offset > (uint64_t)size ||
                            p->p_filesz > (uint64_t)size - p->p_offset))
            return load_fail(err, ENOEXEC, "%s: truncated: file ends inside segment %zu "
                        "(needs %#llx bytes, has %#llx)", path, i,
                        (unsigned long long)(p->p_offset + p->p_filesz),
                        (unsigned long long)size);

        /* A position-independent image is moved into range; a fixed one
         * must fit as it is. */
        uint64_t end = p->p_vaddr + p->p_memsz;
        bool too_low = !position_independent && p->p_memsz &&
                       page_down(p->p_vaddr) < GUEST_MIN_ADDR;
        if (end > GUEST_USER_END || too_low)
            return load_fail(err, ENOEXEC, "%s: segment %zu at %#llx-%#llx is outside the "
                        "user address space (%#llx-%#llx)", path, i,
                        (unsigned long long)p->p_vaddr,
                        (unsigned long long)end,
                        (unsigned long long)GUEST_MIN_ADDR,
                        (unsigned long long)GUEST_USER_END - 1);
        if (p->p_memsz == 0)
            continue;
        if (page_down(p->p_vaddr) < span->lo)
            span->lo = page_down(p->p_vaddr);
        if (page_up(end) > span->hi)
            span->hi = page_up(end);
        /* Honour a larger p_align (64 KiB for arm64 toolchains) like the
         * kernel does, so that huge-page-aligned text stays aligned. */
        if (power_of_two(p->p_align) && p->p_align > span->align &&
            p->p_align <= (1ULL << 30))
            span->align = p->p_align;
    }
    if (!any)
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: no loadable (PT_LOAD) "
                    "segment", path);
    if (span->hi == 0)
        return load_fail(err, ENOEXEC, "%s: corrupt ELF file: every loadable segment is "
                    "empty", path);
    return true;
}
