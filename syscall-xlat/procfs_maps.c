/* /proc/self/maps, smaps and smaps_rollup as the guest sees them: one line
 * per entry of the guest VMA table (mm/vma.h), in the format of the
 * kernel's show_map_vma (fs/proc/task_mmu.c), and nothing of ferry's own
 * memory.  smaps numbers come from the host's smaps (procfs_host.c). */
#include "syscall-xlat/procfs.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysmacros.h>

#include "common/sysroot.h"

/* The kernel pads the header to this column before a name
 * (seq_setwidth(m, 25 + sizeof(void *) * 6 - 1)), for 64-bit pointers. */
#define NAME_COLUMN 72

struct map_line {
    char perms[5];
    uint64_t offset;
    unsigned major, minor;
    uint64_t ino;
    char name[PATH_MAX + 32]; /* escaped as the kernel escapes it; "" if none */
};

bool procfs_vma_is_shmem(const struct vma *v)
{
    return (v->kind == VMA_ANON && (v->flags & VMA_SHARED)) || v->kind == VMA_SHM ||
           (v->kind == VMA_FILE && v->name && !strncmp(v->name, "/memfd:", 7));
}

/* seq_file_path(m, file, "\n"): a newline in a file name becomes \012 so
 * that every mapping stays on one line. */
static void escape_name(char *out, size_t cap, const char *name)
{
    size_t o = 0;
    for (const char *c = name; *c && o + 5 < cap; c++) {
        if (*c == '\n') {
            memcpy(out + o, "\\012", 4);
            o += 4;
        } else {
            out[o++] = *c;
        }
    }
    out[o] = '\0';
}

static bool starts_with(const char *s, const char *prefix)
{
    return !strncmp(s, prefix, strlen(prefix));
}

/* Shared anonymous memory and System V segments are shmem files the
 * kernel names "/dev/zero (deleted)" and "/SYSV<key> (deleted)"; the host
 * has the same object mapped at the same address, with its device, inode
 * and offset. */
static bool take_host_object(struct map_line *l, const struct vma *v, const struct host_map *h,
                             const char *prefix)
{
    if (!h || !starts_with(h->name, prefix))
        return false;
    l->offset = h->offset + (v->lo - h->lo);
    l->major = h->dev_major;
    l->minor = h->dev_minor;
    l->ino = h->ino;
    snprintf(l->name, sizeof l->name, "%s", h->name);
    return true;
}

static void describe(const struct vma *v, const struct host_maps *hm, struct map_line *l)
{
    memset(l, 0, sizeof *l);
    l->perms[0] = v->prot & PROT_READ ? 'r' : '-';
    l->perms[1] = v->prot & PROT_WRITE ? 'w' : '-';
    l->perms[2] = v->prot & PROT_EXEC ? 'x' : '-';
    l->perms[3] = v->flags & VMA_SHARED ? 's' : 'p';
    const struct host_map *h = host_maps_at(hm, v->lo);
    switch (v->kind) {
    case VMA_HEAP:
        strcpy(l->name, "[heap]");
        return;
    case VMA_STACK:
        strcpy(l->name, "[stack]");
        return;
    case VMA_VDSO:
        strcpy(l->name, "[vdso]");
        return;
    case VMA_ANON:
        if ((v->flags & VMA_SHARED) && !take_host_object(l, v, h, "/dev/zero"))
            strcpy(l->name, "/dev/zero (deleted)");
        return;
    case VMA_SHM:
        if (!take_host_object(l, v, h, "/SYSV")) {
            const char *name = v->name ? v->name : "/SYSV00000000";
            size_t len = strlen(name);
            bool deleted = len >= 10 && !strcmp(name + len - 10, " (deleted)");
            l->offset = v->offset;
            l->major = major(v->dev);
            l->minor = minor(v->dev);
            l->ino = v->ino;
            snprintf(l->name, sizeof l->name, "%s%s", name, deleted ? "" : " (deleted)");
        }
        return;
    case VMA_FILE:
        l->offset = v->offset;
        l->major = major(v->dev);
        l->minor = minor(v->dev);
        l->ino = v->ino;
        /* The host names the file as it is now (renamed, "(deleted)"), in
         * host terms; the table has the guest's name from mapping time. */
        if (h && h->ino == v->ino && h->dev_major == l->major && h->dev_minor == l->minor &&
            h->name[0])
            snprintf(l->name, sizeof l->name, "%s", sysroot_guest_name(h->name));
        else
            escape_name(l->name, sizeof l->name, v->name ? v->name : "");
        return;
    }
}

