/* Symbols for reports: the file that maps an address (the VMA table knows
 * it, and the offset), its symbol table read only when a report needs it. */
#include "dbt/runtime/guest_symbols.h"

#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
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

/* The link-time address in `elf` of file offset `off`, via the PT_LOAD
 * that holds it. */
static bool offset_to_vaddr(Elf *elf, uint64_t off, uint64_t *vaddr)
{
    size_t n;
    if (elf_getphdrnum(elf, &n) != 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        GElf_Phdr ph;
        if (gelf_getphdr(elf, (int)i, &ph) && ph.p_type == PT_LOAD && off >= ph.p_offset &&
            off - ph.p_offset < ph.p_memsz) {
            *vaddr = off - ph.p_offset + ph.p_vaddr;
            return true;
        }
    }
    return false;
}

/* A function whose extent covers want wins; otherwise the nearest label at
 * or before it (assembly entry points such as _start are untyped and have
 * no size).  ARM mapping symbols ($x, $d) are not names.  The full symbol
 * table if there is one, else the dynamic one (stripped libraries). */
static const char *lookup(Elf *elf, uint64_t want, uint64_t *value)
{
    for (int pass = 0; pass < 2; pass++) {
        unsigned wanted = pass == 0 ? SHT_SYMTAB : SHT_DYNSYM;
        const char *best = NULL;
        uint64_t best_value = 0;
        bool best_covers = false;
        Elf_Scn *scn = NULL;
        while ((scn = elf_nextscn(elf, scn))) {
            GElf_Shdr sh;
            if (!gelf_getshdr(scn, &sh) || sh.sh_type != wanted || !sh.sh_entsize)
                continue;
            Elf_Data *data = elf_getdata(scn, NULL);
            size_t count = sh.sh_size / sh.sh_entsize;
            for (size_t i = 0; data && i < count; i++) {
                GElf_Sym sym;
                if (!gelf_getsym(data, (int)i, &sym) || sym.st_shndx == SHN_UNDEF)
                    continue;
                int type = GELF_ST_TYPE(sym.st_info);
                if ((type != STT_FUNC && type != STT_NOTYPE && type != STT_GNU_IFUNC) ||
                    sym.st_value > want)
                    continue;
                const char *name = elf_strptr(elf, sh.sh_link, sym.st_name);
                if (!name || !*name || name[0] == '$')
                    continue;
                bool covers = type != STT_NOTYPE && want < sym.st_value + sym.st_size;
                if (type != STT_NOTYPE && sym.st_size && !covers)
                    continue;
                if ((covers && !best_covers) ||
                    (covers == best_covers && sym.st_value >= best_value)) {
                    best = name;
                    best_value = sym.st_value;
                    best_covers = covers;
                }
            }
        }
        if (best) {
            *value = best_value;
            return best;
        }
    }
    return NULL;
}

/* "name+0xoff" for want in the ELF file at path (link-time address, or a
 * file offset when by_offset). */
static int name_in_file(const char *path, uint64_t want, bool by_offset, const char *suffix,
                        char *buf, size_t len)
{
    if (elf_version(EV_CURRENT) == EV_NONE)
        return 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    int found = 0;
    uint64_t value;
    if (elf && (!by_offset || offset_to_vaddr(elf, want, &want))) {
        const char *name = lookup(elf, want, &value);
        if (name) {
            snprintf(buf, len, "%s+0x%" PRIx64 "%s", name, want - value, suffix);
            found = 1;
        }
    }
    if (elf)
        elf_end(elf);
    close(fd);
    return found;
}

int guest_symbol_name(uint64_t addr, char *buf, size_t len)
{
    struct vma v;
    if (vma_find(addr, &v) && v.kind == VMA_FILE && v.name) {
        char host[PATH_MAX], suffix[PATH_MAX + 8] = "";
        const char *path = sysroot_path(v.name, host, sizeof host);
        const char *base = strrchr(v.name, '/');
        /* The program's own functions need no file name; a library's do. */
        if (!elf_path || !strstr(elf_path, base ? base + 1 : v.name))
            snprintf(suffix, sizeof suffix, " in %s", base ? base + 1 : v.name);
        if (name_in_file(path, v.offset + (addr - v.lo), true, suffix, buf, len))
            return 1;
    }
    return elf_path ? name_in_file(elf_path, addr - bias, false, "", buf, len) : 0;
}
