/* The symbol table is read only when a report needs it. */
#include "dbt/guest_symbols.h"

#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
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

int guest_symbol_name(uint64_t addr, char *buf, size_t len)
{
    if (!elf_path || elf_version(EV_CURRENT) == EV_NONE)
        return 0;
    int fd = open(elf_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    int found = 0;
    Elf_Scn *scn = NULL;
    uint64_t want = addr - bias;
    while (elf && !found && (scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
            continue;
        Elf_Data *data = elf_getdata(scn, NULL);
        size_t count = sh.sh_size / sh.sh_entsize;
        for (size_t i = 0; data && i < count; i++) {
            GElf_Sym sym;
            if (!gelf_getsym(data, (int)i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_FUNC)
                continue;
            if (want >= sym.st_value && want < sym.st_value + (sym.st_size ? sym.st_size : 1)) {
                const char *name = elf_strptr(elf, sh.sh_link, sym.st_name);
                if (name && *name) {
                    snprintf(buf, len, "%s+0x%" PRIx64, name, want - sym.st_value);
                    found = 1;
                    break;
                }
            }
        }
    }
    if (elf)
        elf_end(elf);
    close(fd);
    return found;
}
