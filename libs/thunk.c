/* Host-library thunks (see thunk.h, docs/thunks.md).
 *
 * Interception is by address: the guest's own ld.so loads the guest's
 * copy of the library as usual, and the first time the dispatcher is
 * asked for code at an address inside an executable file mapping, that
 * file is examined once: its DT_SONAME must be an enabled library of
 * libs/, every function and data object it exports must be in that
 * library's list, and the host must have the same soname with every
 * listed function.  Then each exported function's entry (where the guest's
 * PLT jumps) is mapped to its host twin and its signature.  A call there
 * never reaches translated code: the dispatcher makes the host call
 * (abi_call) and continues at the guest's return address, x30.  Nothing
 * of the guest's copy runs but its initialisation (_init, constructors),
 * which touches only its own data. */
#include "libs/thunk.h"

#include <dlfcn.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <link.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>

#include "abi/abi_call.h"
#include "common/ferry.h"
#include "common/sysroot.h"
#include "libs/guest_errno.h"
#include "libs/libraries.h"
#include "libs/mapped_elf.h"
#include "mm/vma.h"

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

bool thunk_any_enabled;
/* Per library: off, on by default (its host and guest versions must
 * match), or asked for (--thunk: soname and exports decide). */
enum thunk_state { THUNK_OFF, THUNK_AUTO, THUNK_ASKED };
static enum thunk_state state[64];
static bool defaults_set, refused_all;

/* Whether this ferry is statically linked (ferry-static: no PT_INTERP).
 * Its dlopen can load only libraries of the glibc it was built with, so
 * it thunks nothing unless asked. */
static bool host_is_static(void)
{
    const ElfW(Phdr) *ph = (const ElfW(Phdr) *)getauxval(AT_PHDR);
    size_t n = getauxval(AT_PHNUM);
    for (size_t i = 0; ph && i < n; i++)
        if (ph[i].p_type == PT_INTERP)
            return false;
    return true;
}

static void set_defaults(void)
{
    if (defaults_set)
        return;
    defaults_set = true;
    if (host_is_static())
        return;
    for (int i = 0; i < n_thunk_libs; i++)
        if (thunk_libs[i].by_default) {
            state[i] = THUNK_AUTO;
            thunk_any_enabled = true;
        }
}

bool thunk_enable(const char *list)
{
    set_defaults();
    char *copy = strdup(list), *save = NULL;
    bool ok = copy != NULL;
    for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok; tok = strtok_r(NULL, ",", &save)) {
        bool found = false;
        for (int i = 0; i < n_thunk_libs; i++)
            if (!strcmp(tok, "all") || !strcmp(tok, thunk_libs[i].name)) {
                state[i] = THUNK_ASKED;
                found = thunk_any_enabled = true;
            }
        if (!found) {
            ferry_warn("--thunk: no library '%s' (known: see libs/*.def)", tok);
            ok = false;
        }
    }
    free(copy);
    return ok;
}

void thunk_disable_all(void)
{
    defaults_set = refused_all = true;
    memset(state, 0, sizeof state);
    thunk_any_enabled = false;
}

void thunk_start(void)
{
    set_defaults();
}

bool thunk_none_by_request(void)
{
    return refused_all;
}

const char *thunk_enabled_list(void)
{
    static char list[256];
    size_t used = 0;
    list[0] = '\0';
    for (int i = 0; i < n_thunk_libs; i++)
        if (state[i] == THUNK_ASKED && used + strlen(thunk_libs[i].name) + 2 < sizeof list)
            used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", used ? "," : "",
                                     thunk_libs[i].name);
    return list;
}

/* The real file's name ("libz.so.1.2.13": libtool and Debian name a
 * library's file by its upstream release) behind a path. */
static void real_name(const char *path, char *out, size_t cap)
{
    char buf[PATH_MAX];
    const char *real = realpath(path, buf) ? buf : path;
    const char *slash = strrchr(real, '/');
    size_t n = strnlen(slash ? slash + 1 : real, cap - 1);
    memcpy(out, slash ? slash + 1 : real, n);
    out[n] = '\0';
}

/* Whether the host's copy (handle h) is the guest's release (the guest's
 * file at guest_path); says why not. */
static bool same_release(void *h, const char *guest_path, const char *shown, bool asked)
{
    struct link_map *lm = NULL;
    char g[256], host[256];
    if (dlinfo(h, RTLD_DI_LINKMAP, &lm) || !lm || !lm->l_name)
        return false;
    real_name(guest_path, g, sizeof g);
    real_name(lm->l_name, host, sizeof host);
    if (!strcmp(g, host))
        return true;
    say("%s: the guest has %s, the host %s%s", shown, g, host,
        asked ? ": thunked anyway (--thunk)" : ": emulated (--thunk to use the host's anyway)");
    return asked;
}

struct thunk_fn {
    uint64_t guest;  /* the function's entry in the guest's copy */
    void (*host)(void);
    const char *name;
    struct abi_sig *sig;
};

/* One examined file mapping: which file, where, and what came of it. */
struct examined {
    uint64_t dev, ino, key; /* the file, and where offset 0 would map */
    uint64_t bias;          /* guest address = bias + ELF address */
    bool thunked;
    struct thunk_fn *fns; /* sorted by guest address */
    int n_fns;
};

