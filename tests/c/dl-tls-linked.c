/* dl-tls-linked.c - thread-local storage of libraries linked at startup:
 * lib/libtls-ie.c (initial exec: static TLS at a fixed offset from the
 * thread pointer) and lib/libtls-ld.c (local dynamic), next to the main
 * program's own TLS (local exec).  The main program also reads the
 * library's ie_shared directly (initial exec from the executable), which
 * must be the same variable the library sees.
 * ferry-test: dynamic-only (it links against shared libraries) */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern __thread int ie_shared;
int *ie_shared_addr(void);
long ie_bump(int by);
long ld_bump(void);
int ld_values(int which);
void *ld_address(void);

__thread int main_tls = 77;
__thread char main_tls_zero[100];

static const char *yesno(int c) { return c ? "yes" : "no"; }

struct facts {
    int objects_with_tls;
    int found_ie, found_ld;
    int ld_holds_var;
};

static int visit(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    struct facts *f = arg;
    const char *slash = strrchr(info->dlpi_name, '/');
    const char *name = slash ? slash + 1 : info->dlpi_name;
    ElfW(Word) tls_memsz = 0;
    for (int i = 0; i < info->dlpi_phnum; i++)
        if (info->dlpi_phdr[i].p_type == PT_TLS)
            tls_memsz = info->dlpi_phdr[i].p_memsz;
    if (tls_memsz != 0)
        f->objects_with_tls++;
    if (strcmp(name, "libtls-ie.so") == 0)
        f->found_ie = info->dlpi_tls_modid > 0 && info->dlpi_tls_data != NULL;
    if (strcmp(name, "libtls-ld.so") == 0) {
        uintptr_t lo = (uintptr_t)info->dlpi_tls_data, a = (uintptr_t)ld_address();
        f->found_ld = info->dlpi_tls_modid > 0;
        f->ld_holds_var = lo != 0 && a >= lo && a < lo + tls_memsz;
    }
    return 0;
}

int main(void)
{
    printf("main_tls=%d main_tls_zero all zero: %s\n", main_tls,
           yesno(memcmp(main_tls_zero, (char[100]){ 0 }, 100) == 0));
    printf("ie_shared=%d, the library's and the program's are one variable: %s\n", ie_shared,
           yesno(ie_shared_addr() == &ie_shared));
    long r = ie_bump(5);
    printf("ie_bump(5)=%ld ie_shared=%d\n", r, ie_shared);
    ie_shared = 2000;
    r = ie_bump(1);
    printf("after the program wrote 2000: ie_bump(1)=%ld ie_shared=%d\n", r, ie_shared);

    printf("ld values: a=%d b=%d array[0..3]=%d,%d,%d,%d\n", ld_values(0), ld_values(1),
           ld_values(2), ld_values(3), ld_values(4), ld_values(5));
    long s1 = ld_bump();
    long s2 = ld_bump();
    printf("ld_bump=%ld ld_bump=%ld a=%d b=%d array[31]=%d\n", s1, s2, ld_values(0),
           ld_values(1), ld_values(33));

    main_tls += 1;
    main_tls_zero[99] = 1;
    printf("main_tls=%d\n", main_tls);

    struct facts f = { 0 };
    dl_iterate_phdr(visit, &f);
    /* The main program, libtls-ie.so, libtls-ld.so and libc (errno and
     * friends) all have PT_TLS. */
    printf("objects with PT_TLS >= 4: %s\n", yesno(f.objects_with_tls >= 4));
    printf("libtls-ie.so: module id and TLS block: %s\n", yesno(f.found_ie));
    printf("libtls-ld.so: module id: %s, its block holds its variable: %s\n",
           yesno(f.found_ld), yesno(f.ld_holds_var));
    return 0;
}
