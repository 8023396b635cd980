/* The host kernel's view of ferry's memory, read back for the guest's.
 *
 * Guest addresses are host addresses, so the host's /proc/self/smaps
 * already measures every guest page: what is resident, dirty, shared,
 * swapped.  It measures ferry's own mappings too, and cuts the address
 * space differently: the host may merge a guest mapping with a
 * neighbouring one of ferry's, or split one where ferry's protections
 * differ from the guest's.  So the numbers are taken per host entry and
 * carried over to guest ranges: an entry wholly inside the range counts
 * whole; one that sticks out counts with its resident and swapped pages
 * in the range measured exactly (/proc/self/pagemap) and its other
 * numbers scaled by the resident share (docs/procfs.md). */
#include "syscall-xlat/procfs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PAGE 4096ULL
#define KB_PER_PAGE (PAGE / 1024)
/* smaps has about 25 fields per entry; more than this are not kept. */
#define MAX_FIELDS 64

/* The whole of a /proc file: they have no size to ask for in advance. */
static char *slurp(const char *path, int *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *err = -errno;
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (len + 1 >= cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + len, cap - 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    close(fd);
    if (!buf) {
        *err = -ENOMEM;
        return NULL;
    }
    buf[len] = '\0';
    return buf;
}

/* "lo-hi perms offset maj:min ino   name" */
static bool parse_header(char *line, struct host_map *m)
{
    char perms[8];
    int used = 0;
    unsigned long long lo, hi, off, ino;
    if (sscanf(line, "%llx-%llx %7s %llx %x:%x %llu%n", &lo, &hi, perms, &off, &m->dev_major,
               &m->dev_minor, &ino, &used) != 7)
        return false;
    m->lo = lo;
    m->hi = hi;
    m->offset = off;
    m->ino = ino;
    char *name = line + used;
    while (*name == ' ')
        name++;
    m->name = name;
    m->vmflags = "";
    m->values = NULL;
    return true;
}

/* "Rss:            1234 kB": label, layout and value.  The kernel pads
 * labels to 16 columns and right-aligns values in what is left of the
 * line's width (24 columns today); a value too wide pushes the line. */
static bool parse_field(const char *line, struct smaps_field *f, uint64_t *value)
{
    const char *colon = strchr(line, ':');
    if (!colon || (size_t)(colon - line + 1) >= sizeof f->label)
        return false;
    const char *p = colon + 1;
    while (*p == ' ')
        p++;
    if (*p < '0' || *p > '9')
        return false;
    char *end;
    *value = strtoull(p, &end, 10);
    size_t label_len = (size_t)(colon - line + 1);
    memcpy(f->label, line, label_len);
    f->label[label_len] = '\0';
    int total = (int)(end - line);
    f->pad_to = label_len + 1 > 16 ? (int)label_len + 1 : 16;
    f->width = total - f->pad_to > 0 ? total - f->pad_to : 1;
    f->kb = !strcmp(end, " kB");
    return true;
}

int host_field_index(const struct host_maps *hm, const char *label)
{
    for (size_t i = 0; i < hm->nfields; i++)
        if (!strcmp(hm->fields[i].label, label))
            return (int)i;
    return -1;
}

/* A field line of a later entry: where the first entry had it, usually. */
static int field_slot(struct host_maps *hm, const struct smaps_field *f, size_t guess)
{
    if (guess < hm->nfields && !strcmp(hm->fields[guess].label, f->label))
        return (int)guess;
    return host_field_index(hm, f->label);
}

static int parse(struct host_maps *hm, bool with_usage)
{
    size_t lines = 1;
    for (const char *c = hm->text; *c; c++)
        lines += *c == '\n';
    hm->v = calloc(lines, sizeof *hm->v);
    hm->fields = calloc(MAX_FIELDS, sizeof *hm->fields);
    if (!hm->v || !hm->fields)
        return -ENOMEM;

    struct host_map *cur = NULL;
    size_t field_no = 0;
    bool first_entry_done = false;
    for (char *save = NULL, *line = strtok_r(hm->text, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        bool header = (*line >= '0' && *line <= '9') || (*line >= 'a' && *line <= 'f');
        if (header) {
            if (cur)
                first_entry_done = true;
            cur = &hm->v[hm->n];
            if (!parse_header(line, cur)) {
                cur = NULL;
                continue;
            }
            hm->n++;
            field_no = 0;
            if (with_usage && !(cur->values = calloc(MAX_FIELDS, sizeof *cur->values)))
                return -ENOMEM;
            continue;
        }
        if (!cur || !with_usage)
            continue;
        if (!strncmp(line, "VmFlags:", 8)) {
            cur->vmflags = line + 8 + (line[8] == ' ');
            continue;
        }
        struct smaps_field f;
        uint64_t value;
        if (!parse_field(line, &f, &value))
            continue;
        int slot = field_slot(hm, &f, field_no);
        if (slot < 0 && !first_entry_done && hm->nfields < MAX_FIELDS) {
            hm->fields[hm->nfields] = f;
            slot = (int)hm->nfields++;
        }
        if (slot >= 0)
            cur->values[slot] = value;
        field_no++;
    }
    return 0;
}

void host_maps_free(struct host_maps *hm)
{
    for (size_t i = 0; i < hm->n; i++)
        free(hm->v[i].values);
    free(hm->v);
    free(hm->fields);
    free(hm->text);
    memset(hm, 0, sizeof *hm);
}

static int read_file(struct host_maps *hm, const char *path, bool with_usage)
{
    memset(hm, 0, sizeof *hm);
    int err = 0;
    hm->text = slurp(path, &err);
    if (!hm->text)
        return err;
    err = parse(hm, with_usage);
    if (err)
        host_maps_free(hm);
    return err;
}

int host_maps_read(struct host_maps *hm, bool with_usage)
{
    return read_file(hm, with_usage ? "/proc/self/smaps" : "/proc/self/maps", with_usage);
}

int host_rollup_fields_read(struct host_maps *hm)
{
    return read_file(hm, "/proc/self/smaps_rollup", true);
}

/* Index of the first entry ending after addr (entries are sorted). */
static size_t first_ending_after(const struct host_maps *hm, uint64_t addr)
{
    size_t lo = 0, hi = hm->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (hm->v[mid].hi > addr)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

const struct host_map *host_maps_at(const struct host_maps *hm, uint64_t addr)
{
    size_t i = first_ending_after(hm, addr);
    return i < hm->n && hm->v[i].lo <= addr ? &hm->v[i] : NULL;
}

struct residency {
    uint64_t present, swapped; /* pages */
};

/* Resident and swapped pages of [lo, hi), from the page table entries the
 * host reports in /proc/self/pagemap (bit 63 present, 62 swapped).  Without
 * pagemap, the entry's resident and swapped pages are shared out by size. */
static struct residency measure(uint64_t lo, uint64_t hi, const struct host_map *whole,
                                uint64_t whole_rss_kb, uint64_t whole_swap_kb)
{
    struct residency r = { 0, 0 };
    int fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        uint64_t entries[512];
        uint64_t page = lo / PAGE, end = hi / PAGE;
        bool ok = true;
        while (page < end && ok) {
            size_t n = end - page < 512 ? (size_t)(end - page) : 512;
            ssize_t got = pread(fd, entries, n * 8, (off_t)(page * 8));
            ok = got == (ssize_t)(n * 8);
            for (size_t i = 0; ok && i < n; i++) {
                r.present += entries[i] >> 63 & 1;
                r.swapped += entries[i] >> 62 & 1;
            }
            page += n;
        }
        close(fd);
        if (ok)
            return r;
        r.present = r.swapped = 0;
    }
    uint64_t pages = (hi - lo) / PAGE, whole_pages = (whole->hi - whole->lo) / PAGE;
    r.present = whole_rss_kb / KB_PER_PAGE * pages / whole_pages;
    r.swapped = whole_swap_kb / KB_PER_PAGE * pages / whole_pages;
    return r;
}

/* v * part / whole, for part <= whole; 0 for an empty whole. */
static uint64_t share(uint64_t v, uint64_t part, uint64_t whole)
{
    if (!whole)
        return 0;
    if (part >= whole)
        return v;
    return (uint64_t)((unsigned __int128)v * part / whole);
}

void host_range_usage(const struct host_maps *hm, uint64_t lo, uint64_t hi, uint64_t *values)
{
    memset(values, 0, hm->nfields * sizeof *values);
    int size = host_field_index(hm, "Size:"), rss = host_field_index(hm, "Rss:");
    int swap = host_field_index(hm, "Swap:"), swap_pss = host_field_index(hm, "SwapPss:");
    int kpage = host_field_index(hm, "KernelPageSize:");
    int mmupage = host_field_index(hm, "MMUPageSize:");
    const struct host_map *first = NULL;

    for (size_t i = first_ending_after(hm, lo); i < hm->n && hm->v[i].lo < hi; i++) {
        const struct host_map *h = &hm->v[i];
        if (!first)
            first = h;
        uint64_t a = h->lo > lo ? h->lo : lo, b = h->hi < hi ? h->hi : hi;
        bool whole = a == h->lo && b == h->hi;
        uint64_t h_rss = rss >= 0 ? h->values[rss] : 0, h_swap = swap >= 0 ? h->values[swap] : 0;
        struct residency part = { 0, 0 };
        if (!whole)
            part = measure(a, b, h, h_rss, h_swap);
        for (size_t f = 0; f < hm->nfields; f++) {
            if (!hm->fields[f].kb || (int)f == size || (int)f == kpage || (int)f == mmupage)
                continue; /* not additive; set below */
            if (whole)
                values[f] += h->values[f];
            else if ((int)f == rss)
                values[f] += part.present * KB_PER_PAGE;
            else if ((int)f == swap)
                values[f] += part.swapped * KB_PER_PAGE;
            else if ((int)f == swap_pss)
                values[f] += share(h->values[f], part.swapped * KB_PER_PAGE, h_swap);
            else
                values[f] += share(h->values[f], part.present * KB_PER_PAGE, h_rss);
        }
    }
    if (size >= 0)
        values[size] = (hi - lo) / 1024;
    /* Page sizes and flags-like numbers (THPeligible, ProtectionKey) are
     * the mapping's, not sums: the first host entry's. */
    for (size_t f = 0; f < hm->nfields; f++) {
        if ((int)f == kpage || (int)f == mmupage)
            values[f] = first ? first->values[f] : PAGE / 1024;
        else if (!hm->fields[f].kb)
            values[f] = first ? first->values[f] : 0;
    }
}