#define MAX_EXAMINED 256
static struct examined examined[MAX_EXAMINED];
static int n_examined;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void say(const char *fmt, ...)
{
    if (!ferry_opt.log_thunk)
        return;
    FILE *f = ferry_opt.log ? ferry_opt.log : stderr;
    va_list ap;
    va_start(ap, fmt);
    fputs("thunk: ", f);
    vfprintf(f, fmt, ap);
    fputc('\n', f);
    va_end(ap);
    fflush(f);
}

static int by_guest(const void *a, const void *b)
{
    uint64_t x = ((const struct thunk_fn *)a)->guest, y = ((const struct thunk_fn *)b)->guest;
    return (x > y) - (x < y);
}

/* The host's copy: in $FERRY_THUNK_PATH's directories first, then where
 * the host's dynamic linker looks. */
static void *open_host(const char *soname)
{
    const char *path = ferry_opt.secure ? NULL : getenv("FERRY_THUNK_PATH");
    if (path) {
        char *copy = strdup(path), *save = NULL;
        for (char *dir = copy ? strtok_r(copy, ":", &save) : NULL; dir; dir = strtok_r(NULL, ":", &save)) {
            char file[PATH_MAX];
            snprintf(file, sizeof file, "%s/%s", dir, soname);
            void *h = dlopen(file, RTLD_NOW | RTLD_LOCAL);
            if (h) {
                free(copy);
                return h;
            }
        }
        free(copy);
    }
    return dlopen(soname, RTLD_NOW | RTLD_LOCAL);
}

static const struct thunk_func_def *find_func(const struct thunk_lib_def *lib, const char *name)
{
    for (int i = 0; i < lib->n_funcs; i++)
        if (!strcmp(lib->funcs[i].name, name))
            return &lib->funcs[i];
    return NULL;
}

static bool lists_data(const struct thunk_lib_def *lib, const char *name)
{
    for (int i = 0; i < lib->n_data; i++)
        if (!strcmp(lib->data[i], name))
            return true;
    return false;
}

/* Examine the file mapped at v (see the top of this file); fills *e. */
static void examine(const struct vma *v, struct examined *e)
{
    Elf *elf = mapped_elf_open(v, &e->bias);
    if (!elf)
        return;
    /* The soname and the dynamic symbols. */
    const char *soname = NULL;
    Elf_Scn *scn = NULL, *dynsym = NULL;
    size_t dynsym_link = 0;
    while ((scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh))
            continue;
        if (sh.sh_type == SHT_DYNSYM) {
            dynsym = scn;
            dynsym_link = sh.sh_link;
        } else if (sh.sh_type == SHT_DYNAMIC) {
            Elf_Data *d = elf_getdata(scn, NULL);
            for (size_t k = 0; d && k < sh.sh_size / sh.sh_entsize; k++) {
                GElf_Dyn dyn;
                if (gelf_getdyn(d, (int)k, &dyn) && dyn.d_tag == DT_SONAME)
                    soname = elf_strptr(elf, sh.sh_link, dyn.d_un.d_val);
            }
        }
    }
    const struct thunk_lib_def *lib = NULL;
    bool asked = false;
    for (int i = 0; soname && i < n_thunk_libs; i++)
        if (state[i] != THUNK_OFF && !strcmp(thunk_libs[i].soname, soname)) {
            lib = &thunk_libs[i];
            asked = state[i] == THUNK_ASKED;
        }
    if (!lib || !dynsym) {
        elf_end(elf);
        return;
    }
    void *host = open_host(lib->soname);
    if (!host) {
        say("%s: emulated: the host has no %s (%s)", v->name, lib->soname, dlerror());
        elf_end(elf);
        return;
    }
    char file[PATH_MAX];
    if (!same_release(host, sysroot_path(v->name, file, sizeof file), v->name, asked)) {
        elf_end(elf);
        return;
    }
    GElf_Shdr sh;
    gelf_getshdr(dynsym, &sh);
    Elf_Data *d = elf_getdata(dynsym, NULL);
    size_t n = d && sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
    struct thunk_fn *fns = calloc(n ? n : 1, sizeof *fns);
    int n_fns = 0;
    const char *refused = NULL;
    for (size_t k = 1; fns && k < n && !refused; k++) {
        GElf_Sym sym;
        /* (SHN_ABS: symbol-version names, not symbols) */
        if (!gelf_getsym(d, (int)k, &sym) || sym.st_shndx == SHN_UNDEF || sym.st_shndx == SHN_ABS)
            continue;
        int bind = GELF_ST_BIND(sym.st_info), type = GELF_ST_TYPE(sym.st_info);
        if (bind != STB_GLOBAL && bind != STB_WEAK)
            continue;
        const char *name = elf_strptr(elf, dynsym_link, sym.st_name);
        if (!name || !strcmp(name, "_init") || !strcmp(name, "_fini"))
            continue;
        if (type == STT_OBJECT || type == STT_TLS) {
            if (!lists_data(lib, name))
                refused = name;
            continue;
        }
        if (type != STT_FUNC) {
            if (type == STT_GNU_IFUNC || (type != STT_NOTYPE && type != STT_SECTION))
                refused = name;
            continue;
        }
        const struct thunk_func_def *def = find_func(lib, name);
        void *fn = def ? dlsym(host, def->host ? def->host : name) : NULL;
        const char *why = NULL;
        if (def && !def->sig)
            continue; /* GUEST: the guest's own code runs */
        if (!def || !fn || !(fns[n_fns].sig = abi_sig_new(def->sig, &why))) {
            refused = name;
            if (def && !fn)
                say("%s: emulated: the host's %s has no %s", v->name, lib->soname, name);
            else if (why)
                say("%s: emulated: bad signature for %s in libs/%s.def: %s", v->name, name,
                    lib->name, why);
            continue;
        }
        fns[n_fns].guest = e->bias + sym.st_value;
        fns[n_fns].host = (void (*)(void))fn;
        fns[n_fns].name = def->name;
        n_fns++;
    }
    /* (refused points into the ELF file's string table: said before it goes) */
    if (refused)
        say("%s: emulated: it exports %s, which libs/%s.def does not cover", v->name, refused,
            lib->name);
    elf_end(elf);
    if (!fns || refused) {
        free(fns);
        return;
    }
    qsort(fns, (size_t)n_fns, sizeof *fns, by_guest);
    e->fns = fns;
    e->n_fns = n_fns;
    e->thunked = true;
    say("%s (%s): thunked, %d functions, to the host's copy", v->name, lib->soname, n_fns);
}

