/* The guest's initial stack, laid out as Linux's binfmt_elf does on arm64.
 *
 * Byte-for-byte fidelity matters more than it seems: glibc finds envp and
 * auxv by walking past argv, programs print their own AT_EXECFN, and
 * debuggers and tests compare stack contents with a real kernel's.  From the
 * top of the mapping down:
 *
 *   8 zero bytes          (the kernel's end marker)
 *   execfn string         AT_EXECFN
 *   envp strings, then argv strings (each array in ascending order)
 *   -- align 16 --
 *   "aarch64"             AT_PLATFORM
 *   16 random bytes       AT_RANDOM (glibc's stack-protector and pointer
 *                         guard seeds)
 *   -- align 16 --
 *   auxv pairs ... AT_NULL
 *   envp[] NULL
 *   argv[] NULL
 *   argc                  <- SP, 16-byte aligned
 */
#include "loader/loader.h"

#include "common/ferry.h"
#include "common/guest_random.h"
#include "mm/guest_mm.h"

#include <elf.h>
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/auxv.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <unistd.h>

#define PAGE 4096ULL
/* The usual 8 MiB default; also the cap, since the mapping is made up front
 * rather than grown on demand as the kernel does. */
#define STACK_MAX (8ULL << 20)
#define STACK_MIN (128ULL << 10)
/* Unmapped-by-protection space below the stack so an overflow faults
 * instead of running into whatever the host placed there. */
#define STACK_GUARD (64ULL << 10)

/* The arm64 uapi MINSIGSTKSZ.  The kernel computes AT_MINSIGSTKSZ from its
 * signal frame (a little smaller without SVE/SME); reporting the uapi value
 * keeps programs that size sigaltstack from it on the safe side of ferry's
 * own rt_sigframe. */
#define GUEST_MINSIGSTKSZ 5120

#define AUXV_MAX_PAIRS 24

static const char platform[] = "aarch64";

static uint64_t stack_lo, stack_hi;
static struct guest_layout layout;

const struct guest_layout *loader_layout(void)
{
    return &layout;
}

void loader_set_image_layout(uint64_t start_code, uint64_t end_code, uint64_t start_data,
                             uint64_t end_data)
{
    layout.start_code = start_code;
    layout.end_code = end_code;
    layout.start_data = start_data;
    layout.end_data = end_data;
}

void loader_stack_range(uint64_t *lo, uint64_t *hi)
{
    *lo = stack_lo;
    *hi = stack_hi;
}

static uint64_t stack_size(void)
{
    struct rlimit rl;
    uint64_t size = STACK_MAX;

    if (ferry_opt.stack_size) /* -s, as qemu's: exactly that much */
        return (ferry_opt.stack_size + PAGE - 1) & ~(PAGE - 1);
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur < size)
        size = rl.rlim_cur;
    if (size < STACK_MIN)
        size = STACK_MIN;
    return size & ~(PAGE - 1);
}

