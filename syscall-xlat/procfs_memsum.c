/* The guest's memory totals, as the kernel keeps them in its mm_struct and
 * reports them in /proc/self/status (task_mem), stat and statm: sizes
 * from the guest VMA table, residency from the host's smaps for the guest
 * ranges (procfs_host.c). */
#include "syscall-xlat/procfs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "loader/loader.h"

#define PAGE 4096ULL

/* The largest VmSize and VmRSS seen so far.  The kernel records its high
 * water marks whenever the totals are about to drop; ferry records them
 * when it computes the totals, so a peak between two reads is missed. */
static uint64_t peak_vm_seen, hwm_seen;

static uint64_t record_max(uint64_t *seen, uint64_t now)
{
    uint64_t old = __atomic_load_n(seen, __ATOMIC_RELAXED);
    while (old < now && !__atomic_compare_exchange_n(seen, &old, now, false, __ATOMIC_RELAXED,
                                                     __ATOMIC_RELAXED)) {
    }
    return old > now ? old : now;
}

/* Whether the VmFlags mnemonics list has `flag`. */
static bool has_flag(const char *list, const char *flag)
{
    size_t n = strlen(flag);
    for (const char *p = list; (p = strstr(p, flag)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return true;
    return false;
}

/* Page tables, which the kernel counts as it allocates them (VmPTE):
 * ferry's host tables map guest and ferry pages alike, so estimate what
 * the guest's mappings would need with 4 KiB pages and four levels: a PTE
 * table per 2 MiB, a PMD table per 1 GiB and a PUD table per 512 GiB that
 * a mapping touches. */
static uint64_t page_table_kb(const struct vma *v, size_t n)
{
    static const unsigned shifts[] = { 21, 30, 39 };
    uint64_t tables = 0;
    for (size_t s = 0; s < sizeof shifts / sizeof shifts[0]; s++) {
        uint64_t last = UINT64_MAX;
        for (size_t i = 0; i < n; i++) {
            uint64_t first = v[i].lo >> shifts[s], end = (v[i].hi - 1) >> shifts[s];
            tables += end - first + 1 - (first == last);
            last = end;
        }
    }
    return tables * (PAGE / 1024);
}

int guest_mem_totals(struct guest_mem_totals *t)
{
    memset(t, 0, sizeof *t);
    struct host_maps hm;
    int err = host_maps_read(&hm, true);
    if (err)
        return err;
    size_t n;
    struct vma *v = vma_snapshot(&n);
    uint64_t *values = calloc(hm.nfields ? hm.nfields : 1, sizeof *values);
    if (!v || !values) {
        free(v);
        free(values);
        host_maps_free(&hm);
        return -ENOMEM;
    }
    int rss = host_field_index(&hm, "Rss:"), anon = host_field_index(&hm, "Anonymous:");
    int swap = host_field_index(&hm, "Swap:");
    uint64_t exec_kb = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t kb = (v[i].hi - v[i].lo) / 1024;
        bool write = v[i].prot & PROT_WRITE, exec = v[i].prot & PROT_EXEC;
        bool shared = v[i].flags & VMA_SHARED, stack = v[i].kind == VMA_STACK;
        t->total_vm += kb;
        /* The kernel's is_data_mapping, is_stack_mapping, is_exec_mapping. */
        if (write && !shared && !stack)
            t->data += kb;
        if (stack)
            t->stack += kb;
        if (exec && !write && !stack)
            exec_kb += kb;
        const struct host_map *h = host_maps_at(&hm, v[i].lo);
        if (h && has_flag(h->vmflags, "lo"))
            t->locked += kb;

        host_range_usage(&hm, v[i].lo, v[i].hi, values);
        uint64_t r = rss >= 0 ? values[rss] : 0;
        uint64_t a = anon >= 0 ? values[anon] : 0;
        t->rss += r;
        t->swap += swap >= 0 ? values[swap] : 0;
        if (procfs_vma_is_shmem(&v[i])) {
            t->shmem += r;
        } else {
            a = a < r ? a : r;
            t->anon += a;
            t->file += r - a;
        }
    }
    /* VmExe: PAGE_ALIGN(end_code) - (start_code & PAGE_MASK); VmLib the
     * other executable mappings. */
    const struct guest_layout *g = loader_layout();
    if (g->end_code > g->start_code)
        t->text = (((g->end_code + PAGE - 1) & ~(PAGE - 1)) - (g->start_code & ~(PAGE - 1))) / 1024;
    t->lib = exec_kb > t->text ? exec_kb - t->text : 0;
    t->pte = page_table_kb(v, n);
    t->peak_vm = record_max(&peak_vm_seen, t->total_vm);
    t->hwm = record_max(&hwm_seen, t->rss);
    free(v);
    free(values);
    host_maps_free(&hm);
    return 0;
}
