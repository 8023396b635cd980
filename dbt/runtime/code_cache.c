/* One executable region with a bump allocator, plus the bookkeeping that
 * lets translations be dropped by guest address range.
 *
 * Dropping a unit (cache_invalidate) makes it unreachable — out of the
 * lookup map and the indirect-branch table, every chained jump into it
 * pointed back at its own exit stub — but leaves its code where it is, so
 * a thread still inside it (or returning into it from a syscall) runs on
 * safely.  Memory is reclaimed only by a full flush when the cache fills.
 * A program that unmaps data, or loads and unloads libraries, therefore
 * keeps every other translation.
 *
 * Every table is an array of entries named by index + 1 (0 is "none"),
 * reserved up front without backing memory, so that nothing moves while
 * code holds an index and untouched parts cost nothing. */
#include "dbt/runtime/code_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "common/ferry.h"
#include "dbt/backend/emit.h"
#include "dbt/runtime/threads.h"

#define CACHE_SIZE (256u << 20)
/* The last quarter holds chain stubs (cache_reserve_stubs). */
#define STUBS_SIZE (CACHE_SIZE / 4)
#define BLOCK_MAX_BYTES (64u << 10)
#define MAP_BITS 18
#define PAGE_MAP_BITS 16
#define PAGE_SHIFT 12
#define MAX_UNITS (1u << 20)
#define MAX_RANGES (1u << 21)
#define MAX_CHAINS (1u << 21)
#define MAX_PAGE_REFS (1u << 21)
#define MAX_NOTES (1u << 22)
/* Room a unit may need in each table, checked before translating. */
#define UNIT_MAX_RANGES 16
#define UNIT_MAX_PAGE_REFS 64

struct unit {
    uint64_t guest_pc;
    void *host;
    uint32_t host_size;
    uint32_t first_note, n_notes;
    struct unit_swaps swaps;
    uint32_t hash_next;   /* next unit in the same map bucket */
    uint32_t first_chain; /* jumps chained into this unit */
    uint32_t first_range;
    uint8_t n_ranges;
    uint8_t entry_skip;
    bool dead;
};

struct range {
    uint64_t lo, hi;
};

struct chain {
    uint8_t *site; /* rel32 field of the jump */
    uint8_t *stub; /* where it pointed before chaining */
    uint32_t next;
};

struct page_ref {
    uint64_t page;
    uint32_t unit;
    uint32_t next;
};

uint64_t cache_generation;
uint64_t cache_code_epoch;

static uint8_t *cache_base, *cache_free, *cache_permanent_end, *stubs_base, *stubs_free;
static struct unit *units;
static struct range *ranges;
static struct chain *chains;
static struct page_ref *page_refs;
/* Notes as kept: 8 bytes, not struct pc_note's 16 (a python run keeps
 * 190,000 of them).  A unit is under 64 KiB of code (BLOCK_MAX_BYTES), and
 * its instructions are within reach of direct branches from its start. */
struct kept_note {
    int32_t pc_delta;  /* (pc - the unit's guest_pc) / 4 */
    uint16_t host_off;
    uint8_t bits;      /* flags | remapped << 4 | kind << 5 */
    int8_t stacked;
};
_Static_assert(sizeof(struct kept_note) == 8, "a kept note is 8 bytes");
_Static_assert(BLOCK_MAX_BYTES <= 1u << 16, "host offsets fit 16 bits");
static struct kept_note *notes;
static uint32_t n_units, n_ranges, n_chains, n_page_refs, n_notes;
static uint32_t map[1u << MAP_BITS];
static uint32_t page_map[1u << PAGE_MAP_BITS];
/* Guest range covered by live and dead translations: a cheap first test. */
static uint64_t code_lo = UINT64_MAX, code_hi;
static struct cache_stats stats;

/* Translation, insertion, chaining and invalidation are serialised by
 * this lock; lookups take no lock (units are published with release
 * stores, and a unit is never freed while a thread may be running it: see
 * cache_flush()). */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void cache_lock(void)
{
    pthread_mutex_lock(&lock);
}

void cache_unlock(void)
{
    pthread_mutex_unlock(&lock);
}

