/* dl-library-path.c - LD_LIBRARY_PATH: the program is linked against
 * lib/libpath.so without a RUNPATH, so the dynamic linker finds it (and
 * libdl-a.so for dlopen) only through LD_LIBRARY_PATH, which
 * dl-library-path.env sets to a missing directory, then the test library
 * directory.  Without it the program does not start (exit 127).
 * ferry-test: dynamic-only (it links against a shared library) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int path_answer(int x);
extern const char path_greeting[];

static const char *yesno(int c) { return c ? "yes" : "no"; }

/* Is PATH's directory the second entry of LD_LIBRARY_PATH? */
static int in_second_entry(const char *path)
{
    const char *llp = getenv("LD_LIBRARY_PATH");
    const char *colon = llp ? strchr(llp, ':') : NULL;
    const char *slash = path ? strrchr(path, '/') : NULL;
    if (!colon || !slash)
        return 0;
    size_t dirlen = (size_t)(slash - path);
    return strlen(colon + 1) == dirlen && strncmp(colon + 1, path, dirlen) == 0;
}

int main(void)
{
    printf("%s: path_answer(5)=%d\n", path_greeting, path_answer(5));
    Dl_info info;
    int r = dladdr((void *)path_answer, &info);
    printf("libpath.so loaded from LD_LIBRARY_PATH's second directory: %s\n",
           yesno(r && in_second_entry(info.dli_fname)));

    void *h = dlopen("libdl-a.so", RTLD_NOW);
    printf("dlopen(\"libdl-a.so\") through LD_LIBRARY_PATH: %s\n", yesno(h != NULL));
    if (h) {
        int (*f)(int) = (int (*)(int))dlsym(h, "dl_compute");
        r = dladdr((void *)f, &info);
        printf("dl_compute(10)=%d, from the same directory: %s\n", f(10),
               yesno(r && in_second_entry(info.dli_fname)));
        dlclose(h);
    }
    return 0;
}
