/* mt: the same integer work split over N threads (pthreads).
 *
 *   mt [SCALE [THREADS]]     SCALE 0 or absent: the default; THREADS default 1
 *
 * The work is CHUNKS chunks; threads claim them one at a time from a shared
 * atomic counter, so the load stays balanced whatever N.  Each chunk fills
 * its own thread's buffer from a per-chunk PRNG and makes hashing passes
 * over it (multiplies, shifts, a serial FNV chain, a byte histogram).  A
 * little sharing on top: a relaxed atomic counter bumped every 4096 words by
 * every thread (contended cache line), a mutex-protected sum per chunk, and a
 * barrier between two phases, the second of which reads results other
 * threads wrote.  Results are stored per chunk and combined in chunk order,
 * so the printed checksum does not depend on N or on scheduling.  With
 * THREADS=1 no thread is created: the main thread does all the work. */
#include <pthread.h>
#include <stdatomic.h>

#include "bench.h"

#define CHUNKS 64
#define WORDS (1u << 14) /* 64 KiB of uint32_t per thread: stays in L2 */

static long passes;
static int nthreads;
static atomic_uint next_chunk, next_chunk2;
static atomic_ulong shared_ticks;
static pthread_mutex_t sum_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t locked_sum;
static pthread_barrier_t phase;
static uint64_t results[CHUNKS], results2[CHUNKS];

static uint64_t chunk_work(unsigned c, uint32_t *buf)
{
    uint32_t s = 0x9e3779b9u * (c + 1);
    for (uint32_t i = 0; i < WORDS; i++) {
        s = s * 1664525u + 1013904223u;
        buf[i] = s;
    }
    uint64_t h = 0xcbf29ce484222325ULL;
    uint32_t hist[256];
    for (long p = 0; p < passes; p++) {
        memset(hist, 0, sizeof hist);
        for (uint32_t i = 0; i < WORDS; i++) {
            uint32_t x = buf[i] ^ (buf[(i + 1) & (WORDS - 1)] >> 3);
            x *= 0x85ebca6bu;
            x ^= x >> 13;
            x += (uint32_t)p;
            buf[i] = x;
            hist[x >> 24]++;
            h = (h ^ x) * 0x100000001b3ULL;
            if ((i & 4095) == 4095)
                atomic_fetch_add_explicit(&shared_ticks, 1, memory_order_relaxed);
        }
        for (int b = 0; b < 256; b++)
            h = mix64(h, hist[b]);
    }
    pthread_mutex_lock(&sum_lock);
    locked_sum += h >> 8;
    pthread_mutex_unlock(&sum_lock);
    return h;
}

static void *worker(void *arg)
{
    uint32_t *buf = arg;
    unsigned c;
    while ((c = atomic_fetch_add(&next_chunk, 1)) < CHUNKS)
        results[c] = chunk_work(c, buf);
    /* Phase 2 reads results that other threads wrote in phase 1. */
    pthread_barrier_wait(&phase);
    while ((c = atomic_fetch_add(&next_chunk2, 1)) < CHUNKS)
        results2[c] = mix64(results[c], results[(c + 1) % CHUNKS] ^ results[(c + 17) % CHUNKS]);
    return NULL;
}

int main(int argc, char **argv)
{
    passes = 3 * bench_arg(argc, argv, 40);
    nthreads = argc > 2 ? atoi(argv[2]) : 1;
    if (nthreads < 1 || nthreads > 256) {
        fprintf(stderr, "mt: THREADS must be 1..256\n");
        return 2;
    }
    pthread_barrier_init(&phase, NULL, (unsigned)nthreads);
    pthread_t tid[256];
    uint32_t *bufs[256];
    for (int t = 0; t < nthreads; t++) {
        bufs[t] = aligned_alloc(64, WORDS * sizeof(uint32_t));
        if (!bufs[t]) {
            perror("mt: aligned_alloc");
            return 1;
        }
    }
    for (int t = 1; t < nthreads; t++) {
        int e = pthread_create(&tid[t], NULL, worker, bufs[t]);
        if (e != 0) {
            fprintf(stderr, "mt: pthread_create: %s\n", strerror(e));
            return 1;
        }
    }
    worker(bufs[0]);
    for (int t = 1; t < nthreads; t++)
        pthread_join(tid[t], NULL);

    uint64_t sum = 0;
    for (int c = 0; c < CHUNKS; c++)
        sum = mix64(sum, results2[c]);
    sum = mix64(sum, locked_sum);
    sum = mix64(sum, atomic_load(&shared_ticks));
    bench_result("mt", sum);
    for (int t = 0; t < nthreads; t++)
        free(bufs[t]);
    return 0;
}
