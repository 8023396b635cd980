/* mmap-gaps.c - munmap, MAP_FIXED and mprotect aimed at the holes between
 * the program's own mappings.  On a real kernel nothing is mapped there;
 * under an emulator its own code, heap and libraries may be, and the guest
 * must neither reach nor break them (mm/guest_mm.h: ferry makes its pages
 * look absent to the guest).  Man-page semantics, which hold either way:
 *   - munmap of a range with nothing (of the program's) mapped succeeds;
 *   - a MAP_FIXED mapping either succeeds, and is then ordinary memory, or
 *     fails; ENOMEM is the failure the kernel gives outside the usable
 *     address space (and ferry over its own pages);
 *   - mprotect of unmapped pages fails with ENOMEM.
 * The holes come from /proc/self/maps, which must list only the program's
 * own mappings (as on a real kernel).  Only addresses from those holes are
 * touched, never below 64 KiB (mmap_min_addr) or from 2^47 - 4 KiB up (the
 * top of x86-64 user space), nor within 16 MiB below [stack] (where the
 * stack grows).  Nothing is allocated while the holes are in use: output
 * is buffered in a static buffer and printed at the end.
 * Oracle: the native x86-64 build (a real kernel).
 * ferry-test: qemu-differs (qemu 7.2 lists only guest mappings too, but
 * its munmap and MAP_FIXED reach its own memory in the holes: it dies of
 * SIGSEGV) */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define LOW 0x10000UL
#define HIGH 0x7ffffffff000UL
#define STACK_ROOM (16UL << 20)
#define MAX_MAPS 4096
/* A bound on MAP_FIXED calls (ferry refuses thousands: the halving below
 * walks down to every one of its mappings); reaching it changes nothing
 * printed. */
#define MAX_OPS 100000
#define MIN_PIECE (1UL << 20)

struct range {
    uintptr_t lo, hi;
    char perms[5];
    int stack;
};

static char text[1 << 20];
static struct range maps[MAX_MAPS], maps_after[MAX_MAPS], gaps[MAX_MAPS];
static int nmaps, nmaps_after, ngaps;
static char outbuf[1 << 16];

/* Counters of what happened. */
static long munmap_ok, munmap_bad, fixed_ok, fixed_enomem, fixed_bad, write_bad, unmap_bad,
    protect_enomem, protect_bad, ops;
static int first_bad_errno;

static int read_maps(struct range *out, int *n)
{
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    size_t len = 0;
    ssize_t r;
    while (len < sizeof text - 1 && (r = read(fd, text + len, sizeof text - 1 - len)) > 0)
        len += (size_t)r;
    close(fd);
    text[len] = '\0';
    *n = 0;
    for (char *line = text; *line && *n < MAX_MAPS;) {
        char *end = strchr(line, '\n');
        if (end)
            *end = '\0';
        unsigned long lo, hi;
        char perms[5] = "";
        if (sscanf(line, "%lx-%lx %4s", &lo, &hi, perms) == 3) {
            struct range *m = &out[(*n)++];
            m->lo = lo;
            m->hi = hi;
            memcpy(m->perms, perms, sizeof m->perms);
            m->stack = strstr(line, "[stack]") != NULL;
        }
        if (!end)
            break;
        line = end + 1;
    }
    return *n > 0;
}

static void add_gap(uintptr_t lo, uintptr_t hi)
{
    if (lo < LOW)
        lo = LOW;
    if (hi > HIGH)
        hi = HIGH;
    if (lo < hi && ngaps < MAX_MAPS) {
        gaps[ngaps].lo = lo;
        gaps[ngaps].hi = hi;
        ngaps++;
    }
}

static void note_bad(int e)
{
    if (!first_bad_errno)
        first_bad_errno = e;
}

/* MAP_FIXED over [lo, hi): on ENOMEM, try the halves, down to MIN_PIECE. */
static void map_piece(uintptr_t lo, uintptr_t hi)
{
    if (++ops > MAX_OPS)
        return;
    size_t len = hi - lo;
    void *p = mmap((void *)lo, len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        if (errno != ENOMEM) {
            fixed_bad++;
            note_bad(errno);
            return;
        }
        fixed_enomem++;
        if (len > MIN_PIECE) {
            uintptr_t mid = lo + (len / 2 & ~(uintptr_t)0xfff);
            map_piece(lo, mid);
            map_piece(mid, hi);
        }
        return;
    }
    if ((uintptr_t)p != lo) {
        fixed_bad++;
        return;
    }
    fixed_ok++;
    volatile unsigned char *first = p, *last = (unsigned char *)p + len - 4096;
    if (*first != 0 || *last != 0)
        write_bad++;
    *first = 0x5a;
    if (*first != 0x5a)
        write_bad++;
    *last = 0xa5; /* the same byte when the piece is one page */
    if (*last != 0xa5 || (len > 4096 && *first != 0x5a))
        write_bad++;
    if (munmap(p, len) != 0) {
        unmap_bad++;
        note_bad(errno);
    }
}

