/* Symbols for reports: the file that maps an address (the VMA table knows
 * it, and the offset), its symbol table read only when a report needs it. */
#include "dbt/runtime/guest_symbols.h"

#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <stdlib.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common/sysroot.h"
#include "mm/vma.h"

static const char *elf_path;
static uint64_t bias;

void guest_symbols_init(const char *path, uint64_t load_bias)
{
    elf_path = path;
    bias = load_bias;
}

/* A file's function symbols, sorted by address, read once: reports are
 * rare, but -perfmap names every translated unit. */
struct sym {
    uint64_t value, size;
    const char *name;
    bool typed; /* STT_FUNC or STT_GNU_IFUNC: its size means something */
};

struct symfile {
    struct symfile *next;
    char *path;
    struct sym *syms;
    size_t n;
    Elf *elf; /* kept open: the names point into its string tables */
    GElf_Phdr *load;
    size_t n_load;
};

static struct symfile *symfiles;

static int by_value(const void *a, const void *b)
{
    const struct sym *x = a, *y = b;
    return x->value < y->value ? -1 : x->value > y->value;
}

/* The full symbol table if there is one, else the dynamic one (stripped
 * libraries).  ARM mapping symbols ($x, $d) are not names. */
static void read_symbols(struct symfile *f)
{
    for (int pass = 0; pass < 2 && !f->n; pass++) {
        unsigned wanted = pass == 0 ? SHT_SYMTAB : SHT_DYNSYM;
        Elf_Scn *scn = NULL;
        while ((scn = elf_nextscn(f->elf, scn))) {
            GElf_Shdr sh;
            if (!gelf_getshdr(scn, &sh) || sh.sh_type != wanted || !sh.sh_entsize)
                continue;
            Elf_Data *data = elf_getdata(scn, NULL);
            size_t count = sh.sh_size / sh.sh_entsize;
            struct sym *more = realloc(f->syms, (f->n + count) * sizeof *more);
            if (!data || !more)
                continue;
            f->syms = more;
            for (size_t i = 0; i < count; i++) {
                GElf_Sym sym;
                if (!gelf_getsym(data, (int)i, &sym) || sym.st_shndx == SHN_UNDEF)
                    continue;
                int type = GELF_ST_TYPE(sym.st_info);
                if (type != STT_FUNC && type != STT_NOTYPE && type != STT_GNU_IFUNC)
                    continue;
                const char *name = elf_strptr(f->elf, sh.sh_link, sym.st_name);
                if (!name || !*name || name[0] == '$')
                    continue;
                f->syms[f->n++] = (struct sym){ sym.st_value, sym.st_size, name,
                                                type != STT_NOTYPE };
            }
        }
    }
    qsort(f->syms, f->n, sizeof *f->syms, by_value);
}

static struct symfile *symfile(const char *path)
{
    for (struct symfile *f = symfiles; f; f = f->next)
        if (!strcmp(f->path, path))
            return f->elf ? f : NULL;
    struct symfile *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->path = strdup(path);
    f->next = symfiles;
    symfiles = f;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || elf_version(EV_CURRENT) == EV_NONE)
        return NULL;
    /* ELF_C_READ_MMAP: the file stays mapped (privately) after close. */
    f->elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
    close(fd);
    if (!f->elf)
        return NULL;
    size_t n;
    if (elf_getphdrnum(f->elf, &n) == 0 && (f->load = calloc(n ? n : 1, sizeof *f->load)))
        for (size_t i = 0; i < n; i++)
            if (gelf_getphdr(f->elf, (int)i, &f->load[f->n_load]) &&
                f->load[f->n_load].p_type == PT_LOAD)
                f->n_load++;
    read_symbols(f);
    return f;
}

/* The link-time address of file offset `off`, via the PT_LOAD that holds it. */
static bool offset_to_vaddr(const struct symfile *f, uint64_t off, uint64_t *vaddr)
{
    for (size_t i = 0; i < f->n_load; i++) {
        const GElf_Phdr *ph = &f->load[i];
        if (off >= ph->p_offset && off - ph->p_offset < ph->p_memsz) {
            *vaddr = off - ph->p_offset + ph->p_vaddr;
            return true;
        }
    }
    return false;
}

/* A function whose extent covers want wins; otherwise the nearest label at
 * or before it (assembly entry points such as _start are untyped and have
 * no size). */
static const char *lookup(const struct symfile *f, uint64_t want, uint64_t *value)
{
    /* The last symbol at or before want. */
    size_t lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->syms[mid].value <= want)
            lo = mid + 1;
        else
            hi = mid;
    }
    const struct sym *label = NULL;
    for (size_t i = lo; i-- > 0;) {
        const struct sym *s = &f->syms[i];
        if (s->typed && s->size) {
            if (want < s->value + s->size) {
                *value = s->value;
                return s->name;
            }
            continue; /* a sized function that ends before want */
        }
        if (!label)
            label = s;
        /* Functions nest rarely; a few steps back is enough to find one
         * that covers want. */
        if (lo - i > 64)
            break;
    }
    if (label) {
        *value = label->value;
        return label->name;
    }
    return NULL;
}

/* "name+0xoff" for want in the ELF file at path (link-time address, or a
 * file offset when by_offset). */
static int name_in_file(const char *path, uint64_t want, bool by_offset, const char *suffix,
                        char *buf, size_t len)
{
    struct symfile *f = symfile(path);
    uint64_t value;
    if (!f || (by_offset && !offset_to_vaddr(f, want, &want)))
        return 0;
    const char *name = lookup(f, want, &value);
    if (!name)
        return 0;
    snprintf(buf, len, "%s+0x%" PRIx64 "%s", name, want - value, suffix);
    return 1;
}

/* Where the host finds the file a VMA names (an interned string, so the
 * pointer identifies it); remembered, since -perfmap asks for every unit. */
static const char *host_path_of(const char *guest_name)
{
    static struct {
        const char *guest;
        char *host;
    } seen[32];
    static unsigned next;
    for (unsigned i = 0; i < 32; i++)
        if (seen[i].guest == guest_name)
            return seen[i].host;
    char buf[PATH_MAX];
    char *host = strdup(sysroot_path(guest_name, buf, sizeof buf));
    if (!host)
        return guest_name;
    unsigned i = next++ % 32;
    free(seen[i].host);
    seen[i].guest = guest_name;
    seen[i].host = host;
    return host;
}

int guest_symbol_name(uint64_t addr, char *buf, size_t len)
{
    struct vma v;
    if (!vma_find(addr, &v) || v.kind != VMA_FILE || !v.name)
        return elf_path ? name_in_file(elf_path, addr - bias, false, "", buf, len) : 0;
    char suffix[PATH_MAX + 8] = "";
    const char *path = host_path_of(v.name);
    const char *base = strrchr(v.name, '/');
    base = base ? base + 1 : v.name;
    /* The program's own functions need no file name; a library's do. */
    if (!elf_path || !strstr(elf_path, base))
        snprintf(suffix, sizeof suffix, " in %s", base);
    uint64_t off = v.offset + (addr - v.lo);
    if (name_in_file(path, off, true, suffix, buf, len))
        return 1;
    /* No symbol covers it (a stripped library's internal function): the
     * file and the address in it still say where. */
    struct symfile *f = symfile(path);
    uint64_t vaddr;
    if (f && offset_to_vaddr(f, off, &vaddr))
        snprintf(buf, len, "%s+0x%" PRIx64, base, vaddr);
    else
        snprintf(buf, len, "%s@0x%" PRIx64, base, off);
    return 1;
}
