/* Flag tables and the three operations on them (see flags.h). */
#include "syscall-xlat/flags.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

/* x86-64 kernel values of the four open flags arm64 moves (x86-64 uses the
 * asm-generic ones).  Literal, because glibc defines O_LARGEFILE as 0 on
 * x86-64 and ferry must still translate the kernel's bit. */
#define HOST_O_DIRECT 0040000
#define HOST_O_LARGEFILE 0100000
#define HOST_O_DIRECTORY 0200000
#define HOST_O_NOFOLLOW 0400000
_Static_assert(O_DIRECT == HOST_O_DIRECT && O_DIRECTORY == HOST_O_DIRECTORY &&
               O_NOFOLLOW == HOST_O_NOFOLLOW, "host is not x86-64");

#define SAME(v, name) { v, v, name }

/* Everything not listed with two values is the same on both. */
const struct flag_map open_flags[] = {
    SAME(01, "O_WRONLY"),
    SAME(02, "O_RDWR"),
    SAME(0100, "O_CREAT"),
    SAME(0200, "O_EXCL"),
    SAME(0400, "O_NOCTTY"),
    SAME(01000, "O_TRUNC"),
    SAME(02000, "O_APPEND"),
    SAME(04000, "O_NONBLOCK"),
    SAME(04010000, "O_SYNC"),      /* __O_SYNC | O_DSYNC */
    SAME(04000000, "__O_SYNC"),
    SAME(010000, "O_DSYNC"),
    SAME(020000, "O_ASYNC"),
    { 020000000 | GUEST_O_DIRECTORY, 020000000 | HOST_O_DIRECTORY, "O_TMPFILE" },
    SAME(020000000, "__O_TMPFILE"),
    { GUEST_O_DIRECTORY, HOST_O_DIRECTORY, "O_DIRECTORY" },
    { GUEST_O_NOFOLLOW, HOST_O_NOFOLLOW, "O_NOFOLLOW" },
    { GUEST_O_DIRECT, HOST_O_DIRECT, "O_DIRECT" },
    { GUEST_O_LARGEFILE, HOST_O_LARGEFILE, "O_LARGEFILE" },
    SAME(01000000, "O_NOATIME"),
    SAME(02000000, "O_CLOEXEC"),
    SAME(010000000, "O_PATH"),
    { 0, 0, NULL },
};

/* asm-generic mman-common.h values, shared by both, plus arm64's BTI and
 * MTE, which have no host meaning (host value 0 drops them). */
const struct flag_map mmap_prot[] = {
    SAME(PROT_READ, "PROT_READ"),
    SAME(PROT_WRITE, "PROT_WRITE"),
    SAME(PROT_EXEC, "PROT_EXEC"),
    SAME(0x8, "PROT_SEM"),
    { GUEST_PROT_BTI, 0, "PROT_BTI" },
    { GUEST_PROT_MTE, 0, "PROT_MTE" },
    SAME(PROT_GROWSDOWN, "PROT_GROWSDOWN"),
    SAME(PROT_GROWSUP, "PROT_GROWSUP"),
    { 0, 0, NULL },
};

/* Only x86-64's MAP_32BIT (0x40) is missing on arm64, where that bit means
 * nothing; leaving it out of the table drops it.  The MAP_HUGE_* size field
 * (bits 26..31) is handled in mem.c. */
const struct flag_map mmap_flags[] = {
    SAME(0x03, "MAP_SHARED_VALIDATE"),
    SAME(0x01, "MAP_SHARED"),
    SAME(0x02, "MAP_PRIVATE"),
    SAME(0x10, "MAP_FIXED"),
    SAME(0x20, "MAP_ANONYMOUS"),
    SAME(0x0100, "MAP_GROWSDOWN"),
    SAME(0x0800, "MAP_DENYWRITE"),
    SAME(0x1000, "MAP_EXECUTABLE"),
    SAME(0x2000, "MAP_LOCKED"),
    SAME(0x4000, "MAP_NORESERVE"),
    SAME(0x8000, "MAP_POPULATE"),
    SAME(0x10000, "MAP_NONBLOCK"),
    SAME(0x20000, "MAP_STACK"),
    SAME(0x40000, "MAP_HUGETLB"),
    SAME(0x80000, "MAP_SYNC"),
    SAME(0x100000, "MAP_FIXED_NOREPLACE"),
    SAME(0x4000000, "MAP_UNINITIALIZED"),
    { 0, 0, NULL },
};
_Static_assert(MAP_32BIT == 0x40, "host is not x86-64");

const struct flag_map at_flags[] = {
    SAME(0x100, "AT_SYMLINK_NOFOLLOW"),
    SAME(0x200, "AT_REMOVEDIR"),
    SAME(0x400, "AT_SYMLINK_FOLLOW"),
    SAME(0x800, "AT_NO_AUTOMOUNT"),
    SAME(0x1000, "AT_EMPTY_PATH"),
    SAME(0x2000, "AT_STATX_FORCE_SYNC"),
    SAME(0x4000, "AT_STATX_DONT_SYNC"),
    SAME(0x8000, "AT_RECURSIVE"),
    { 0, 0, NULL },
};

uint64_t flags_guest_to_host(const struct flag_map *t, uint64_t v, uint64_t *unknown)
{
    uint64_t rest = v, out = 0;
    for (; t->name; t++) {
        if (t->guest && (rest & t->guest) == t->guest) {
            out |= t->host;
            rest &= ~t->guest;
        }
    }
    if (unknown)
        *unknown = rest;
    return out;
}

uint64_t flags_host_to_guest(const struct flag_map *t, uint64_t v)
{
    uint64_t rest = v, out = 0;
    for (; t->name; t++) {
        if (t->host && (rest & t->host) == t->host) {
            out |= t->guest;
            rest &= ~t->host;
        }
    }
    return out;
}

size_t flags_format(char *buf, size_t cap, const struct flag_map *t, uint64_t v)
{
    size_t len = 0;
    uint64_t rest = v;
    if (cap == 0)
        return 0;
    buf[0] = 0;
#define PUT(...)                                                              \
    do {                                                                      \
        int n_ = snprintf(buf + len, cap - len, __VA_ARGS__);                 \
        if (n_ > 0)                                                           \
            len = (size_t)n_ < cap - len ? len + (size_t)n_ : cap - 1;        \
    } while (0)
    for (; t->name; t++) {
        if (t->guest && (rest & t->guest) == t->guest) {
            PUT("%s%s", len ? "|" : "", t->name);
            rest &= ~t->guest;
        }
    }
    if (rest || !len)
        PUT(len ? "|%#llx" : "%#llx", (unsigned long long)rest);
#undef PUT
    return len;
}
