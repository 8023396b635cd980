/* Internal interface of the /proc emulation (syscall-xlat/procfs*.c); the
 * design is in docs/procfs.md.  Users outside the folder go through the
 * procfs block of xlat.h. */
#ifndef FERRY_PROCFS_H
#define FERRY_PROCFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "mm/vma.h"

/* The /proc files whose contents ferry writes itself. */
enum procfs_file {
    PROCFS_NONE,     /* not emulated: the host's file as it is */
    PROCFS_EXE,      /* a link: names the guest program */
    PROCFS_MAPS,
    PROCFS_SMAPS,
    PROCFS_SMAPS_ROLLUP,
    PROCFS_AUXV,
    PROCFS_CMDLINE,
    PROCFS_ENVIRON,
    PROCFS_STAT,
    PROCFS_STATM,
    PROCFS_STATUS,
    PROCFS_CPUINFO,
};

/* --- procfs_path.c --- */
/* Which emulated file `path`, taken relative to dirfd as openat(2) takes
 * it, names: /proc/{self,thread-self,<own pid or tid>}/X,
 * /proc/{self,<pid>}/task/<own tid>/X, or /proc/cpuinfo. */
enum procfs_file procfs_classify(int dirfd, const char *path);
/* The name memfd_create gives a snapshot of f ("maps", ...). */
const char *procfs_file_name(enum procfs_file f);

/* --- Generators: each writes the guest's version of one file to out.
 * host_fd is open on the host's own version of the file the guest named
 * (for per-thread files, the right thread's), for the generators that
 * rewrite it.  They return 0 or a negative errno. --- */
int procfs_write_maps(FILE *out);            /* procfs_maps.c */
int procfs_write_smaps(FILE *out);           /* procfs_maps.c */
int procfs_write_smaps_rollup(FILE *out);    /* procfs_maps.c */
int procfs_write_auxv(FILE *out);            /* procfs_self.c */
int procfs_write_cmdline(FILE *out);         /* procfs_self.c */
int procfs_write_environ(FILE *out);         /* procfs_self.c */
int procfs_write_stat(FILE *out, int host_fd);   /* procfs_stat.c */
int procfs_write_statm(FILE *out);               /* procfs_stat.c */
int procfs_write_status(FILE *out, int host_fd); /* procfs_stat.c */
int procfs_write_cpuinfo(FILE *out);         /* procfs_cpuinfo.c */

/* --- procfs_host.c: the host's /proc/self/{maps,smaps,smaps_rollup}
 * parsed, and the smaps numbers of guest ranges worked out from them. --- */

/* One smaps field line: "Rss:" and how the kernel laid out its value. */
struct smaps_field {
    char label[32]; /* "Rss:", with the colon */
    int pad_to;     /* the value starts after the label padded to this column */
    int width;      /* and is right-aligned in this many columns */
    bool kb;        /* followed by " kB" */
};

/* One entry of the host's maps (or smaps) file. */
struct host_map {
    uint64_t lo, hi, offset;
    unsigned dev_major, dev_minor;
    uint64_t ino;
    const char *name;    /* as the kernel printed it (escaped); "" if none */
    const char *vmflags; /* smaps: the VmFlags mnemonics, space-separated */
    uint64_t *values;    /* smaps: one per field of struct host_maps */
};

struct host_maps {
    struct host_map *v;
    size_t n;
    struct smaps_field *fields; /* smaps: the host kernel's field list */
    size_t nfields;
    char *text;                 /* the file's bytes, which the pointers share */
};

/* Read the host's /proc/self/maps (with_usage false) or /proc/self/smaps
 * (true).  Returns 0 or -errno. */
int host_maps_read(struct host_maps *hm, bool with_usage);
/* The host's /proc/self/smaps_rollup: its field list only. */
int host_rollup_fields_read(struct host_maps *hm);
void host_maps_free(struct host_maps *hm);
/* The entry containing addr, or NULL. */
const struct host_map *host_maps_at(const struct host_maps *hm, uint64_t addr);
/* Index of field `label` ("Rss:"), or -1. */
int host_field_index(const struct host_maps *hm, const char *label);
/* The smaps values of guest range [lo, hi) (one per field of hm, read
 * with usage), from the host entries covering it: see docs/procfs.md. */
void host_range_usage(const struct host_maps *hm, uint64_t lo, uint64_t hi, uint64_t *values);

/* --- procfs_maps.c --- */
/* Whether the pages of v are shared memory (shmem) to the kernel: shared
 * anonymous memory, System V segments, memfd files. */
bool procfs_vma_is_shmem(const struct vma *v);

/* --- procfs_memsum.c: the guest's memory totals, as the kernel's
 * mm_struct counters report them in status, stat and statm (kB). --- */
struct guest_mem_totals {
    uint64_t total_vm, peak_vm;  /* VmSize, VmPeak */
    uint64_t rss, hwm;           /* VmRSS, VmHWM */
    uint64_t anon, file, shmem;  /* RssAnon, RssFile, RssShmem */
    uint64_t locked;             /* VmLck */
    uint64_t data, stack;        /* VmData, VmStk */
    uint64_t text, lib;          /* VmExe, VmLib */
    uint64_t pte;                /* VmPTE (estimated) */
    uint64_t swap;               /* VmSwap */
};
int guest_mem_totals(struct guest_mem_totals *t);

/* --- procfs_self.c --- */
/* Copy guest memory [lo, hi) to out, stopping at the first unreadable
 * byte; returns how many bytes were copied. */
size_t procfs_copy_guest(FILE *out, uint64_t lo, uint64_t hi);

#endif
