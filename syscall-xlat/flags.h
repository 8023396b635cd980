/* Guest <-> host flag sets, one table per set.
 *
 * Each entry maps a guest bit pattern to a host bit pattern and names it for
 * --strace.  Entries are consumed in order, so put a multi-bit pattern
 * (O_TMPFILE, MAP_SHARED_VALIDATE) before its single bits.  Guest bits no
 * entry covers are dropped in translation, as the guest kernel would ignore
 * them, and reported to the caller. */
#ifndef FERRY_XLAT_FLAGS_H
#define FERRY_XLAT_FLAGS_H

#include <stddef.h>
#include <stdint.h>

struct flag_map {
    uint64_t guest;
    uint64_t host;
    const char *name;
};

/* Translate `v`; bits of `v` no entry covers go to *unknown (may be NULL). */
uint64_t flags_guest_to_host(const struct flag_map *t, uint64_t v, uint64_t *unknown);
uint64_t flags_host_to_guest(const struct flag_map *t, uint64_t v);
/* Append "NAME|NAME|0x..." for guest value `v` to buf (cap bytes, always
 * NUL-terminated); prints "0" for zero.  Returns the length written. */
size_t flags_format(char *buf, size_t cap, const struct flag_map *t, uint64_t v);

/* Guest (arm64) values that differ from x86-64 or do not exist there. */
#define GUEST_O_DIRECTORY 0040000
#define GUEST_O_NOFOLLOW 0100000
#define GUEST_O_DIRECT 0200000
#define GUEST_O_LARGEFILE 0400000
#define GUEST_PROT_BTI 0x10
#define GUEST_PROT_MTE 0x20

/* open(2)/fcntl(F_GETFL/F_SETFL)/pipe2 flags, including the access mode. */
extern const struct flag_map open_flags[];
/* mmap/mprotect prot: BTI and MTE are guest-only (mem.c filters them). */
extern const struct flag_map mmap_prot[];
extern const struct flag_map mmap_flags[];
/* AT_* flags for strace (identical on both, see syscall_table.h). */
extern const struct flag_map at_flags[];

/* Convenience wrappers for the open flag set. */
static inline uint64_t open_flags_guest_to_host(uint64_t v)
{
    return flags_guest_to_host(open_flags, v, NULL);
}
static inline uint64_t open_flags_host_to_guest(uint64_t v)
{
    return flags_host_to_guest(open_flags, v);
}

#endif
