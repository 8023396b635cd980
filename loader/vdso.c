/* The guest's vDSO: ferry's arm64 image (loader/vdso/, docs/vdso.md) copied
 * once into pages of its own, as the kernel maps [vdso] into every arm64
 * process, and announced to the guest by AT_SYSINFO_EHDR (stack.c).
 *
 * The host kernel chooses the address, in the mmap area like the arm64
 * kernel's choice.  The translator asks vdso_contains() before it treats an
 * HVC as a ferry call, so only this image can make one. */
#include "loader/loader.h"

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
