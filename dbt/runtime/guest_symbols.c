/* The symbol table is read only when a report needs it. */
#include "dbt/runtime/guest_symbols.h"

#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *elf_path;
static uint64_t bias;

void guest_symbols_init(const char *path, uint64_t load_bias)
{
    elf_path = path;
    bias = load_bias;
}

/* A function whose extent covers addr wins; otherwise the nearest label at
 * or before it (assembly entry points such as _start are untyped and have
 * no size).  ARM mapping symbols ($x, $d) are not names. */
int guest_symbol_name(uint64_t addr, char *buf, size_t len)
{
    if (!elf_path || elf_version(EV_CURRENT) == EV_NONE)
        return 0;
    int fd = open(elf_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    uint64_t want = addr - bias, best_value = 0;
    const char *best = NULL;
    bool best_covers = false;
    Elf_Scn *scn = NULL;
    while (elf && (scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
            continue;
        Elf_Data *data = elf_getdata(scn, NULL);
        size_t count = sh.sh_size / sh.sh_entsize;
        for (size_t i = 0; data && i < count; i++) {
            GElf_Sym sym;
            if (!gelf_getsym(data, (int)i, &sym) || sym.st_shndx == SHN_UNDEF)
                continue;
            int type = GELF_ST_TYPE(sym.st_info);
            if ((type != STT_FUNC && type != STT_NOTYPE) || sym.st_value > want)
                continue;
            const char *name = elf_strptr(elf, sh.sh_link, sym.st_name);
            if (!name || !*name || name[0] == '$')
                continue;
            bool covers = type == STT_FUNC && want < sym.st_value + sym.st_size;
            if (type == STT_FUNC && sym.st_size && !covers)
                continue;
            if ((covers && !best_covers) || (covers == best_covers && sym.st_value >= best_value)) {
                best = name;
                best_value = sym.st_value;
                best_covers = covers;
            }
        }
    }
    int found = best != NULL;
    if (found)
        snprintf(buf, len, "%s+0x%" PRIx64, best, want - best_value);
    if (elf)
        elf_end(elf);
    close(fd);
    return found;
}
