/* auxv.c - the auxiliary vector the loader builds (via getauxval).
 * ferry-test: arch-specific (AT_PLATFORM is "aarch64", hwcaps differ)
 * ferry-test: static-only (it prints AT_BASE=0: no interpreter)
 * Only values that are the same on every run and machine are printed. */
#include <elf.h>
#include <errno.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern const ElfW(Ehdr) __ehdr_start;
extern void _start(void);

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
    printf("AT_PAGESZ=%lu\n", getauxval(AT_PAGESZ));
    printf("sysconf(_SC_PAGESIZE)=%ld\n", sysconf(_SC_PAGESIZE));
    const char *plat = (const char *)getauxval(AT_PLATFORM);
    printf("AT_PLATFORM=%s\n", plat ? plat : "(null)");
    printf("AT_HWCAP nonzero: %s\n", yesno(getauxval(AT_HWCAP) != 0));
    /* FP and ASIMD are mandatory on Linux/arm64. */
    printf("AT_HWCAP has FP and ASIMD: %s\n",
           yesno((getauxval(AT_HWCAP) & 3) == 3));

    const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
    printf("AT_RANDOM non-null: %s\n", yesno(rnd != NULL));
    if (rnd) {
        /* 16 readable bytes; they should not all be zero. */
        int nz = 0;
        for (int i = 0; i < 16; i++)
            nz |= rnd[i];
        printf("AT_RANDOM bytes not all zero: %s\n", yesno(nz != 0));
    }

    const char *fn = (const char *)getauxval(AT_EXECFN);
    printf("AT_EXECFN non-null: %s\n", yesno(fn != NULL));
    if (fn) {
        const char *b = strrchr(fn, '/');
        b = b ? b + 1 : fn;
        printf("AT_EXECFN basename starts with \"auxv\": %s\n",
               yesno(strncmp(b, "auxv", 4) == 0));
    }

    printf("AT_PHENT=%lu\n", getauxval(AT_PHENT));
    printf("AT_PHNUM matches ELF header: %s\n",
           yesno(getauxval(AT_PHNUM) == __ehdr_start.e_phnum));
    printf("AT_PHDR matches ELF header: %s\n",
           yesno(getauxval(AT_PHDR) ==
              (unsigned long)&__ehdr_start + __ehdr_start.e_phoff));
    printf("AT_ENTRY is _start: %s\n",
           yesno(getauxval(AT_ENTRY) == (unsigned long)&_start));
    printf("AT_BASE=%lu (static: no interpreter)\n", getauxval(AT_BASE));
    printf("AT_UID matches getuid: %s\n", yesno(getauxval(AT_UID) == getuid()));
    printf("AT_EUID matches geteuid: %s\n", yesno(getauxval(AT_EUID) == geteuid()));
    printf("AT_GID matches getgid: %s\n", yesno(getauxval(AT_GID) == getgid()));
    printf("AT_EGID matches getegid: %s\n", yesno(getauxval(AT_EGID) == getegid()));
    printf("AT_SECURE=%lu\n", getauxval(AT_SECURE));
    printf("AT_CLKTCK=%lu\n", getauxval(AT_CLKTCK));

    errno = 0;
    unsigned long missing = getauxval(0x7fff);
    printf("unknown type: value=%lu errno=%s\n", missing,
           errno == ENOENT ? "ENOENT" : "other");

    return 0;
}
