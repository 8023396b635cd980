/* ELF files behind guest mappings (see mapped_elf.h). */
#include "libs/mapped_elf.h"

#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "common/sysroot.h"

Elf *mapped_elf_open(const struct vma *v, uint64_t *bias)
{
    char buf[PATH_MAX];
    if (!v->name || elf_version(EV_CURRENT) == EV_NONE)
        return NULL;
    int fd = open(sysroot_path(v->name, buf, sizeof buf), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    Elf *elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
    close(fd); /* the mapping libelf made stays */
    if (!elf)
        return NULL;
    /* Where file offset v->offset sits in the file's addresses. */
    size_t nph = 0;
    elf_getphdrnum(elf, &nph);
    for (size_t i = 0; i < nph; i++) {
        GElf_Phdr ph;
        if (gelf_getphdr(elf, (int)i, &ph) && ph.p_type == PT_LOAD &&
            (ph.p_offset & ~(uint64_t)4095) <= v->offset && v->offset < ph.p_offset + ph.p_filesz) {
            *bias = v->lo - v->offset - (ph.p_vaddr - ph.p_offset);
            return elf;
        }
    }
    elf_end(elf);
    return NULL;
}

uint64_t mapped_elf_export(Elf *elf, const char *name)
{
    Elf_Scn *scn = NULL;
    while ((scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_DYNSYM || !sh.sh_entsize)
            continue;
        Elf_Data *d = elf_getdata(scn, NULL);
        for (size_t k = 1; d && k < sh.sh_size / sh.sh_entsize; k++) {
            GElf_Sym sym;
            if (!gelf_getsym(d, (int)k, &sym) || sym.st_shndx == SHN_UNDEF || sym.st_shndx == SHN_ABS)
                continue;
            int bind = GELF_ST_BIND(sym.st_info);
            const char *s = elf_strptr(elf, sh.sh_link, sym.st_name);
            if ((bind == STB_GLOBAL || bind == STB_WEAK) && s && !strcmp(s, name))
                return sym.st_value;
        }
    }
    return 0;
}
