/* The guest VMA table (see vma.h): a sorted array, binary-searched.
 *
 * A process has hundreds of mappings, rarely thousands; an array keeps
 * lookups cache-friendly and the code short, and changes (which cost a
 * memmove) are far rarer than lookups. */
#include "mm/vma.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/ferry.h"

static pthread_rwlock_t lock = PTHREAD_RWLOCK_INITIALIZER;
static struct vma *tab;
static size_t n, cap;
volatile uint64_t vma_generation;

/* Index of the first entry with hi > addr (n if none). */
static size_t first_ending_after(uint64_t addr)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tab[mid].hi > addr)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static void make_room(size_t at, size_t count)
{
    if (n + count > cap) {
        size_t ncap = cap ? cap * 2 : 256;
        while (ncap < n + count)
            ncap *= 2;
        struct vma *t = realloc(tab, ncap * sizeof *t);
        if (!t)
            ferry_fatal(70, "out of memory for the guest mapping table");
        tab = t;
        cap = ncap;
    }
    memmove(&tab[at + count], &tab[at], (n - at) * sizeof *tab);
    n += count;
}

static void drop(size_t at, size_t count)
{
    memmove(&tab[at], &tab[at + count], (n - at - count) * sizeof *tab);
    n -= count;
}

/* The part of e from `at` on, as the kernel's split_vma makes it. */
static void cut_front(struct vma *e, uint64_t at)
{
    if (e->kind == VMA_FILE || e->kind == VMA_SHM)
        e->offset += at - e->lo;
    e->lo = at;
}

/* Make `at` an entry boundary, if an entry spans it. */
static void split_at(uint64_t at)
{
    size_t i = first_ending_after(at);
    if (i == n || tab[i].lo >= at)
        return;
    make_room(i, 1);
    tab[i].hi = at;
    cut_front(&tab[i + 1], at);
}

static bool mergeable(const struct vma *a, const struct vma *b)
{
    if (a->hi != b->lo || a->prot != b->prot || a->flags != b->flags ||
        a->kind != b->kind || a->name != b->name || a->dev != b->dev || a->ino != b->ino)
        return false;
    if (a->kind == VMA_FILE || a->kind == VMA_SHM)
        return a->offset + (a->hi - a->lo) == b->offset;
    return true;
}

/* Merge entries i-1, i, i+1 where the kernel would. */
static void merge_around(size_t i)
{
    if (i + 1 < n && mergeable(&tab[i], &tab[i + 1])) {
        tab[i].hi = tab[i + 1].hi;
        drop(i + 1, 1);
    }
    if (i > 0 && i < n && mergeable(&tab[i - 1], &tab[i])) {
        tab[i - 1].hi = tab[i].hi;
        drop(i, 1);
    }
}

static void clear_locked(uint64_t lo, uint64_t hi)
{
    split_at(lo);
    split_at(hi);
    size_t i = first_ending_after(lo), j = i;
    while (j < n && tab[j].lo < hi)
        j++;
    drop(i, j - i);
}

void vma_set(const struct vma *v)
{
    if (v->lo >= v->hi)
        return;
    pthread_rwlock_wrlock(&lock);
    clear_locked(v->lo, v->hi);
    size_t i = first_ending_after(v->lo);
    make_room(i, 1);
    tab[i] = *v;
    merge_around(i);
    vma_generation++;
    pthread_rwlock_unlock(&lock);
}

void vma_clear(uint64_t lo, uint64_t hi)
{
    if (lo >= hi)
        return;
    pthread_rwlock_wrlock(&lock);
    clear_locked(lo, hi);
    vma_generation++;
    pthread_rwlock_unlock(&lock);
}

static bool covered_locked(uint64_t lo, uint64_t hi, uint32_t need)
{
    uint64_t at = lo;
    for (size_t i = first_ending_after(lo); at < hi; i++) {
        if (i == n || tab[i].lo > at || (tab[i].prot & need) != need)
            return false;
        at = tab[i].hi;
    }
    return true;
}

bool vma_protect(uint64_t lo, uint64_t hi, uint32_t prot)
{
    pthread_rwlock_wrlock(&lock);
    bool ok = covered_locked(lo, hi, 0);
    if (ok && lo < hi) {
        split_at(lo);
        split_at(hi);
        size_t i = first_ending_after(lo);
        for (size_t j = i; j < n && tab[j].lo < hi; j++)
            tab[j].prot = prot;
        /* Merge from the right so indices below stay valid. */
        size_t last = first_ending_after(hi - 1);
        for (size_t j = last + 1; j-- > i;)
            merge_around(j < n ? j : n - 1);
        vma_generation++;
    }
    pthread_rwlock_unlock(&lock);
    return ok;
}

bool vma_find(uint64_t addr, struct vma *out)
{
    pthread_rwlock_rdlock(&lock);
    size_t i = first_ending_after(addr);
    bool found = i < n && tab[i].lo <= addr;
    if (found)
        *out = tab[i];
    pthread_rwlock_unlock(&lock);
    return found;
}

bool vma_check(uint64_t lo, uint64_t hi, uint32_t need)
{
    if (hi < lo)
        return false;
    pthread_rwlock_rdlock(&lock);
    bool ok = covered_locked(lo, hi, need);
    pthread_rwlock_unlock(&lock);
    return ok;
}

size_t vma_gaps(uint64_t lo, uint64_t hi, uint64_t *out, size_t max)
{
    size_t count = 0;
    pthread_rwlock_rdlock(&lock);
    uint64_t at = lo;
    for (size_t i = first_ending_after(lo); at < hi; i++) {
        uint64_t next = i < n && tab[i].lo < hi ? tab[i].lo : hi;
        if (next > at) {
            if (count < max) {
                out[2 * count] = at;
                out[2 * count + 1] = next;
            }
            count++;
        }
        if (i >= n || tab[i].lo >= hi)
            break;
        at = tab[i].hi;
    }
    pthread_rwlock_unlock(&lock);
    return count;
}

struct vma *vma_snapshot(size_t *count)
{
    pthread_rwlock_rdlock(&lock);
    struct vma *copy = malloc((n ? n : 1) * sizeof *copy);
    *count = copy ? n : 0;
    if (copy)
        memcpy(copy, tab, n * sizeof *copy);
    pthread_rwlock_unlock(&lock);
    return copy;
}

/* Interned names: a short list, since a process maps few distinct files. */
struct name_node {
    struct name_node *next;
    char s[];
};
static struct name_node *names;
static pthread_mutex_t names_lock = PTHREAD_MUTEX_INITIALIZER;

const char *vma_intern(const char *name)
{
    if (!name)
        return NULL;
    pthread_mutex_lock(&names_lock);
    struct name_node *p;
    for (p = names; p; p = p->next)
        if (!strcmp(p->s, name))
            break;
    if (!p) {
        size_t len = strlen(name) + 1;
        p = malloc(sizeof *p + len);
        if (!p)
            ferry_fatal(70, "out of memory for the guest mapping table");
        memcpy(p->s, name, len);
        p->next = names;
        names = p;
    }
    pthread_mutex_unlock(&names_lock);
    return p->s;
}

void vma_fork_lock(void)
{
    pthread_rwlock_wrlock(&lock);
    pthread_mutex_lock(&names_lock);
}

void vma_fork_unlock(bool child)
{
    pthread_mutex_unlock(&names_lock);
    if (child) /* glibc's rwlock remembers its writer's tid, the parent's */
        pthread_rwlock_init(&lock, NULL);
    else
        pthread_rwlock_unlock(&lock);
}