/* The examination of the file mapped at v, made now if need be.  A file
 * mapped again elsewhere (dlclose, dlopen) is examined again. */
static const struct examined *examined_for(const struct vma *v)
{
    uint64_t key = v->lo - v->offset;
    pthread_mutex_lock(&lock);
    struct examined *e = NULL;
    for (int i = 0; i < n_examined && !e; i++)
        if (examined[i].dev == v->dev && examined[i].ino == v->ino && examined[i].key == key)
            e = &examined[i];
    if (!e && n_examined < MAX_EXAMINED) {
        e = &examined[n_examined++];
        memset(e, 0, sizeof *e);
        e->dev = v->dev;
        e->ino = v->ino;
        e->key = key;
        examine(v, e);
    }
    pthread_mutex_unlock(&lock);
    return e;
}

/* The function whose entry is pc, or NULL; *none tells that no address
 * of the mapping v holding pc is one (it is not a thunked library). */
static const struct thunk_fn *find_entry(uint64_t pc, struct vma *v, bool *none)
{
    *none = true;
    if (!vma_find(pc, v))
        return NULL;
    if (v->kind != VMA_FILE || !(v->prot & PROT_EXEC) || !v->name)
        return NULL;
    const struct examined *e = examined_for(v);
    if (!e || !e->thunked)
        return NULL;
    *none = false;
    /* Binary search for the entry. */
    int lo = 0, hi = e->n_fns - 1;
    const struct thunk_fn *f = NULL;
    while (lo <= hi && !f) {
        int mid = (lo + hi) / 2;
        if (e->fns[mid].guest == pc)
            f = &e->fns[mid];
        else if (e->fns[mid].guest < pc)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return f;
}

/* Each thread remembers the entries it called last: a thunked call never
 * gets a translation, so every call comes back here, and the mapping
 * table's lock and the examined list are the slow part.  An entry is
 * good while the mapping table is unchanged (vma_generation). */
#define ENTRY_CACHE 64
static __thread struct {
    uint64_t pc, generation;
    const struct thunk_fn *f;
} entry_cache[ENTRY_CACHE];
/* And the last mapping found to hold no entry (the program, libc...):
 * every block translated there asks first, since thunks are on by
 * default. */
static __thread struct {
    uint64_t lo, hi, generation;
} no_entries;

bool thunk_try(struct cpu_state *cpu, uint64_t pc)
{
    uint64_t generation = vma_generation;
    unsigned slot = (unsigned)(pc >> 2) % ENTRY_CACHE;
    const struct thunk_fn *f;
    if (entry_cache[slot].pc == pc && entry_cache[slot].generation == generation && pc) {
        f = entry_cache[slot].f;
    } else {
        if (pc >= no_entries.lo && pc < no_entries.hi && no_entries.generation == generation)
            return false;
        struct vma v = { 0 };
        bool none;
        if (!(f = find_entry(pc, &v, &none))) {
            if (none && v.hi > v.lo)
                no_entries.lo = v.lo, no_entries.hi = v.hi, no_entries.generation = generation;
            return false;
        }
        entry_cache[slot].pc = pc;
        entry_cache[slot].generation = generation;
        entry_cache[slot].f = f;
    }
    if (ferry_opt.log_thunk) {
        char args[512];
        abi_format_args(cpu, f->sig, args, sizeof args);
        say("%s(%s)", f->name, args);
    }
    guest_errno_to_host();
    bool called = abi_call(cpu, f->sig, f->host);
    guest_errno_from_host();
    if (!called)
        return false;
    cpu->pc = cpu->x[30];
    return true;
}
