/* ferry-test: expected-by-hand (see below)
 * vdso.c - the guest's vDSO: AT_SYSINFO_EHDR points at an arm64 ELF shared
 * object that exports __kernel_clock_gettime, __kernel_gettimeofday,
 * __kernel_clock_getres and __kernel_rt_sigreturn with version
 * LINUX_2.6.39, found here the way a dynamic loader finds them (program
 * headers, dynamic section, hash tables, version definitions), and its time
 * functions, called directly, agree with the system calls.
 * ferry-test: arch-specific (the arm64 kernel's vDSO; x86-64's differs)
 *
 * Oracle: qemu-aarch64 7.2 has no vDSO (this program exits 1 under it, so
 * `make expected` reports an error instead of writing vdso.expected), so
 * vdso.expected was written by hand from the Linux kernel's documented
 * vDSO: man 7 vdso, "aarch64 functions" (the four names, all with version
 * LINUX_2.6.39), the ELF conventions it states (a complete ELF image at
 * AT_SYSINFO_EHDR, looked up like a shared library's symbols), and the
 * system calls' documented results (clock_gettime(2), gettimeofday(2),
 * clock_getres(2)), which the vDSO functions share, returning 0 or a
 * negative errno.  The two rt_sigreturn words are "mov x8, #139"
 * (__NR_rt_sigreturn) and "svc #0", the kernel's sequence that unwinders
 * match.  Every line should print the same on arm64 Linux. */
#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define VERSION "LINUX_2.6.39"

static const char *yesno(int c) { return c ? "yes" : "no"; }

/* What a loader keeps of the image: addresses are link-time ones + bias. */
struct vdso {
    uintptr_t bias;
    const Elf64_Sym *symtab;
    const char *strtab;
    const Elf64_Word *hash;     /* DT_HASH, or NULL */
    const Elf32_Word *gnu_hash; /* DT_GNU_HASH, or NULL */
    const Elf64_Half *versym;
    const Elf64_Verdef *verdef;
    uint64_t soname; /* offset into strtab, or -1 */
};

static int parse(uintptr_t base, struct vdso *v)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
    int elf = memcmp(eh->e_ident, ELFMAG, SELFMAG) == 0 && eh->e_ident[EI_CLASS] == ELFCLASS64 &&
              eh->e_ident[EI_DATA] == ELFDATA2LSB;
    printf("ELF header at AT_SYSINFO_EHDR, 64-bit little-endian: %s\n", yesno(elf));
    printf("shared object for AArch64: %s\n", yesno(eh->e_type == ET_DYN && eh->e_machine == EM_AARCH64));
    if (!elf)
        return -1;

    const Elf64_Phdr *ph = (const Elf64_Phdr *)(base + eh->e_phoff);
    const Elf64_Phdr *load = NULL, *dynamic = NULL;
    for (int i = 0; i < eh->e_phnum; i++) {
        if (ph[i].p_type == PT_LOAD && !load)
            load = &ph[i];
        if (ph[i].p_type == PT_DYNAMIC)
            dynamic = &ph[i];
    }
    printf("has PT_LOAD and PT_DYNAMIC: %s\n", yesno(load && dynamic));
    if (!load || !dynamic)
        return -1;
    /* The image is mapped as it is in the file, its first PT_LOAD at base. */
    v->bias = base + load->p_offset - load->p_vaddr;
    printf("first PT_LOAD maps the ELF header: %s\n", yesno(load->p_offset == 0));
    printf("PT_LOAD is readable and executable, not writable: %s\n",
           yesno((load->p_flags & (PF_R | PF_W | PF_X)) == (PF_R | PF_X)));

    v->soname = (uint64_t)-1;
    for (const Elf64_Dyn *d = (const Elf64_Dyn *)(v->bias + dynamic->p_vaddr); d->d_tag != DT_NULL; d++) {
        uintptr_t at = v->bias + d->d_un.d_ptr;
        switch (d->d_tag) {
        case DT_SYMTAB: v->symtab = (const Elf64_Sym *)at; break;
        case DT_STRTAB: v->strtab = (const char *)at; break;
        case DT_HASH: v->hash = (const Elf64_Word *)at; break;
        case DT_GNU_HASH: v->gnu_hash = (const Elf32_Word *)at; break;
        case DT_VERSYM: v->versym = (const Elf64_Half *)at; break;
        case DT_VERDEF: v->verdef = (const Elf64_Verdef *)at; break;
        case DT_SONAME: v->soname = d->d_un.d_val; break;
        /* A vDSO cannot be relocated: it is mapped read-only. */
        case DT_RELA: case DT_REL: case DT_RELR: case DT_JMPREL: case DT_TEXTREL:
            printf("unexpected relocation tag %ld\n", (long)d->d_tag);
            break;
        }
    }
    printf("has DT_SYMTAB, DT_STRTAB, a hash table, DT_VERSYM, DT_VERDEF: %s\n",
           yesno(v->symtab && v->strtab && (v->hash || v->gnu_hash) && v->versym && v->verdef));
    if (!v->symtab || !v->strtab || !(v->hash || v->gnu_hash) || !v->versym || !v->verdef)
        return -1;
    printf("soname: %s\n", v->soname == (uint64_t)-1 ? "(none)" : v->strtab + v->soname);
    return 0;
}

