/* dl-addr.c - dladdr and dladdr1: which object and symbol an address
 * belongs to, for a dlopen'ed test library (libdl-a.so, found through
 * RUNPATH $ORIGIN/lib), libc and the main program.  Prints names and
 * facts, never addresses.
 * ferry-test: dynamic-only (it loads shared libraries) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *base(const char *path)
{
    if (!path)
        return "(null)";
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static int global_in_main = 1;

int main(int argc, char **argv)
{
    (void)argc;
    void *h = dlopen("libdl-a.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        printf("dlopen: %s\n", dlerror());
        return 1;
    }
    char *compute = dlsym(h, "dl_compute");
    char *sum = dlsym(h, "dl_sum");
    int *counter = dlsym(h, "dl_counter");
    struct link_map *lm = NULL;
    dlinfo(h, RTLD_DI_LINKMAP, &lm);
    printf("link_map name: %s\n", base(lm ? lm->l_name : NULL));

    Dl_info info;
    struct {
        const char *what;
        void *addr;
        void *sym;
    } cases[] = {
        { "dl_compute", compute, compute },
        { "dl_compute+4", compute + 4, compute },
        { "dl_sum", sum, sum },
        { "dl_counter", counter, counter },
        { "dl_name", dlsym(h, "dl_name"), dlsym(h, "dl_name") },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memset(&info, 0, sizeof info);
        int r = dladdr(cases[i].addr, &info);
        printf("%s: found=%s file=%s symbol=%s exact address: %s, base is the load "
               "address: %s\n",
               cases[i].what, yesno(r != 0), base(info.dli_fname),
               info.dli_sname ? info.dli_sname : "(null)", yesno(info.dli_saddr == cases[i].sym),
               yesno(lm && (ElfW(Addr))info.dli_fbase == lm->l_addr));
    }

    /* dladdr1 with RTLD_DL_SYMENT / RTLD_DL_LINKMAP. */
    const ElfW(Sym) *sym = NULL;
    struct link_map *map = NULL;
    int r1 = dladdr1(compute, &info, (void **)&sym, RTLD_DL_SYMENT);
    printf("dladdr1 SYMENT: found=%s function symbol: %s, size > 0: %s\n", yesno(r1 != 0),
           yesno(sym && ELF64_ST_TYPE(sym->st_info) == STT_FUNC), yesno(sym && sym->st_size > 0));
    int r2 = dladdr1(counter, &info, (void **)&map, RTLD_DL_LINKMAP);
    printf("dladdr1 LINKMAP: found=%s same link_map as dlinfo: %s\n", yesno(r2 != 0),
           yesno(map == lm));

    /* libc and the main program. */
    memset(&info, 0, sizeof info);
    int rc = dladdr((void *)&strtol, &info);
    printf("strtol: found=%s file=%s\n", yesno(rc != 0), base(info.dli_fname));
    memset(&info, 0, sizeof info);
    rc = dladdr((void *)&main, &info);
    /* glibc names the main program by argv[0]; main is not exported. */
    printf("main: found=%s file is argv[0]: %s, symbol=%s\n", yesno(rc != 0),
           yesno(info.dli_fname && strcmp(info.dli_fname, argv[0]) == 0),
           info.dli_sname ? info.dli_sname : "(null)");
    rc = dladdr(&global_in_main, &info);
    printf("a global of main: found=%s\n", yesno(rc != 0));

    /* Addresses in no object. */
    int local = 0;
    void *heap = malloc(64);
    printf("stack address: found=%s\n", yesno(dladdr(&local, &info) != 0));
    printf("heap address: found=%s\n", yesno(dladdr(heap, &info) != 0));
    printf("NULL: found=%s\n", yesno(dladdr(NULL, &info) != 0));
    free(heap);

    dlclose(h);
    /* After dlclose the library's former addresses belong to nothing. */
    printf("dl_compute after dlclose: found=%s\n", yesno(dladdr(compute, &info) != 0));
    return 0;
}
