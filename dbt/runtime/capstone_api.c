/* Loading Capstone on first use (see capstone_api.h). */
#include "dbt/runtime/capstone_api.h"

#include <dlfcn.h>
#include <pthread.h>

#include "common/ferry.h"

/* Linked in (ferry-static) or not (build/ferry): weak references tell. */
#pragma weak cs_open
#pragma weak cs_option
#pragma weak cs_malloc
#pragma weak cs_disasm
#pragma weak cs_disasm_iter
#pragma weak cs_free

#ifndef CAPSTONE_SONAME
#define CAPSTONE_SONAME "libcapstone.so.4"
#endif

static struct capstone_api api;
static const struct capstone_api *loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void)
{
    if (cs_open) {
        api = (struct capstone_api){ cs_open, cs_option, cs_malloc, cs_disasm, cs_disasm_iter, cs_free };
    } else {
        void *h = dlopen(CAPSTONE_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!h) {
            ferry_warn("cannot load Capstone (%s): no disassembly", dlerror());
            return;
        }
        /* (POSIX: a function pointer converts from dlsym's void *) */
        *(void **)&api.open = dlsym(h, "cs_open");
        *(void **)&api.option = dlsym(h, "cs_option");
        *(void **)&api.malloc = dlsym(h, "cs_malloc");
        *(void **)&api.disasm = dlsym(h, "cs_disasm");
        *(void **)&api.disasm_iter = dlsym(h, "cs_disasm_iter");
        *(void **)&api.free = dlsym(h, "cs_free");
    }
    if (api.open && api.option && api.malloc && api.disasm && api.disasm_iter && api.free)
        loaded = &api;
}

const struct capstone_api *capstone(void)
{
    pthread_once(&once, load);
    return loaded;
}
