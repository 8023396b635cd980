/* dl-iterate-phdr.c - dl_iterate_phdr: the loaded objects in load order,
 * before and after dlopen/dlclose, with facts about their program headers
 * (never addresses).  The vDSO is left out: a real kernel and ferry have
 * one, qemu 7.2 has none for arm64.  The dynamic linker is printed as
 * "ld.so" (ld-linux-aarch64.so.1 here, ld-linux-x86-64.so.2 natively).
 * ferry-test: dynamic-only (it loads shared libraries) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

static const char *shortname(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    if (strncmp(name, "ld-linux-", 9) == 0)
        return "ld.so";
    if (*name == '\0')
        return "(main program)";
    return name;
}

static int is_vdso(const struct dl_phdr_info *info)
{
    uintptr_t vdso = getauxval(AT_SYSINFO_EHDR);
    return strcmp(info->dlpi_name, "linux-vdso.so.1") == 0 ||
           (vdso != 0 &&
            (uintptr_t)info->dlpi_phdr == vdso + ((const ElfW(Ehdr) *)vdso)->e_phoff);
}

/* Does a PT_LOAD of the object cover [addr, addr+len) with flags FLAGS? */
static int covered(const struct dl_phdr_info *info, const void *addr, size_t len,
                   ElfW(Word) flags)
{
    uintptr_t a = (uintptr_t)addr;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        uintptr_t lo = info->dlpi_addr + p->p_vaddr;
        if (p->p_type == PT_LOAD && a >= lo && a + len <= lo + p->p_memsz &&
            (p->p_flags & flags) == flags)
            return 1;
    }
    return 0;
}

struct walk {
    int print;
    int count;
    int stop_after; /* 0: walk everything */
    unsigned long long adds, subs;
    const void *find;   /* an address: which object holds it */
    const char *holder;
};

static int main_marker = 42;
int main(void);

static int visit(struct dl_phdr_info *info, size_t size, void *arg)
{
    struct walk *w = arg;
    w->adds = info->dlpi_adds;
    w->subs = info->dlpi_subs;
    if (is_vdso(info))
        return 0;
    w->count++;
    int load = 0, dynamic = 0, interp = 0, tls = 0, relro = 0, stack_exec = -1, phdr = 0;
    int aligned = 1;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        switch (p->p_type) {
        case PT_LOAD:
            load++;
            if ((p->p_vaddr - p->p_offset) % 4096 != 0 || p->p_filesz > p->p_memsz)
                aligned = 0;
            break;
        case PT_DYNAMIC: dynamic++; break;
        case PT_INTERP: interp++; break;
        case PT_TLS: tls++; break;
        case PT_GNU_RELRO: relro++; break;
        case PT_GNU_STACK: stack_exec = (p->p_flags & PF_X) != 0; break;
        case PT_PHDR: phdr++; break;
        }
    }
    if (w->find && covered(info, w->find, 1, 0))
        w->holder = shortname(info->dlpi_name);
    if (w->print) {
        printf("  %d: %s: PT_LOAD: %s, consistent: %s; PT_DYNAMIC: %s; PT_INTERP: %s; "
               "PT_TLS: %s (module id %s); PT_GNU_RELRO: %s; executable stack: %s\n",
               w->count, shortname(info->dlpi_name), yesno(load > 0), yesno(aligned),
               yesno(dynamic == 1), yesno(interp == 1), yesno(tls == 1),
               info->dlpi_tls_modid > 0 ? "> 0" : "0", yesno(relro == 1),
               stack_exec < 0 ? "no PT_GNU_STACK" : yesno(stack_exec));
        if (w->count == 1) {
            /* The main program: its headers are where AT_PHDR says, and
             * its code and data are inside its PT_LOAD segments. */
            printf("     AT_PHDR/AT_PHNUM are its headers: %s; PT_PHDR: %s\n",
                   yesno((uintptr_t)info->dlpi_phdr == getauxval(AT_PHDR) &&
                         info->dlpi_phnum == getauxval(AT_PHNUM)),
                   yesno(phdr == 1));
            printf("     main() in an executable PT_LOAD: %s; a global in a writable one: %s\n",
                   yesno(covered(info, (void *)&main, 4, PF_R | PF_X)),
                   yesno(covered(info, &main_marker, sizeof main_marker, PF_R | PF_W)));
            const ElfW(Ehdr) *eh = NULL;
            for (int i = 0; i < info->dlpi_phnum; i++)
                if (info->dlpi_phdr[i].p_type == PT_LOAD && info->dlpi_phdr[i].p_offset == 0)
                    eh = (const ElfW(Ehdr) *)(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
            printf("     AT_ENTRY is its entry point: %s\n",
                   yesno(eh && info->dlpi_addr + eh->e_entry == getauxval(AT_ENTRY)));
        }
        if (strcmp(shortname(info->dlpi_name), "ld.so") == 0)
            printf("     its load address is AT_BASE: %s\n",
                   yesno(info->dlpi_addr == getauxval(AT_BASE)));
    }
    (void)size;
    if (w->stop_after && w->count == w->stop_after)
        return 1000 + w->count;
    return 0;
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    struct walk w = { .print = 1 };
    printf("at startup:\n");
    dl_iterate_phdr(visit, &w);
    unsigned long long adds0 = w.adds, subs0 = w.subs;

    void *a = dlopen("libdl-a.so", RTLD_NOW);
    void *t = dlopen("libtls-gd.so", RTLD_NOW);
    if (!a || !t) {
        printf("dlopen: %s\n", dlerror());
        return 1;
    }
    /* Use the TLS so that its block exists. */
    int *(*gd)(void) = (int *(*)(void))dlsym(t, "gd_init_addr");
    printf("gd_init=%d\n", *gd());
    w = (struct walk){ .print = 1, .find = dlsym(a, "dl_compute") };
    printf("after dlopen of libdl-a.so and libtls-gd.so:\n");
    dl_iterate_phdr(visit, &w);
    printf("dlpi_adds grew by 2: %s, dlpi_subs unchanged: %s\n", yesno(w.adds == adds0 + 2),
           yesno(w.subs == subs0));
    printf("dl_compute is in: %s\n", w.holder ? w.holder : "(none)");

    dlclose(t);
    dlclose(a);
    w = (struct walk){ .print = 0 };
    dl_iterate_phdr(visit, &w);
    printf("after dlclose: %d objects, dlpi_subs grew by 2: %s\n", w.count,
           yesno(w.subs == subs0 + 2));

    /* A non-zero return stops the walk and is dl_iterate_phdr's result. */
    w = (struct walk){ .print = 0, .stop_after = 2 };
    int r = dl_iterate_phdr(visit, &w);
    printf("stopped after 2: returned %d, visited %d\n", r, w.count);
    return 0;
}
