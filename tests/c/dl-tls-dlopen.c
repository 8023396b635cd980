/* dl-tls-dlopen.c - thread-local storage of a dlopen'ed library
 * (lib/libtls-gd.c: general dynamic model, TLS descriptors on arm64).
 * Its TLS block is allocated on first use, after startup; initial values
 * come from its PT_TLS segment (.tdata, then zeroed .tbss); dlsym of a TLS
 * symbol gives this thread's instance; unloading and loading the library
 * again gives a fresh block with the initial values.
 * ferry-test: dynamic-only (it loads shared libraries) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

struct tls_facts {
    const char *want;
    int found;
    size_t modid;
    void *data;
    ElfW(Word) memsz;
};

static int find(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    struct tls_facts *f = arg;
    const char *slash = strrchr(info->dlpi_name, '/');
    if (strcmp(slash ? slash + 1 : info->dlpi_name, f->want) != 0)
        return 0;
    f->found = 1;
    f->modid = info->dlpi_tls_modid;
    f->data = info->dlpi_tls_data;
    for (int i = 0; i < info->dlpi_phnum; i++)
        if (info->dlpi_phdr[i].p_type == PT_TLS)
            f->memsz = info->dlpi_phdr[i].p_memsz;
    return 1;
}

static int main_tls = 3; /* not thread-local: a control */

static void load_and_use(int round)
{
    void *h = dlopen("libtls-gd.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        printf("dlopen: %s\n", dlerror());
        return;
    }
    int *(*init_addr)(void) = (int *(*)(void))dlsym(h, "gd_init_addr");
    long *(*zero_addr)(void) = (long *(*)(void))dlsym(h, "gd_zero_addr");
    char *(*text_addr)(void) = (char *(*)(void))dlsym(h, "gd_text_addr");
    long (*bump)(void) = (long (*)(void))dlsym(h, "gd_bump");
    int (*hidden)(void) = (int (*)(void))dlsym(h, "gd_hidden_value");
    if (!init_addr || !zero_addr || !text_addr || !bump || !hidden) {
        printf("dlsym failed\n");
        return;
    }
    struct tls_facts before = { .want = "libtls-gd.so" };
    dl_iterate_phdr(find, &before);

    int *gi = init_addr();
    printf("round %d: gd_init=%d gd_zero=%ld gd_hidden=%d gd_text=\"%s\"\n", round, *gi,
           *zero_addr(), hidden(), text_addr());
    printf("round %d: dlsym of a TLS symbol gives this thread's instance: %s\n", round,
           yesno(dlsym(h, "gd_init") == (void *)gi && dlsym(h, "gd_zero") == zero_addr() &&
                 dlsym(h, "gd_text") == text_addr()));
    printf("round %d: the same address on every call: %s\n", round,
           yesno(init_addr() == gi && init_addr() == gi));
    long b1 = bump();
    long b2 = bump();
    printf("round %d: bump=%ld bump=%ld now gd_init=%d gd_zero=%ld gd_hidden=%d gd_text=%.3s\n",
           round, b1, b2, *gi, *zero_addr(), hidden(), text_addr());
    *gi = 9999; /* must not survive the dlclose below */

    struct tls_facts after = { .want = "libtls-gd.so" };
    dl_iterate_phdr(find, &after);
    uintptr_t lo = (uintptr_t)after.data, a = (uintptr_t)gi;
    printf("round %d: dl_iterate_phdr: found=%s modid>0: %s PT_TLS memsz>=%zu: %s\n", round,
           yesno(after.found), yesno(after.modid > 0), sizeof(int) + sizeof(long) + 64,
           yesno(after.memsz >= sizeof(int) + sizeof(long) + 64));
    printf("round %d: dlpi_tls_data is this thread's block, holding gd_init: %s\n", round,
           yesno(after.data && a >= lo && a + sizeof(int) <= lo + after.memsz));
    printf("round %d: same module id before and after first use: %s\n", round,
           yesno(before.modid == after.modid));
    printf("round %d: dlclose=%d\n", round, dlclose(h));
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int round = 0; round < 3; round++)
        load_and_use(round);
    /* A library without TLS has module id 0. */
    void *h = dlopen("libdl-a.so", RTLD_NOW);
    struct tls_facts nontls = { .want = "libdl-a.so" };
    dl_iterate_phdr(find, &nontls);
    printf("libdl-a.so: found=%s modid=%zu PT_TLS: %s\n", yesno(nontls.found), nontls.modid,
           yesno(nontls.memsz != 0));
    dlclose(h);
    printf("main_tls=%d\n", main_tls);
    return 0;
}