static uint32_t elf_hash(const char *name)
{
    uint32_t h = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        h = (h << 4) + *p;
        uint32_t g = h & 0xf0000000u;
        if (g)
            h ^= g >> 24;
        h &= ~g;
    }
    return h;
}

static uint32_t gnu_hash(const char *name)
{
    uint32_t h = 5381;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = h * 33 + *p;
    return h;
}

/* Symbol index through DT_HASH, 0 if absent. */
static uint32_t lookup_sysv(const struct vdso *v, const char *name)
{
    uint32_t nbucket = v->hash[0];
    const Elf64_Word *bucket = v->hash + 2, *chain = bucket + nbucket;
    for (uint32_t i = bucket[elf_hash(name) % nbucket]; i != STN_UNDEF; i = chain[i])
        if (strcmp(v->strtab + v->symtab[i].st_name, name) == 0)
            return i;
    return 0;
}

/* Symbol index through DT_GNU_HASH (Bloom filter included), 0 if absent. */
static uint32_t lookup_gnu(const struct vdso *v, const char *name)
{
    const Elf32_Word *g = v->gnu_hash;
    uint32_t nbuckets = g[0], symoffset = g[1], bloom_size = g[2], shift = g[3];
    const uint64_t *bloom = (const uint64_t *)(g + 4);
    const Elf32_Word *buckets = (const Elf32_Word *)(bloom + bloom_size);
    const Elf32_Word *chain = buckets + nbuckets;
    uint32_t h = gnu_hash(name);
    uint64_t word = bloom[(h / 64) % bloom_size];
    uint64_t mask = (1ull << (h % 64)) | (1ull << ((h >> shift) % 64));
    if ((word & mask) != mask)
        return 0;
    uint32_t i = buckets[h % nbuckets];
    if (i < symoffset)
        return 0;
    for (;; i++) {
        uint32_t ch = chain[i - symoffset];
        if ((ch | 1) == (h | 1) && strcmp(v->strtab + v->symtab[i].st_name, name) == 0)
            return i;
        if (ch & 1)
            return 0;
    }
}

/* The version a symbol is defined with, checking the hash glibc compares. */
static const char *version_of(const struct vdso *v, uint32_t sym, int *hash_ok)
{
    unsigned ndx = v->versym[sym] & 0x7fff;
    const Elf64_Verdef *vd = v->verdef;
    for (;;) {
        if (!(vd->vd_flags & VER_FLG_BASE) && vd->vd_ndx == ndx) {
            const Elf64_Verdaux *aux = (const Elf64_Verdaux *)((const char *)vd + vd->vd_aux);
            const char *name = v->strtab + aux->vda_name;
            *hash_ok = vd->vd_hash == elf_hash(name);
            return name;
        }
        if (vd->vd_next == 0)
            return NULL;
        vd = (const Elf64_Verdef *)((const char *)vd + vd->vd_next);
    }
}

/* The symbol's address, after checking that every hash table finds it and
 * that it is a defined global with version LINUX_2.6.39; NULL if not. */