static unsigned char own_data[8192];

int main(void)
{
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    for (size_t i = 0; i < sizeof own_data; i++)
        own_data[i] = (unsigned char)(i * 7);
    char *heap = malloc(100000);
    memset(heap, 0x3c, 100000);

    int maps_ok = read_maps(maps, &nmaps);
    uintptr_t prev = 0;
    for (int i = 0; i < nmaps; i++) {
        uintptr_t hi = maps[i].lo;
        if (maps[i].stack)
            hi = hi > STACK_ROOM ? hi - STACK_ROOM : 0;
        if (hi > prev)
            add_gap(prev, hi);
        if (maps[i].hi > prev)
            prev = maps[i].hi;
    }
    add_gap(prev, HIGH);

    for (int i = 0; i < ngaps; i++) {
        if (munmap((void *)gaps[i].lo, gaps[i].hi - gaps[i].lo) == 0) {
            munmap_ok++;
        } else {
            munmap_bad++;
            note_bad(errno);
        }
    }
    for (int i = 0; i < ngaps; i++) {
        /* Up to 16 pieces a gap, page aligned. */
        uintptr_t lo = gaps[i].lo, len = gaps[i].hi - gaps[i].lo;
        uintptr_t step = (len / 16 + 0xfff) & ~(uintptr_t)0xfff;
        if (step < 0x10000)
            step = 0x10000;
        for (uintptr_t a = lo; a < gaps[i].hi; a += step)
            map_piece(a, a + step < gaps[i].hi ? a + step : gaps[i].hi);
    }
    for (int i = 0; i < ngaps; i++) {
        uintptr_t lo = gaps[i].lo, hi = gaps[i].hi;
        uintptr_t tries[3][2] = { { lo, hi }, { lo, lo + 4096 }, { hi - 4096, hi } };
        for (int t = 0; t < 3; t++) {
            if (mprotect((void *)tries[t][0], tries[t][1] - tries[t][0], PROT_READ) == 0) {
                protect_bad++;
            } else if (errno == ENOMEM) {
                protect_enomem++;
            } else {
                protect_bad++;
                note_bad(errno);
            }
        }
    }

    int after_ok = read_maps(maps_after, &nmaps_after);
    int same = after_ok && nmaps_after == nmaps;
    for (int i = 0; same && i < nmaps; i++)
        same = maps[i].lo == maps_after[i].lo && maps[i].hi == maps_after[i].hi &&
               strcmp(maps[i].perms, maps_after[i].perms) == 0;
    int data_ok = 1;
    for (size_t i = 0; i < sizeof own_data; i++)
        data_ok &= own_data[i] == (unsigned char)(i * 7);
    for (size_t i = 0; i < 100000; i++)
        data_ok &= heap[i] == 0x3c;
    free(heap);

    printf("own mappings read from /proc/self/maps: %s\n", maps_ok ? "yes" : "no");
    printf("holes between them: %s\n", ngaps > 0 ? "yes" : "no");
    printf("munmap of every hole returned 0: %s\n",
           munmap_bad == 0 && munmap_ok == ngaps ? "yes" : "no");
    printf("MAP_FIXED pieces: each mapped or failed with ENOMEM: %s\n",
           fixed_bad == 0 ? "yes" : "no");
    printf("some pieces mapped: %s\n", fixed_ok > 0 ? "yes" : "no");
    printf("mapped pieces were zeroed and writable: %s\n", write_bad == 0 ? "yes" : "no");
    printf("mapped pieces unmapped again: %s\n", unmap_bad == 0 ? "yes" : "no");
    printf("mprotect of the holes failed with ENOMEM: %s\n",
           protect_bad == 0 && protect_enomem == 3L * ngaps ? "yes" : "no");
    printf("own mappings unchanged: %s\n", same ? "yes" : "no");
    printf("own data intact: %s\n", data_ok ? "yes" : "no");
    if (first_bad_errno)
        printf("first unexpected errno: %s\n", strerrorname_np(first_bad_errno));
    printf("survived: yes\n");
    return 0;
}
