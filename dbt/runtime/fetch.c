/* Reading guest code without trusting the guest: a jump to unmapped or
 * non-executable memory must become a guest SIGSEGV, not a crash of ferry.
 *
 * The VMA table (mm/vma.h) says whether a page is guest memory with
 * PROT_EXEC; the answer for the last page asked about is kept until the
 * table changes, so translating costs no system call.  The read itself is
 * guarded (host_fault_copy) because a mapping can still fail to read: a
 * file mapping past the end of its file raises SIGBUS. */
#include "dbt/runtime/fetch.h"

#include <string.h>
#include <sys/mman.h>

#include "dbt/runtime/host_fault.h"
#include "mm/vma.h"

#define PAGE 4096u
#define MAX_RUNS 64

/* The last VMA that was found executable, while the table is unchanged. */
static __thread uint64_t ok_lo = 1, ok_hi = 1, ok_generation;

static bool executable(uint64_t pc)
{
    if (pc >= ok_lo && pc + 4 <= ok_hi && ok_generation == vma_generation)
        return true;
    struct vma v;
    uint64_t generation = vma_generation;
    if (!vma_find(pc, &v) || !(v.prot & PROT_EXEC))
        return false;
    ok_lo = v.lo;
    ok_hi = v.hi;
    ok_generation = generation;
    return true;
}

/* Pages known to read without a fault: a page either reads or raises
 * SIGBUS as a whole (past the end of a file), so one guarded read proves
 * it, and later reads need no guard.  Direct-mapped; forgotten when the
 * table changes. */
#define PROVEN_SLOTS 64
static __thread uint64_t proven[PROVEN_SLOTS], proven_generation;

static bool readable_page(uint64_t page)
{
    if (proven_generation != vma_generation) {
        memset(proven, 0, sizeof proven);
        proven_generation = vma_generation;
    }
    uint64_t *slot = &proven[(page / PAGE) % PROVEN_SLOTS];
    if (*slot == page + 1)
        return true;
    uint32_t probe;
    if (!host_fault_copy(&probe, (const void *)(uintptr_t)page, sizeof probe))
        return false;
    *slot = page + 1;
    return true;
}

/* Runs of consecutive fetched addresses, in fetch order. */
static __thread struct run { uint64_t lo, hi; } runs[MAX_RUNS];
static __thread int n_runs = -1; /* -1: not tracking */

static void track_range(uint64_t lo, uint64_t hi)
{
    if (n_runs < 0)
        return;
    /* Mostly the code is read in order: the last run grows. */
    for (int i = n_runs - 1; i >= 0; i--)
        if (lo >= runs[i].lo && lo <= runs[i].hi) {
            if (hi > runs[i].hi)
                runs[i].hi = hi;
            return;
        }
    if (n_runs < MAX_RUNS) {
        runs[n_runs++] = (struct run){ lo, hi };
        return;
    }
    /* Full (a translation that looked at many places): widen the last run
     * rather than forget an address; over-covering only costs a needless
     * retranslation some day. */
    if (lo < runs[MAX_RUNS - 1].lo)
        runs[MAX_RUNS - 1].lo = lo;
    if (hi > runs[MAX_RUNS - 1].hi)
        runs[MAX_RUNS - 1].hi = hi;
}

/* The page the last fetch proved both executable and readable: the
 * translator reads mostly within one page at a time. */
static __thread uint64_t fast_page = 1, fast_generation;

bool fetch_insn(uint64_t pc, uint32_t *insn)
{
    uint64_t page = pc & ~(uint64_t)(PAGE - 1);
    if (pc & 3)
        return false;
    if (page != fast_page || fast_generation != vma_generation) {
        uint64_t generation = vma_generation;
        if (!executable(pc) || !readable_page(page))
            return false;
        fast_page = page; /* VMAs are whole pages: all of it is executable */
        fast_generation = generation;
    }
    memcpy(insn, (const void *)(uintptr_t)pc, 4);
    if (n_runs >= 0) {
        struct run *last = n_runs ? &runs[n_runs - 1] : NULL;
        if (last && pc == last->hi)
            last->hi = pc + 4;
        else if (!last || pc < last->lo || pc >= last->hi)
            track_range(pc, pc + 4);
    }
    return true;
}

/* Pausing keeps the runs: tracking resumes where it stopped. */
static __thread int paused_runs = -1;

bool fetch_track_pause(void)
{
    if (n_runs < 0)
        return false;
    paused_runs = n_runs;
    n_runs = -1;
    return true;
}

void fetch_track_resume(bool was_on)
{
    if (was_on)
        n_runs = paused_runs;
}

void fetch_track_range(uint64_t lo, uint64_t hi)
{
    track_range(lo, hi);
}

void fetch_track_begin(void)
{
    n_runs = 0;
}

/* Insertion sort: a translation reads a handful of runs. */
static void sort_runs(struct run *r, int n)
{
    for (int i = 1; i < n; i++) {
        struct run x = r[i];
        int j = i;
        for (; j > 0 && r[j - 1].lo > x.lo; j--)
            r[j] = r[j - 1];
        r[j] = x;
    }
}

int fetch_track_end(uint64_t *lo, uint64_t *hi, int max)
{
    int n = n_runs < 0 ? 0 : n_runs;
    n_runs = -1;
    sort_runs(runs, n);
    /* Merge overlapping and touching runs, then the closest neighbours
     * until the rest fit. */
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (m && runs[i].lo <= runs[m - 1].hi) {
            if (runs[i].hi > runs[m - 1].hi)
                runs[m - 1].hi = runs[i].hi;
        } else {
            runs[m++] = runs[i];
        }
    }
    while (m > max) {
        int best = 0;
        for (int i = 1; i + 1 < m; i++)
            if (runs[i + 1].lo - runs[i].hi < runs[best + 1].lo - runs[best].hi)
                best = i;
        runs[best].hi = runs[best + 1].hi;
        memmove(&runs[best + 1], &runs[best + 2], (size_t)(m - best - 2) * sizeof runs[0]);
        m--;
    }
    for (int i = 0; i < m; i++) {
        lo[i] = runs[i].lo;
        hi[i] = runs[i].hi;
    }
    return m;
}