static void *reserve(size_t bytes, int prot)
{
    void *p = mmap(NULL, bytes, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        ferry_fatal(70, "cannot reserve %zu MiB for the code cache", bytes >> 20);
    return p;
}

void cache_init(void)
{
    cache_base = reserve(CACHE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC);
    cache_free = cache_permanent_end = cache_base;
    stubs_base = stubs_free = cache_base + CACHE_SIZE - STUBS_SIZE;
    units = reserve(MAX_UNITS * sizeof *units, PROT_READ | PROT_WRITE);
    ranges = reserve(MAX_RANGES * sizeof *ranges, PROT_READ | PROT_WRITE);
    chains = reserve(MAX_CHAINS * sizeof *chains, PROT_READ | PROT_WRITE);
    page_refs = reserve(MAX_PAGE_REFS * sizeof *page_refs, PROT_READ | PROT_WRITE);
    notes = reserve(MAX_NOTES * sizeof *notes, PROT_READ | PROT_WRITE);
}

uint8_t *cache_reserve(uint8_t **end)
{
    if ((size_t)(stubs_base - cache_free) < BLOCK_MAX_BYTES ||
        (size_t)(stubs_base + STUBS_SIZE - stubs_free) < BLOCK_MAX_BYTES ||
        n_units + 1 >= MAX_UNITS || n_ranges + UNIT_MAX_RANGES >= MAX_RANGES ||
        n_page_refs + UNIT_MAX_PAGE_REFS >= MAX_PAGE_REFS || n_notes + MAX_UNIT_NOTES >= MAX_NOTES)
        cache_flush();
    *end = cache_free + BLOCK_MAX_BYTES;
    return cache_free;
}

void cache_commit(uint8_t *end)
{
    /* Keep unit starts 16-byte aligned for the host's fetch unit. */
    cache_free = (uint8_t *)(((uintptr_t)end + 15) & ~(uintptr_t)15);
}

/* The stubs' room for the unit cache_reserve() just made room for. */
uint8_t *cache_reserve_stubs(uint8_t **end)
{
    *end = stubs_free + BLOCK_MAX_BYTES;
    return stubs_free;
}

void cache_commit_stubs(uint8_t *end)
{
    stubs_free = end;
}

void cache_seal_permanent(uint8_t *end)
{
    cache_commit(end);
    cache_permanent_end = cache_free;
}

/* Both hashes keep neighbours together: instructions close in the guest
 * land in buckets close in the table, so a program's code touches few of
 * the table's pages (each first touch is a page fault: a scrambling hash
 * made a static hello fault in most of the 1 MiB map).  The high bits are
 * folded in so that two libraries at the same offset in different
 * windows do not share buckets; within a window the fold is a constant
 * XOR, which keeps aligned groups of buckets together.  The unit map has
 * a bucket per four instructions (units rarely start closer together),
 * so a stretch of code touches a quarter of the pages it would with one
 * per instruction: 57 fewer page faults for a static hello. */
static unsigned map_hash(uint64_t pc)
{
    uint64_t i = pc >> 4;
    return (unsigned)((i ^ (i >> MAP_BITS) ^ (i >> (2 * MAP_BITS))) & ((1u << MAP_BITS) - 1));
}

static unsigned page_hash(uint64_t page)
{
    return (unsigned)((page ^ (page >> PAGE_MAP_BITS) ^ (page >> (2 * PAGE_MAP_BITS))) &
                      ((1u << PAGE_MAP_BITS) - 1));
}

/* Lock-free: ids along a chain always decrease (a new unit links to the
 * older head), so a walk ends even when it races with a flush; a result
 * read during a flush is discarded by the caller (cache_generation). */
static struct unit *unit_at(uint64_t guest_pc)
{
    for (uint32_t i = __atomic_load_n(&map[map_hash(guest_pc)], __ATOMIC_ACQUIRE); i;
         i = __atomic_load_n(&units[i - 1].hash_next, __ATOMIC_ACQUIRE))
        if (units[i - 1].guest_pc == guest_pc)
            return &units[i - 1];
    return NULL;
}

void *block_lookup(uint64_t guest_pc)
{
    struct unit *u = unit_at(guest_pc);
    return u ? (uint8_t *)u->host + u->entry_skip : NULL;
}

static void add_page_ref(uint64_t page, uint32_t unit)
{
    unsigned h = page_hash(page);
    /* A unit's blocks often share pages: one reference is enough. */
    for (uint32_t i = page_map[h]; i; i = page_refs[i - 1].next) {
        if (page_refs[i - 1].unit != unit)
            break; /* this unit's references are at the head */
        if (page_refs[i - 1].page == page)
            return;
    }
    if (n_page_refs + 1 >= MAX_PAGE_REFS)
        return; /* cannot happen: cache_reserve() made room */
    struct page_ref *r = &page_refs[n_page_refs++];
    r->page = page;
    r->unit = unit;
    r->next = page_map[h];
    page_map[h] = n_page_refs;
}

void block_insert(const struct unit_desc *d)
{
    int n = d->n_ranges;
    if (n > UNIT_MAX_RANGES || d->n_notes > MAX_UNIT_NOTES)
        ferry_fatal(70, "internal error: a unit of %d ranges, %d notes", n, d->n_notes);
    uint32_t id = n_units + 1;
    struct unit *u = &units[id - 1];
    unsigned h = map_hash(d->guest_pc);
    *u = (struct unit){ .guest_pc = d->guest_pc, .host = d->host, .hash_next = map[h],
                        .host_size = (uint32_t)d->host_size, .first_range = n_ranges,
                        .n_ranges = (uint8_t)n, .first_note = n_notes,
                        .n_notes = (uint32_t)d->n_notes, .swaps = d->swaps,
                        .entry_skip = d->entry_skip };
    for (int i = 0; i < d->n_notes; i++) {
        const struct pc_note *from = &d->notes[i];
        int64_t delta = (int64_t)(from->pc - d->guest_pc) / 4;
        if (delta != (int32_t)delta || from->flags > 15 || from->remapped > 1 || from->kind > 1)
            ferry_fatal(70, "internal error: a note that does not keep (pc 0x%llx)",
                        (unsigned long long)from->pc);
        notes[n_notes + (uint32_t)i] = (struct kept_note){
            .pc_delta = (int32_t)delta, .host_off = (uint16_t)from->host_off,
            .bits = (uint8_t)(from->flags | from->remapped << 4 | from->kind << 5),
            .stacked = from->stacked };
    }
    n_notes += (uint32_t)d->n_notes;
    int refs = 0;
    for (int i = 0; i < n; i++) {
        ranges[n_ranges++] = (struct range){ d->lo[i], d->hi[i] };
        if (d->lo[i] < code_lo)
            code_lo = d->lo[i];
        if (d->hi[i] > code_hi)
            code_hi = d->hi[i];
        for (uint64_t p = d->lo[i] >> PAGE_SHIFT; p <= (d->hi[i] - 1) >> PAGE_SHIFT; p++)
            if (refs++ < UNIT_MAX_PAGE_REFS)
                add_page_ref(p, id);
    }
    /* Publish: the unit is complete before lookups (and fault handlers,
     * through n_units) can find it. */
    __atomic_store_n(&n_units, id, __ATOMIC_RELEASE);
    __atomic_store_n(&map[h], id, __ATOMIC_RELEASE);
    stats.units++;
}

bool cache_find_note(uint64_t host_pc, struct pc_note *note, struct unit_swaps *swaps)
{
    /* Units are laid out in the cache in the order they were made: the
     * last one starting at or before host_pc is the only candidate. */
    uint32_t n = __atomic_load_n(&n_units, __ATOMIC_ACQUIRE);
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if ((uintptr_t)units[mid].host <= host_pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return false;
    const struct unit *u = &units[lo - 1];
    uint64_t off = host_pc - (uintptr_t)u->host;
    if (off >= u->host_size || u->n_notes == 0)
        return false;
    const struct kept_note *first = &notes[u->first_note];
    uint32_t a = 0, b = u->n_notes;
    while (a < b) {
        uint32_t mid = (a + b) / 2;
        if (first[mid].host_off <= off)
            a = mid + 1;
        else
            b = mid;
    }
    if (a == 0)
        return false; /* before the first instruction: the unit's entry */
    const struct kept_note *k = &first[a - 1];
    *note = (struct pc_note){ .host_off = k->host_off, .flags = k->bits & 15,
                              .remapped = (k->bits >> 4) & 1, .stacked = k->stacked,
                              .kind = (k->bits >> 5) & 1,
                              .pc = u->guest_pc + 4 * (uint64_t)(int64_t)k->pc_delta };
    *swaps = u->swaps;
    return true;
}

/* Point the rel32 at `site` at `target` with one store, so that a thread
 * executing the jump sees the old or the new target, never a mix: the
 * field lies within one aligned 8-byte word (emit_x86.c, emit_site_pad),
 * which is stored whole.  The word's other bytes are instructions nobody
 * changes (two fields never share a word), so they are written back as
 * they were. */
static void patch_site(uint8_t *site, const void *target)
{
    uintptr_t at = (uintptr_t)site & 7;
    if (at > 4)
        ferry_fatal(70, "internal error: chain site %p crosses an 8-byte word", (void *)site);
    int32_t rel = (int32_t)((const uint8_t *)target - (site + 4));
    uint64_t *word = (uint64_t *)(site - at);
    uint64_t v = __atomic_load_n(word, __ATOMIC_RELAXED);
    memcpy((uint8_t *)&v + at, &rel, 4);
    __atomic_store_n(word, v, __ATOMIC_RELEASE);
}

void cache_chain(uint8_t *site, uint64_t target_pc, bool forward)
{
    struct unit *u = unit_at(target_pc);
    if (!u || n_chains + 1 >= MAX_CHAINS)
        return; /* the jump keeps going through the dispatcher */
    int32_t rel = __atomic_load_n((int32_t *)site, __ATOMIC_RELAXED);
    struct chain *c = &chains[n_chains++];
    c->site = site;
    c->stub = site + 4 + rel;
    c->next = u->first_chain;
    u->first_chain = n_chains;
    patch_site(site, (uint8_t *)u->host + (forward ? u->entry_skip : 0));
    stats.chains++;
}

static bool overlaps(const struct unit *u, uint64_t lo, uint64_t hi)
{
    for (int i = 0; i < u->n_ranges; i++) {
        const struct range *r = &ranges[u->first_range + (uint32_t)i];
        if (r->lo < hi && r->hi > lo)
            return true;
    }
    return false;
}

/* Another thread may be reading its table right now: only the pc is
 * changed (to one no instruction has), so it sees a miss, or the old
 * entry whole — whose code stays valid until a flush. */
static void forget_in_ibtc(struct guest_thread *t, void *arg)
{
    const struct unit *u = arg;
    struct ibtc_entry *set = ibtc_set_of(t->ibtc, u->guest_pc);
    for (unsigned w = 0; w < IBTC_WAYS; w++)
        if (set[w].host == (uint8_t *)u->host + u->entry_skip)
            __atomic_store_n(&set[w].guest_pc, 1, __ATOMIC_RELEASE);
}

static void drop_unit(uint32_t id)
{
    struct unit *u = &units[id - 1];
    u->dead = true;
    for (uint32_t *link = &map[map_hash(u->guest_pc)]; *link; link = &units[*link - 1].hash_next)
        if (*link == id) {
            *link = u->hash_next;
            break;
        }
    thread_for_each(forget_in_ibtc, u);
    for (uint32_t c = u->first_chain; c; c = chains[c - 1].next)
        patch_site(chains[c - 1].site, chains[c - 1].stub);
    u->first_chain = 0;
    stats.invalidated++;
}

bool cache_invalidate(uint64_t lo, uint64_t hi)
{
    cache_code_epoch++;
    if (lo >= code_hi || hi <= code_lo || lo >= hi)
        return false;
    bool any = false;
    uint64_t first = lo >> PAGE_SHIFT, last = (hi - 1) >> PAGE_SHIFT;
    if (last - first >= n_units) { /* a huge range: look at every unit */
        for (uint32_t id = 1; id <= n_units; id++)
            if (!units[id - 1].dead && overlaps(&units[id - 1], lo, hi)) {
                drop_unit(id);
                any = true;
            }
        return any;
    }
    for (uint64_t p = first; p <= last; p++)
        for (uint32_t i = page_map[page_hash(p)]; i; i = page_refs[i - 1].next) {
            struct page_ref *r = &page_refs[i - 1];
            if (r->page == p && !units[r->unit - 1].dead && overlaps(&units[r->unit - 1], lo, hi)) {
                drop_unit(r->unit);
                any = true;
            }
        }
    return any;
}

/* Emptied pages read as zero again (and take no memory until used);
 * set 0 must hold a pc no instruction has (ibtc_guard_zero()). */
static void empty_ibtc(struct guest_thread *t, void *arg)
{
    (void)arg;
    madvise(t->ibtc, IBTC_ENTRIES * sizeof *t->ibtc, MADV_DONTNEED);
    ibtc_guard_zero(t->ibtc);
}

/* Memory is reused, so no thread may be inside translated code: an
 * exclusive section (threads.h) holds them all outside until it is done.
 * The caller holds the cache lock and is not running itself. */
void cache_flush(void)
{
    start_exclusive();
    cache_generation++;
    cache_code_epoch++;
    memset(map, 0, sizeof map);
    memset(page_map, 0, sizeof page_map);
    thread_for_each(empty_ibtc, NULL);
    n_units = n_ranges = n_chains = n_page_refs = n_notes = 0;
    cache_free = cache_permanent_end;
    stubs_free = stubs_base;
    code_lo = UINT64_MAX;
    code_hi = 0;
    stats.flushes++;
    end_exclusive();
}

void cache_get_stats(struct cache_stats *s)
{
    *s = stats;
    s->units_live = 0;
    for (uint32_t id = 1; id <= n_units; id++)
        s->units_live += !units[id - 1].dead;
    s->bytes_used = (uint64_t)(cache_free - cache_base) + (uint64_t)(stubs_free - stubs_base);
}

bool cache_contains_host(uint64_t host_pc)
{
    return cache_base && host_pc - (uint64_t)(uintptr_t)cache_base < CACHE_SIZE;
}
