/* libpreload.c - loaded with LD_PRELOAD by dl-preload.c (dl-preload.env):
 * it overrides libc's rand() (reaching the real one through RTLD_NEXT),
 * defines preload_hook(), which the program references weakly, and its
 * constructor runs before the program's. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

int preload_calls;
int preload_found_next;

int rand(void)
{
    static int (*next)(void);
    if (!next)
        next = (int (*)(void))dlsym(RTLD_NEXT, "rand");
    preload_found_next = next != NULL;
    preload_calls++;
    return 1000000 + (next ? next() % 1000 : 999);
}

int preload_hook(int x) { return x + 70; }

static void __attribute__((constructor)) preload_ctor(void)
{
    setenv("FERRY_PRELOAD_CTOR", "ran", 1);
}
