/* sortsearch.c - qsort and bsearch on ints, doubles, strings and
 * structs (stable order checked via a tie-breaking key), plus lsearch
 * and a hand-written merge sort compared with qsort. */
#define _GNU_SOURCE
#include <search.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t seed = 2463534242u;
static uint32_t xorshift(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    return seed;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

struct rec { int key; int seq; char name[12]; };
static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->key != y->key) return (x->key > y->key) - (x->key < y->key);
    return (x->seq > y->seq) - (x->seq < y->seq);
}

static uint64_t hash_ints(const int *v, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint32_t)v[i]) * 1099511628211ull;
    return h;
}

static void merge_sort(int *v, int *tmp, size_t n)
{
    if (n < 2) return;
    size_t m = n / 2;
    merge_sort(v, tmp, m);
    merge_sort(v + m, tmp, n - m);
    size_t i = 0, j = m, k = 0;
    while (i < m && j < n) tmp[k++] = v[i] <= v[j] ? v[i++] : v[j++];
    while (i < m) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

int main(void)
{
    static const size_t sizes[] = { 0, 1, 2, 3, 7, 16, 100, 1000, 100000 };
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        int *v = malloc((n + 1) * sizeof *v), *w = malloc((n + 1) * sizeof *w), *tmp = malloc((n + 1) * sizeof *tmp);
        for (size_t i = 0; i < n; i++) v[i] = (int)(xorshift() % (n * 2 + 1)) - (int)n;
        memcpy(w, v, n * sizeof *v);
        qsort(v, n, sizeof *v, cmp_int);
        merge_sort(w, tmp, n);
        int sorted = 1;
        for (size_t i = 1; i < n; i++) sorted &= v[i - 1] <= v[i];
        int found = 0, correct = 0;
        for (int probe = -(int)n - 1; n && probe <= (int)n + 1; probe += (int)(n / 50) + 1) {
            int *p = bsearch(&probe, v, n, sizeof *v, cmp_int);
            found += p != NULL;
            int present = 0;
            for (size_t i = 0; i < n; i++) present |= v[i] == probe;
            correct += (p != NULL) == present && (!p || *p == probe);
        }
        printf("n=%6zu sorted=%d same as merge sort=%d hash=%016llx bsearch found=%d correct=%d\n", n, sorted,
               memcmp(v, w, n * sizeof *v) == 0, (unsigned long long)hash_ints(v, n), found, correct);
        qsort(v, n, sizeof *v, cmp_int_desc);
        sorted = 1;
        for (size_t i = 1; i < n; i++) sorted &= v[i - 1] >= v[i];
        printf("        descending sorted=%d\n", sorted);
        free(v);
        free(w);
        free(tmp);
    }

    double d[2000];
    for (int i = 0; i < 2000; i++) d[i] = (double)(int32_t)xorshift() / 65536.0;
    qsort(d, 2000, sizeof d[0], cmp_double);
    int ok = 1;
    for (int i = 1; i < 2000; i++) ok &= d[i - 1] <= d[i];
    printf("doubles sorted=%d min=%.4f max=%.4f median=%.4f\n", ok, d[0], d[1999], d[1000]);

    static const char *words[] = { "pear", "apple", "fig", "banana", "kiwi", "cherry", "date", "grape",
                                   "lemon", "mango", "apricot", "Zebra", "zebra", "a", "", "apple" };
    enum { NW = sizeof words / sizeof words[0] };
    const char *ws[NW];
    memcpy(ws, words, sizeof words);
    qsort(ws, NW, sizeof ws[0], cmp_str);
    printf("words:");
    for (int i = 0; i < NW; i++) printf(" '%s'", ws[i]);
    printf("\n");
    const char *key = "kiwi";
    const char **hit = bsearch(&key, ws, NW, sizeof ws[0], cmp_str);
    printf("bsearch kiwi at %ld\n", hit ? (long)(hit - ws) : -1L);
    key = "plum";
    hit = bsearch(&key, ws, NW, sizeof ws[0], cmp_str);
    printf("bsearch plum: %s\n", hit ? "found" : "absent");

    struct rec *r = malloc(5000 * sizeof *r);
    for (int i = 0; i < 5000; i++) {
        r[i].key = (int)(xorshift() % 50);
        r[i].seq = i;
        snprintf(r[i].name, sizeof r[i].name, "r%d", i);
    }
    qsort(r, 5000, sizeof *r, cmp_rec);
    ok = 1;
    for (int i = 1; i < 5000; i++) ok &= cmp_rec(&r[i - 1], &r[i]) < 0;
    printf("records ordered by (key, seq): %d first=%s last=%s\n", ok, r[0].name, r[4999].name);
    free(r);

    int table[10] = { 5, 3, 9 };
    size_t tn = 3;
    int k1 = 7, k2 = 3;
    lsearch(&k1, table, &tn, sizeof table[0], cmp_int);
    int *f = lfind(&k2, table, &tn, sizeof table[0], cmp_int);
    printf("lsearch appended: n=%zu last=%d lfind(3) index=%ld\n", tn, table[tn - 1], f ? (long)(f - table) : -1L);
    return 0;
}