/* show_map_vma's line: the header, then the name (if any) starting no
 * earlier than NAME_COLUMN + 1. */
static void write_header(FILE *out, uint64_t lo, uint64_t hi, const struct map_line *l)
{
    int n = fprintf(out, "%08llx-%08llx %s %08llx %02x:%02x %llu ", (unsigned long long)lo,
                    (unsigned long long)hi, l->perms, (unsigned long long)l->offset, l->major,
                    l->minor, (unsigned long long)l->ino);
    if (l->name[0])
        fprintf(out, "%*s%s", n < NAME_COLUMN ? NAME_COLUMN - n + 1 : 1, "", l->name);
    fputc('\n', out);
}

int procfs_write_maps(FILE *out)
{
    struct host_maps hm;
    int err = host_maps_read(&hm, false);
    if (err)
        return err;
    size_t n;
    struct vma *v = vma_snapshot(&n);
    if (!v) {
        host_maps_free(&hm);
        return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        struct map_line l;
        describe(&v[i], &hm, &l);
        write_header(out, v[i].lo, v[i].hi, &l);
    }
    free(v);
    host_maps_free(&hm);
    return 0;
}

/* The VmFlags mnemonics (show_smap_vma_flags), in the kernel's bit order:
 * rd wr ex from the guest's protection; the mappings ferry makes for the
 * guest (stack, heap, vDSO) as the arm64 kernel makes them; for the rest
 * the host's flags, which come from the same mmap, mprotect, madvise and
 * mlock calls, without x86's own (sd soft-dirty, ss shadow stack). */
static void write_vmflags(FILE *out, const struct vma *v, const struct host_map *h)
{
    fputs("VmFlags: ", out);
    if (v->prot & PROT_READ)
        fputs("rd ", out);
    if (v->prot & PROT_WRITE)
        fputs("wr ", out);
    if (v->prot & PROT_EXEC)
        fputs("ex ", out);
    const char *rest;
    bool shared = v->flags & VMA_SHARED;
    switch (v->kind) {
    case VMA_STACK:
        rest = "mr mw me gd ac";
        break;
    case VMA_HEAP:
        rest = "mr mw me ac";
        break;
    case VMA_VDSO:
        rest = "mr mw me de";
        break;
    default:
        if (h) {
            rest = h->vmflags;
        } else if (shared) {
            rest = v->prot & PROT_WRITE ? "sh mr mw me ms" : "mr me ms";
        } else {
            rest = v->prot & PROT_WRITE ? "mr mw me ac" : "mr mw me";
        }
    }
    char buf[256];
    snprintf(buf, sizeof buf, "%s", rest);
    for (char *save = NULL, *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        static const char *const not_ours[] = { "rd", "wr", "ex", "sd", "ss" };
        bool skip = false;
        for (size_t i = 0; i < sizeof not_ours / sizeof not_ours[0]; i++)
            skip |= !strcmp(t, not_ours[i]);
        if (!skip)
            fprintf(out, "%s ", t);
    }
    fputc('\n', out);
}

static void write_field(FILE *out, const struct smaps_field *f, uint64_t value)
{
    int label = (int)strlen(f->label);
    fprintf(out, "%s%*s%*llu%s\n", f->label, f->pad_to - label, "", f->width,
            (unsigned long long)value, f->kb ? " kB" : "");
}