static void *find(const struct vdso *v, const char *name)
{
    uint32_t a = v->hash ? lookup_sysv(v, name) : 0;
    uint32_t b = v->gnu_hash ? lookup_gnu(v, name) : 0;
    uint32_t i = a ? a : b;
    int tables_agree = (!v->hash || a == i) && (!v->gnu_hash || b == i);
    printf("%s: found through the hash table(s): %s\n", name, yesno(i != 0 && tables_agree));
    if (i == 0)
        return NULL;
    const Elf64_Sym *s = &v->symtab[i];
    int defined = s->st_shndx != SHN_UNDEF && ELF64_ST_BIND(s->st_info) == STB_GLOBAL;
    int hash_ok = 0;
    const char *ver = version_of(v, i, &hash_ok);
    int visible = !(v->versym[i] & 0x8000);
    printf("%s: defined, global, version %s (hash ok: %s, default: %s)\n", name,
           defined && ver ? ver : "(none)", yesno(hash_ok), yesno(visible));
    if (!defined || !ver || strcmp(ver, VERSION) != 0)
        return NULL;
    return (void *)(v->bias + s->st_value);
}

typedef int (*clock_fn)(clockid_t, struct timespec *);
typedef int (*tod_fn)(struct timeval *, struct timezone *);

static int ts_le(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec <= b->tv_nsec);
}

static int tv_le(const struct timeval *a, const struct timeval *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_usec <= b->tv_usec);
}

static const struct {
    clockid_t id;
    const char *name;
} clocks[] = {
    {CLOCK_REALTIME, "CLOCK_REALTIME"},
    {CLOCK_MONOTONIC, "CLOCK_MONOTONIC"},
    {CLOCK_MONOTONIC_RAW, "CLOCK_MONOTONIC_RAW"},
    {CLOCK_REALTIME_COARSE, "CLOCK_REALTIME_COARSE"},
    {CLOCK_MONOTONIC_COARSE, "CLOCK_MONOTONIC_COARSE"},
    {CLOCK_BOOTTIME, "CLOCK_BOOTTIME"},
    {CLOCK_TAI, "CLOCK_TAI"},
};
#define NCLOCKS (sizeof clocks / sizeof clocks[0])

static void check_gettime(clock_fn gettime)
{
    for (unsigned i = 0; i < NCLOCKS; i++) {
        struct timespec before, t, after;
        long r1 = syscall(SYS_clock_gettime, clocks[i].id, &before);
        int r = gettime(clocks[i].id, &t);
        long r2 = syscall(SYS_clock_gettime, clocks[i].id, &after);
        printf("clock_gettime(%s): returns 0: %s, syscall <= vdso <= syscall: %s, "
               "nsec < 1e9: %s\n", clocks[i].name, yesno(r == 0 && r1 == 0 && r2 == 0),
               yesno(ts_le(&before, &t) && ts_le(&t, &after)),
               yesno(t.tv_nsec >= 0 && t.tv_nsec < 1000000000));
    }
    /* A CPU-time clock: the kernel's vDSO makes the system call for it. */
    struct timespec cpu = {0, 0};
    int r = gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    printf("clock_gettime(CLOCK_PROCESS_CPUTIME_ID): returns 0: %s, nonzero: %s\n",
           yesno(r == 0), yesno(cpu.tv_sec > 0 || cpu.tv_nsec > 0));
    /* An invalid id: -EINVAL, and the timespec is left alone. */
    struct timespec untouched = {12345, 678};
    r = gettime((clockid_t)4711, &untouched);
    printf("clock_gettime(4711): returns -EINVAL: %s, timespec untouched: %s\n",
           yesno(r == -EINVAL), yesno(untouched.tv_sec == 12345 && untouched.tv_nsec == 678));
}

