/* dl-open.c - dlopen, dlsym and dlclose of the test libraries libdl-a.so
 * and libdl-b.so (tests/c/lib), found through the program's RUNPATH
 * ($ORIGIN/lib).  The two export the same symbols from code of the same
 * shape but different constants; loading them in turn, each after the
 * other was unloaded, usually puts them at the same address, so an
 * emulator that kept translations of unmapped code would compute the
 * previous library's results.  Each load gets fresh data (the constructor
 * sets dl_counter to 100) and the destructor runs at the last dlclose.
 * The libraries are linked -Bsymbolic, so their own references never bind
 * to the other's symbols.
 * ferry-test: dynamic-only (it loads shared libraries) */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

static int loaded(const char *lib)
{
    void *h = dlopen(lib, RTLD_NOW | RTLD_NOLOAD);
    if (h)
        dlclose(h);
    return h != NULL;
}

/* Load LIB, use it, unload it. */
static void round_trip(int round, const char *lib)
{
    void *h = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        printf("round %d: dlopen %s failed: %s\n", round, lib, dlerror());
        return;
    }
    int (*compute)(int) = (int (*)(int))dlsym(h, "dl_compute");
    long (*sum)(int) = (long (*)(int))dlsym(h, "dl_sum");
    const char *name = dlsym(h, "dl_name");
    int *counter = dlsym(h, "dl_counter");
    int *initialised = dlsym(h, "dl_initialised");
    if (!compute || !sum || !name || !counter || !initialised) {
        printf("round %d: dlsym failed\n", round);
        return;
    }
    printf("round %d: %s: name=%s counter=%d initialised=%d\n", round, lib, name,
           *counter, *initialised);
    long total = 0;
    for (int i = 0; i < 2000; i++)
        total += compute(i);
    printf("round %d: compute sum=%ld sum(5000)=%ld counter=%d\n", round, total,
           sum(5000), *counter);
    *initialised = 0; /* a fresh load must show 7 again */
    printf("round %d: dlclose=%d\n", round, dlclose(h));
    printf("round %d: unloaded: %s\n", round, yesno(!loaded(lib)));
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    static const char *const order[] = { "libdl-a.so", "libdl-b.so", "libdl-a.so",
                                         "libdl-a.so", "libdl-b.so", "libdl-b.so",
                                         "libdl-a.so" };
    for (int r = 0; r < (int)(sizeof order / sizeof order[0]); r++)
        round_trip(r, order[r]);

    /* Reference counting: two dlopens need two dlcloses. */
    void *h1 = dlopen("libdl-a.so", RTLD_NOW);
    void *h2 = dlopen("libdl-a.so", RTLD_LAZY);
    printf("same handle twice: %s\n", yesno(h1 && h1 == h2));
    dlclose(h2);
    printf("after one dlclose: still loaded: %s\n", yesno(loaded("libdl-a.so")));
    dlclose(h1);
    printf("after two: still loaded: %s\n", yesno(loaded("libdl-a.so")));

    /* Both at once: two copies of the same names, each handle sees its own. */
    void *a = dlopen("libdl-a.so", RTLD_NOW | RTLD_LOCAL);
    void *b = dlopen("libdl-b.so", RTLD_NOW | RTLD_LOCAL);
    int (*fa)(int) = (int (*)(int))dlsym(a, "dl_compute");
    int (*fb)(int) = (int (*)(int))dlsym(b, "dl_compute");
    printf("both loaded: a(10)=%d b(10)=%d distinct: %s\n", fa(10), fb(10),
           yesno((void *)fa != (void *)fb));
    dlclose(b);
    dlclose(a);

    /* Errors. */
    dlerror();
    void *none = dlopen("libferry-test-nonexistent.so", RTLD_NOW);
    const char *err = dlerror();
    printf("missing library: NULL: %s, dlerror names it: %s\n", yesno(none == NULL),
           yesno(err && strstr(err, "libferry-test-nonexistent.so")));
    printf("dlerror cleared after reading: %s\n", yesno(dlerror() == NULL));
    a = dlopen("libdl-a.so", RTLD_NOW);
    void *sym = dlsym(a, "dl_no_such_symbol");
    err = dlerror();
    printf("missing symbol: NULL: %s, dlerror names it: %s\n", yesno(sym == NULL),
           yesno(err && strstr(err, "dl_no_such_symbol")));
    dlclose(a);

    /* RTLD_GLOBAL: the library's symbols join the global scope.  Last,
     * because a symbol the main program finds with dlsym(RTLD_DEFAULT)
     * makes its library undeletable (glibc adds a dependency of the main
     * program, which is never unloaded): dlclose does not unload it. */
    void *g = dlopen("libdl-b.so", RTLD_NOW | RTLD_GLOBAL);
    int (*viaglobal)(int) = (int (*)(int))dlsym(RTLD_DEFAULT, "dl_compute");
    printf("RTLD_GLOBAL: dl_compute in the global scope: %s, 10 -> %d\n",
           yesno(viaglobal != NULL), viaglobal ? viaglobal(10) : -1);
    dlclose(g);
    printf("after dlclose: still loaded: %s, dl_compute in the global scope: %s\n",
           yesno(loaded("libdl-b.so")), yesno(dlsym(RTLD_DEFAULT, "dl_compute") != NULL));
    printf("done\n");
    return 0;
}