int procfs_write_smaps(FILE *out)
{
    struct host_maps hm;
    int err = host_maps_read(&hm, true);
    if (err)
        return err;
    uint64_t *values = calloc(hm.nfields ? hm.nfields : 1, sizeof *values);
    size_t n;
    struct vma *v = vma_snapshot(&n);
    if (!values || !v) {
        free(values);
        host_maps_free(&hm);
        return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        struct map_line l;
        describe(&v[i], &hm, &l);
        write_header(out, v[i].lo, v[i].hi, &l);
        host_range_usage(&hm, v[i].lo, v[i].hi, values);
        for (size_t f = 0; f < hm.nfields; f++)
            write_field(out, &hm.fields[f], values[f]);
        write_vmflags(out, &v[i], host_maps_at(&hm, v[i].lo));
    }
    free(v);
    free(values);
    host_maps_free(&hm);
    return 0;
}

/* Pss split by kind of page, which per-mapping smaps does not show:
 * anonymous pages in proportion to Anonymous/Rss, shmem mappings whole,
 * the rest file pages. */
struct pss_split {
    uint64_t anon, file, shmem;
};

static struct pss_split split_pss(const struct vma *v, uint64_t pss, uint64_t anonymous,
                                  uint64_t rss)
{
    struct pss_split s = { 0, 0, 0 };
    if (procfs_vma_is_shmem(v)) {
        s.shmem = pss;
        return s;
    }
    s.anon = rss ? (anonymous >= rss ? pss : pss * anonymous / rss) : 0;
    s.file = pss - s.anon;
    return s;
}

/* show_smaps_rollup: one header from the first mapping's start to the
 * last one's end, "---p", named [rollup], then the sums. */
int procfs_write_smaps_rollup(FILE *out)
{
    struct host_maps hm, rollup;
    int err = host_maps_read(&hm, true);
    if (err)
        return err;
    err = host_rollup_fields_read(&rollup);
    if (err) {
        host_maps_free(&hm);
        return err;
    }
    uint64_t *values = calloc(hm.nfields ? hm.nfields : 1, sizeof *values);
    uint64_t *sums = calloc(rollup.nfields ? rollup.nfields : 1, sizeof *sums);
    size_t n;
    struct vma *v = vma_snapshot(&n);
    if (!values || !sums || !v) {
        err = -ENOMEM;
        goto out;
    }
    int pss = host_field_index(&hm, "Pss:"), anonymous = host_field_index(&hm, "Anonymous:");
    int rss = host_field_index(&hm, "Rss:");
    int pss_anon = host_field_index(&rollup, "Pss_Anon:");
    int pss_file = host_field_index(&rollup, "Pss_File:");
    int pss_shmem = host_field_index(&rollup, "Pss_Shmem:");
    for (size_t i = 0; i < n; i++) {
        host_range_usage(&hm, v[i].lo, v[i].hi, values);
        for (size_t f = 0; f < rollup.nfields; f++) {
            int mine = host_field_index(&hm, rollup.fields[f].label);
            if (mine >= 0)
                sums[f] += values[mine];
        }
        if (pss >= 0 && anonymous >= 0 && rss >= 0) {
            struct pss_split s = split_pss(&v[i], values[pss], values[anonymous], values[rss]);
            if (pss_anon >= 0)
                sums[pss_anon] += s.anon;
            if (pss_file >= 0)
                sums[pss_file] += s.file;
            if (pss_shmem >= 0)
                sums[pss_shmem] += s.shmem;
        }
    }
    struct map_line l = { .perms = "---p", .name = "[rollup]" };
    write_header(out, n ? v[0].lo : 0, n ? v[n - 1].hi : 0, &l);
    for (size_t f = 0; f < rollup.nfields; f++)
        write_field(out, &rollup.fields[f], sums[f]);
out:
    free(v);
    free(values);
    free(sums);
    host_maps_free(&hm);
    host_maps_free(&rollup);
    return err;
}
