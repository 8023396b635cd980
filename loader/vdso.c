/* The guest's vDSO: ferry's arm64 image (loader/vdso/, docs/vdso.md) copied
 * once into pages of its own, as the kernel maps [vdso] into every arm64
 * process, and announced to the guest by AT_SYSINFO_EHDR (stack.c).
 *
 * The host kernel chooses the address, in the mmap area like the arm64
 * kernel's choice.  The translator asks vdso_contains() before it treats an
 * HVC as a ferry call, so only this image can make one. */
#include "loader/loader.h"

#include <elf.h>
#include <string.h>
#include <sys/mman.h>

#define PAGE 4096ULL

/* loader/vdso_image.S: the image built from loader/vdso/. */
extern const unsigned char ferry_vdso_image[] __attribute__((visibility("hidden")));
extern const unsigned char ferry_vdso_image_end[] __attribute__((visibility("hidden")));

static uint64_t vdso_lo, vdso_hi;

uint64_t vdso_map(void)
{
    if (vdso_lo)
        return vdso_lo;
    size_t len = (size_t)(ferry_vdso_image_end - ferry_vdso_image);
    size_t map_len = (len + PAGE - 1) & ~(PAGE - 1);
    void *p = mmap(NULL, map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 0;
    memcpy(p, ferry_vdso_image, len);
    /* Read+execute, as the kernel maps it: a guest store faults.  (The
     * translator reads guest code, so executable implies readable.) */
    if (mprotect(p, map_len, PROT_READ | PROT_EXEC) != 0) {
        munmap(p, map_len);
        return 0;
    }
    vdso_lo = (uintptr_t)p;
    vdso_hi = vdso_lo + map_len;
    return vdso_lo;
}

void vdso_range(uint64_t *lo, uint64_t *hi)
{
    *lo = vdso_lo;
    *hi = vdso_hi;
}

bool vdso_contains(uint64_t pc)
{
    return pc - vdso_lo < vdso_hi - vdso_lo; /* false while unmapped: 0 < 0 */
}

/* A symbol's guest address, read from the image's own dynamic symbol
 * table (DT_HASH gives the count).  ferry built the image, so a missing
 * piece is a build error, not guest input: 0 then. */
uint64_t vdso_symbol(const char *name)
{
    const unsigned char *img = ferry_vdso_image;
    const Elf64_Ehdr *eh = (const void *)img;
    const Elf64_Phdr *ph = (const void *)(img + eh->e_phoff);
    const Elf64_Dyn *dyn = NULL;
    for (int i = 0; i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_DYNAMIC)
            dyn = (const void *)(img + ph[i].p_offset);
    if (!dyn || !vdso_lo)
        return 0;
    const Elf64_Sym *sym = NULL;
    const char *str = NULL;
    const uint32_t *hash = NULL;
    /* The image is linked at 0, so its addresses are offsets into it. */
    for (; dyn->d_tag != DT_NULL; dyn++) {
        if (dyn->d_tag == DT_SYMTAB)
            sym = (const void *)(img + dyn->d_un.d_ptr);
        else if (dyn->d_tag == DT_STRTAB)
            str = (const char *)(img + dyn->d_un.d_ptr);
        else if (dyn->d_tag == DT_HASH)
            hash = (const void *)(img + dyn->d_un.d_ptr);
    }
    if (!sym || !str || !hash)
        return 0;
    for (uint32_t i = 0; i < hash[1]; i++)
        if (sym[i].st_name && !strcmp(str + sym[i].st_name, name))
            return vdso_lo + sym[i].st_value;
    return 0;
}
