/* dl-preload.c - LD_PRELOAD (dl-preload.env): lib/libpreload.so comes
 * before libc in the lookup order, so its rand() replaces libc's for the
 * program (and calls the real one through RTLD_NEXT); the program's weak
 * reference to preload_hook, which only the preloaded library defines, is
 * bound; its constructor runs before main.  run.exp runs this program
 * through ld.so --preload too, with the same expected output.
 * ferry-test: dynamic-only (it needs the dynamic linker) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int preload_hook(int) __attribute__((weak));

static const char *yesno(int c) { return c ? "yes" : "no"; }

static int position, seen;

static int visit(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    (void)arg;
    const char *slash = strrchr(info->dlpi_name, '/');
    const char *name = slash ? slash + 1 : info->dlpi_name;
    if (strcmp(name, "linux-vdso.so.1") == 0)
        return 0;
    seen++;
    if (strcmp(name, "libpreload.so") == 0)
        position = seen;
    return 0;
}

int main(void)
{
    const char *ctor = getenv("FERRY_PRELOAD_CTOR");
    printf("preload constructor ran before main: %s\n", yesno(ctor && strcmp(ctor, "ran") == 0));
    srand(12345);
    int r1 = rand();
    int r2 = rand();
    printf("rand() comes from the preloaded library: %s\n",
           yesno(r1 >= 1000000 && r1 < 1001000 && r2 >= 1000000 && r2 < 1001000));
    int *calls = dlsym(RTLD_DEFAULT, "preload_calls");
    int *next = dlsym(RTLD_DEFAULT, "preload_found_next");
    printf("its calls counted: %d, the real rand found through RTLD_NEXT: %s\n",
           calls ? *calls : -1, yesno(next && *next));
    /* The real rand, seeded the same way, gives the same sequence. */
    void *libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
    int (*real)(void) = libc ? (int (*)(void))dlsym(libc, "rand") : NULL;
    printf("libc's own rand is another function: %s\n", yesno(real && real != rand));
    srand(12345);
    int q1 = real ? real() : -1;
    int q2 = real ? real() : -1;
    printf("the results follow libc's sequence: %s\n",
           yesno(r1 == 1000000 + q1 % 1000 && r2 == 1000000 + q2 % 1000));
    printf("weak preload_hook bound: %s, preload_hook(7)=%d\n", yesno(preload_hook != NULL),
           preload_hook ? preload_hook(7) : -1);
    dl_iterate_phdr(visit, NULL);
    printf("libpreload.so is the second object, right after the program: %s\n",
           yesno(position == 2));
    return 0;
}