static void check_getres(clock_fn getres)
{
    for (unsigned i = 0; i < NCLOCKS; i++) {
        struct timespec sys = {-1, -1}, v = {-2, -2};
        long r1 = syscall(SYS_clock_getres, clocks[i].id, &sys);
        int r = getres(clocks[i].id, &v);
        printf("clock_getres(%s): returns 0: %s, same as the syscall: %s\n", clocks[i].name,
               yesno(r == 0 && r1 == 0), yesno(sys.tv_sec == v.tv_sec && sys.tv_nsec == v.tv_nsec));
    }
    struct timespec v = {-2, -2};
    int r = getres(CLOCK_MONOTONIC, &v);
    printf("clock_getres(CLOCK_MONOTONIC): at most 1 ms: %s\n",
           yesno(r == 0 && v.tv_sec == 0 && v.tv_nsec > 0 && v.tv_nsec <= 1000000));
    printf("clock_getres(CLOCK_MONOTONIC, NULL): returns 0: %s\n", yesno(getres(CLOCK_MONOTONIC, NULL) == 0));
    printf("clock_getres(4711): returns -EINVAL: %s\n", yesno(getres((clockid_t)4711, &v) == -EINVAL));
}

static void check_gettimeofday(tod_fn tod)
{
    struct timeval before, t, after;
    struct timezone sys_tz = {-1, -1}, tz = {-2, -2};
    long r1 = syscall(SYS_gettimeofday, &before, &sys_tz);
    int r = tod(&t, &tz);
    long r2 = syscall(SYS_gettimeofday, &after, NULL);
    printf("gettimeofday: returns 0: %s, syscall <= vdso <= syscall: %s, usec < 1e6: %s\n",
           yesno(r == 0 && r1 == 0 && r2 == 0), yesno(tv_le(&before, &t) && tv_le(&t, &after)),
           yesno(t.tv_usec >= 0 && t.tv_usec < 1000000));
    printf("gettimeofday: timezone same as the syscall's: %s\n",
           yesno(tz.tz_minuteswest == sys_tz.tz_minuteswest && tz.tz_dsttime == sys_tz.tz_dsttime));
    printf("gettimeofday(NULL, NULL): returns 0: %s\n", yesno(tod(NULL, NULL) == 0));
    struct timespec rt;
    syscall(SYS_clock_gettime, CLOCK_REALTIME, &rt);
    r = tod(&t, NULL);
    printf("gettimeofday(tv, NULL): not before CLOCK_REALTIME: %s\n",
           yesno(r == 0 && (t.tv_sec > rt.tv_sec ||
                            (t.tv_sec == rt.tv_sec && t.tv_usec >= rt.tv_nsec / 1000))));
}

static void check_sigreturn(const uint32_t *insn)
{
    printf("__kernel_rt_sigreturn: mov x8, #139; svc #0: %s\n",
           yesno(insn[0] == 0xd2801168 && insn[1] == 0xd4000001));
    printf("__kernel_rt_sigreturn: preceded by a nop: %s\n", yesno(insn[-1] == 0xd503201f));
}

int main(void)
{
    uintptr_t base = getauxval(AT_SYSINFO_EHDR);
    printf("AT_SYSINFO_EHDR non-zero: %s\n", yesno(base != 0));
    if (!base)
        return 1;
    struct vdso v = {0};
    if (parse(base, &v) != 0)
        return 1;

    clock_fn gettime = (clock_fn)find(&v, "__kernel_clock_gettime");
    tod_fn tod = (tod_fn)find(&v, "__kernel_gettimeofday");
    clock_fn getres = (clock_fn)find(&v, "__kernel_clock_getres");
    const uint32_t *sigreturn = find(&v, "__kernel_rt_sigreturn");
    printf("not exported: __vdso_clock_gettime: %s\n",
           yesno((!v.hash || !lookup_sysv(&v, "__vdso_clock_gettime")) &&
                 (!v.gnu_hash || !lookup_gnu(&v, "__vdso_clock_gettime"))));
    if (!gettime || !tod || !getres || !sigreturn)
        return 1;

    check_gettime(gettime);
    check_getres(getres);
    check_gettimeofday(tod);
    check_sigreturn(sigreturn);

    /* glibc's own clock_gettime goes through the vDSO too. */
    struct timespec a, b;
    int r = clock_gettime(CLOCK_MONOTONIC, &a);
    gettime(CLOCK_MONOTONIC, &b);
    printf("libc clock_gettime, then the vDSO's: in order: %s\n", yesno(r == 0 && ts_le(&a, &b)));
    return 0;
}
