/* The guest's program break, emulated with anonymous mappings.
 *
 * The host process has its own break (ferry's malloc heap), so the guest's
 * cannot be the real one: it is a range of anonymous pages that starts right
 * after the guest image, as the kernel lays it out. */
#include "loader/loader.h"

#include "mm/guest_mm.h"

#include <pthread.h>
#include <stdbool.h>
#include <sys/mman.h>

#define PAGE 4096ULL
#define USER_END 0x800000000000ULL

static pthread_mutex_t brk_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t brk_start; /* never moves; the break cannot go below it */
static uint64_t brk_cur;   /* exact break; pages are mapped up to page_up() */

static uint64_t round_page(uint64_t a) { return (a + PAGE - 1) & ~(PAGE - 1); }

/* The kernel's mm->start_brk, for /proc/self/stat (syscall-xlat/procfs_stat.c). */
uint64_t loader_brk_start(void)
{
    pthread_mutex_lock(&brk_lock);
    uint64_t start = brk_start;
    pthread_mutex_unlock(&brk_lock);
    return start;
}

void loader_brk_init(uint64_t start)
{
    pthread_mutex_lock(&brk_lock);
    brk_start = brk_cur = round_page(start);
    pthread_mutex_unlock(&brk_lock);
}

/* Pages beyond the old break must read as zero and must not clobber any
 * mapping the guest made there since: MAP_FIXED_NOREPLACE fails instead,
 * and the kernel's brk fails the same way when it meets another mapping. */
static int grow(uint64_t from, uint64_t to)
{
    void *want = (void *)(uintptr_t)from;
    void *p = mmap(want, to - from, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED)
        return -1;
    if (p != want) { /* pre-4.17 kernel took the flag as a hint */
        munmap(p, to - from);
        return -1;
    }
    return 0;
}

uint64_t guest_brk(uint64_t request)
{
    pthread_mutex_lock(&brk_lock);
    uint64_t result = brk_cur;

    /* brk(0) and any request below the start only report the break. */
    if (brk_start == 0 || request < brk_start || request > USER_END)
        goto out;

    uint64_t old_top = round_page(brk_cur);
    uint64_t new_top = round_page(request);
    if (new_top > old_top) {
        if (grow(old_top, new_top) != 0)
            goto out;
        mm_record(old_top, new_top, PROT_READ | PROT_WRITE, 0, VMA_HEAP, -1, 0, NULL);
    }
    if (new_top < old_top) {
        /* Only what is still the heap: the guest may have unmapped or
         * replaced part of it since. */
        struct vma v;
        for (uint64_t at = new_top; at < old_top; at = v.hi) {
            if (!vma_find(at, &v)) {
                v.hi = at + PAGE;
                continue;
            }
            uint64_t end = v.hi < old_top ? v.hi : old_top;
            if (v.kind == VMA_HEAP) {
                munmap((void *)(uintptr_t)at, end - at);
                vma_clear(at, end);
            }
        }
    }
    brk_cur = request;
    result = request;
out:
    pthread_mutex_unlock(&brk_lock);
    return result;
}
