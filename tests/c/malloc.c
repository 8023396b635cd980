/* malloc.c - a malloc-heavy workload: many sizes (tiny to mmap-sized),
 * realloc growth and shrink, calloc zeroing, frees in random order,
 * aligned allocations, and a linked structure built and torn down.
 * Contents are checked; addresses are only checked for alignment. */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t s = 88172645463325252ull;
static uint64_t rnd(void)
{
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
}

static size_t pick_size(void)
{
    uint64_t r = rnd();
    switch (r % 10) {
    case 0: return r >> 60;                      /* 0..15 */
    case 1: case 2: case 3: return 16 + (r >> 40) % 240;
    case 4: case 5: return 256 + (r >> 40) % 4000;
    case 6: return 4096 + (r >> 40) % 60000;
    case 7: return (r >> 40) % 64;
    case 8: return (r >> 30) % 8 ? 100 : 128 * 1024 + (r >> 40) % (512 * 1024);  /* mmapped */
    default: return 1 + (r >> 40) % 1024;
    }
}

struct slot { unsigned char *p; size_t n; unsigned char tag; };

/* Touch the ends of each block fully and the middle sparsely, so the
 * test stays quick under an emulator. */
static size_t next_index(size_t i, size_t n)
{
    return (i < 64 || i + 64 >= n) ? i + 1 : (i + 509 < n - 64 ? i + 509 : n - 64);
}
static int check(const struct slot *sl)
{
    for (size_t i = 0; i < sl->n; i = next_index(i, sl->n))
        if (sl->p[i] != (unsigned char)(sl->tag + i)) return 0;
    return 1;
}
static void fill(struct slot *sl)
{
    for (size_t i = 0; i < sl->n; i = next_index(i, sl->n)) sl->p[i] = (unsigned char)(sl->tag + i);
}

struct node { struct node *next; int value; char pad[20]; };

int main(void)
{
    enum { NSLOTS = 2000, ROUNDS = 40000 };
    static struct slot sl[NSLOTS];
    long allocs = 0, frees = 0, reallocs = 0, bad = 0, misaligned = 0;
    for (int r = 0; r < ROUNDS; r++) {
        struct slot *x = &sl[rnd() % NSLOTS];
        int op = (int)(rnd() % 4);
        if (x->p && !check(x)) bad++;
        if (!x->p || op == 0) {
            free(x->p);
            if (x->p) frees++;
            x->n = pick_size();
            x->tag = (unsigned char)rnd();
            x->p = (op == 0 && (rnd() & 1)) ? calloc(1, x->n ? x->n : 1) : malloc(x->n ? x->n : 1);
            allocs++;
            if ((uintptr_t)x->p % 16) misaligned++;
            fill(x);
        } else if (op == 1) {
            size_t nn = pick_size();
            unsigned char *np = realloc(x->p, nn ? nn : 1);
            reallocs++;
            size_t keep = nn < x->n ? nn : x->n;
            for (size_t i = 0; i < keep; i = next_index(i, x->n))
                if (np[i] != (unsigned char)(x->tag + i)) { bad++; break; }
            x->p = np;
            x->n = nn;
            fill(x);
        } else if (op == 2) {
            free(x->p);
            frees++;
            x->p = NULL;
            x->n = 0;
        }
    }
    for (int i = 0; i < NSLOTS; i++) {
        if (sl[i].p && !check(&sl[i])) bad++;
        free(sl[i].p);
    }
    printf("allocs=%ld frees=%ld reallocs=%ld corrupt=%ld misaligned=%ld\n", allocs, frees, reallocs, bad, misaligned);

    /* calloc really zeroes, also after reuse of dirty memory. */
    int nonzero = 0;
    for (int round = 0; round < 50; round++) {
        size_t n = 1000 + round * 3000;
        unsigned char *d = malloc(n);
        memset(d, 0xff, n);
        free(d);
        unsigned char *c = calloc(n, 1);
        for (size_t i = 0; i < n; i++) nonzero += c[i] != 0;
        free(c);
    }
    printf("calloc nonzero bytes: %d\n", nonzero);
    volatile size_t huge = (size_t)1 << 62;
    void *ov = calloc(huge, 8);
    printf("calloc overflow returns NULL: %s\n", ov == NULL ? "yes" : "no");

    /* Aligned allocations. */
    int align_ok = 1;
    for (size_t al = 16; al <= 65536; al <<= 1) {
        void *p = NULL;
        int r = posix_memalign(&p, al, 100 + al / 3);
        align_ok &= r == 0 && ((uintptr_t)p % al) == 0;
        memset(p, 1, 100 + al / 3);
        free(p);
        p = aligned_alloc(al, al * 2);
        align_ok &= p && ((uintptr_t)p % al) == 0;
        free(p);
        p = memalign(al, 10);
        align_ok &= p && ((uintptr_t)p % al) == 0;
        free(p);
    }
    printf("aligned allocations ok: %s\n", align_ok ? "yes" : "no");
    void *pa = NULL;
    printf("posix_memalign bad alignment: %s\n", posix_memalign(&pa, 24, 8) != 0 ? "error" : "accepted");
    void *u = malloc(100);
    printf("malloc_usable_size >= 100: %s\n", malloc_usable_size(u) >= 100 ? "yes" : "no");
    free(u);

    /* A big block grown with realloc step by step. */
    size_t n = 16;
    unsigned *big = malloc(n * sizeof *big);
    for (size_t i = 0; i < n; i++) big[i] = (unsigned)i * 2654435761u;
    while (n < (1u << 22)) {
        size_t nn = n * 2;
        big = realloc(big, nn * sizeof *big);
        for (size_t i = n; i < nn; i++) big[i] = (unsigned)i * 2654435761u;
        n = nn;
    }
    int big_ok = 1;
    for (size_t i = 0; i < n; i++) big_ok &= big[i] == (unsigned)i * 2654435761u;
    printf("realloc to %zu MiB intact: %s\n", n * sizeof *big >> 20, big_ok ? "yes" : "no");
    big = realloc(big, 10 * sizeof *big);
    printf("shrunk, first 10 intact: %s\n", big[9] == 9u * 2654435761u ? "yes" : "no");
    free(big);

    /* Linked list: build, reverse, sum, free. */
    struct node *head = NULL;
    for (int i = 0; i < 200000; i++) {
        struct node *nd = malloc(sizeof *nd);
        nd->value = i % 1000;
        nd->next = head;
        head = nd;
    }
    struct node *rev = NULL;
    while (head) { struct node *nx = head->next; head->next = rev; rev = head; head = nx; }
    long sum = 0;
    int first = rev->value;
    while (rev) { struct node *nx = rev->next; sum += rev->value; free(rev); rev = nx; }
    printf("list: first=%d sum=%ld\n", first, sum);

    /* strdup/asprintf allocate too. */
    char *a = NULL;
    int len = asprintf(&a, "%s-%d-%.2f", "asprintf", 42, 2.5);
    printf("asprintf: %d <%s>\n", len, a);
    free(a);
    free(NULL);
    printf("free(NULL) ok\n");
    return 0;
}
