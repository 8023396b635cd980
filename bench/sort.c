/* sort: own quicksort (median-of-three, insertion sort for small ranges)
 * and own top-down mergesort over LCG-generated uint32 arrays.
 * Integer; data-dependent branches, recursion, memory traffic. */
#include "bench.h"

#define N 400000

static uint32_t a[N], b[N], tmp[N];

static void insertion(uint32_t *v, long n)
{
    for (long i = 1; i < n; i++) {
        uint32_t x = v[i];
        long j = i - 1;
        while (j >= 0 && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static void quicksort(uint32_t *v, long n)
{
    while (n > 16) {
        long m = n / 2;
        /* median of three into v[m] */
        if (v[0] > v[m]) { uint32_t t = v[0]; v[0] = v[m]; v[m] = t; }
        if (v[m] > v[n - 1]) { uint32_t t = v[m]; v[m] = v[n - 1]; v[n - 1] = t; }
        if (v[0] > v[m]) { uint32_t t = v[0]; v[0] = v[m]; v[m] = t; }
        uint32_t pivot = v[m];
        long i = 0, j = n - 1;
        for (;;) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i >= j) break;
            uint32_t t = v[i]; v[i] = v[j]; v[j] = t;
            i++; j--;
        }
        /* recurse on the smaller part, loop on the larger */
        long left = j + 1;
        if (left < n - left) {
            quicksort(v, left);
            v += left; n -= left;
        } else {
            quicksort(v + left, n - left);
            n = left;
        }
    }
    insertion(v, n);
}

static void mergesort_rec(uint32_t *v, uint32_t *t, long n)
{
    if (n <= 16) {
        insertion(v, n);
        return;
    }
    long m = n / 2;
    mergesort_rec(v, t, m);
    mergesort_rec(v + m, t, n - m);
    long i = 0, j = m, k = 0;
    while (i < m && j < n)
        t[k++] = v[j] < v[i] ? v[j++] : v[i++];
    while (i < m) t[k++] = v[i++];
    while (j < n) t[k++] = v[j++];
    memcpy(v, t, n * sizeof *v);
}

int main(int argc, char **argv)
{
    long reps = bench_arg(argc, argv, 5);
    uint64_t sum = 0;
    for (long r = 0; r < reps; r++) {
        lcg_seed(r + 1);
        /* Alternate fully random and few-distinct-values inputs. */
        uint32_t mask = (r & 1) ? 0xffffu : 0xffffffffu;
        for (long i = 0; i < N; i++)
            a[i] = b[i] = lcg32() & mask;
        quicksort(a, N);
        mergesort_rec(b, tmp, N);
        for (long i = 0; i < N; i++) {
            if (a[i] != b[i] || (i && a[i - 1] > a[i])) {
                printf("sort: mismatch at %ld\n", i);
                return 1;
            }
        }
        for (long i = 0; i < N; i += 97)
            sum = mix64(sum, a[i]);
    }
    bench_result("sort", sum);
    return 0;
}