static void fill_random(const char *who, void *buf, size_t len)
{
    if (guest_random_seeded()) { /* -seed */
        guest_random_fill(buf, len);
        return;
    }
    unsigned char *b = buf;
    while (len) {
        ssize_t n = getrandom(b, len, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ferry_fatal(126, "%s: cannot get random bytes for AT_RANDOM: %s",
                        who, strerror(errno));
        b += n;
        len -= (size_t)n;
    }
}

static uint64_t strings_size(int n, char *const v[])
{
    uint64_t total = 0;
    for (int i = 0; i < n; i++)
        total += strlen(v[i]) + 1;
    return total;
}

/* Copies the strings to `at` and their addresses to `ptrs`; returns where
 * the NULL terminator of `ptrs` goes. */
static uint64_t *place_strings(int n, char *const v[], uint64_t at,
                               uint64_t *ptrs)
{
    for (int i = 0; i < n; i++) {
        size_t len = strlen(v[i]) + 1;
        memcpy((void *)(uintptr_t)at, v[i], len);
        *ptrs++ = at;
        at += len;
    }
    *ptrs++ = 0;
    return ptrs;
}

uint64_t loader_build_stack(const struct guest_image *img, int argc,
                            char *const argv[], char *const envp[],
                            const char *execfn)
{
    int envc = 0;
    while (envp && envp[envc])
        envc++;
    if (argc < 0 || !argv)
        argc = 0;

    uint64_t arg_bytes = strings_size(argc, argv);
    uint64_t env_bytes = strings_size(envc, envp);
    uint64_t execfn_bytes = strlen(execfn) + 1;
    uint64_t table_words = 1 + (uint64_t)argc + 1 + (uint64_t)envc + 1 +
                           2 * AUXV_MAX_PAIRS;
    uint64_t need = 8 + execfn_bytes + arg_bytes + env_bytes + 15 +
                    sizeof platform + 16 + table_words * 8 + 15;

    /* Like execve's E2BIG: arguments may take at most a quarter of the
     * stack, leaving the rest for the program. */
    uint64_t size = stack_size();
    if (need > size / 4)
        ferry_fatal(126, "%s: argument list too long", execfn);

    void *map = mmap(NULL, STACK_GUARD + size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_NORESERVE,
                     -1, 0);
    if (map == MAP_FAILED)
        ferry_fatal(126, "%s: cannot allocate the guest stack: %s", execfn,
                    strerror(errno));
    mprotect(map, STACK_GUARD, PROT_NONE);
    stack_lo = (uintptr_t)map + STACK_GUARD;
    stack_hi = stack_lo + size;
    int prot = img->stack_prot ? img->stack_prot : PROT_READ | PROT_WRITE;
    if (prot & PROT_EXEC) /* PT_GNU_STACK asked for it */
        mprotect((void *)(uintptr_t)stack_lo, size, prot);
    /* The guard stays ferry's: the guest sees a gap below its stack, as
     * the kernel leaves one. */
    mm_record(stack_lo, stack_hi, (uint32_t)prot, 0, VMA_STACK, -1, 0, NULL);

    uint64_t p = stack_hi - 8; /* the top 8 bytes stay zero */
    p -= execfn_bytes;
    uint64_t execfn_at = p;
    memcpy((void *)(uintptr_t)p, execfn, execfn_bytes);
    p -= env_bytes;
    uint64_t env_at = p;
    p -= arg_bytes;
    uint64_t arg_at = p;

    p &= ~15ULL;
    p -= sizeof platform;
    uint64_t platform_at = p;
    memcpy((void *)(uintptr_t)p, platform, sizeof platform);
    p -= 16;
    uint64_t random_at = p;
    fill_random(execfn, (void *)(uintptr_t)p, 16);

    /* The kernel's order (fs/binfmt_elf.c create_elf_tables, with arm64's
     * ARCH_DLINFO first: the vDSO, then AT_MINSIGSTKSZ).  glibc finds
     * __kernel_clock_gettime and friends through AT_SYSINFO_EHDR. */
    const uint64_t auxv[][2] = {
        {AT_SYSINFO_EHDR, vdso_map()},
        {AT_MINSIGSTKSZ, GUEST_MINSIGSTKSZ},
        {AT_HWCAP, loader_hwcap()},
        {AT_PAGESZ, PAGE},
        {AT_CLKTCK, (uint64_t)sysconf(_SC_CLK_TCK)},
        {AT_PHDR, img->phdr},
        {AT_PHENT, img->phent},
        {AT_PHNUM, img->phnum},
        {AT_BASE, img->interp_base},
        {AT_FLAGS, 0},
        {AT_ENTRY, img->prog_entry},
        {AT_UID, getuid()},
        {AT_EUID, geteuid()},
        {AT_GID, getgid()},
        {AT_EGID, getegid()},
        /* ferry's own: set when it runs setuid or with capabilities,
         * which the guest then has too. */
        {AT_SECURE, getauxval(AT_SECURE)},
        {AT_RANDOM, random_at},
        {AT_HWCAP2, loader_hwcap2()},
        {AT_EXECFN, execfn_at},
        {AT_PLATFORM, platform_at},
        {AT_NULL, 0},
    };
    _Static_assert(sizeof auxv / sizeof auxv[0] <= AUXV_MAX_PAIRS,
                   "raise AUXV_MAX_PAIRS");

    uint64_t words = 1 + (uint64_t)argc + 1 + (uint64_t)envc + 1;
    uint64_t sp = (p - words * 8 - sizeof auxv) & ~15ULL;

    uint64_t *w = (uint64_t *)(uintptr_t)sp;
    *w++ = (uint64_t)argc;
    w = place_strings(argc, argv, arg_at, w);
    w = place_strings(envc, envp, env_at, w);
    memcpy(w, auxv, sizeof auxv);

    layout.auxv = (uintptr_t)w;
    layout.auxv_len = sizeof auxv;
    layout.arg_start = arg_at;
    layout.arg_end = arg_at + arg_bytes;
    layout.env_start = env_at;
    layout.env_end = env_at + env_bytes;
    layout.start_stack = sp;
    return sp;
}
