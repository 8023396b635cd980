/* -perfmap (see perfmap.h). */
#include "dbt/runtime/perfmap.h"

#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

#include "common/ferry.h"
#include "dbt/runtime/guest_symbols.h"

static FILE *map;

void perfmap_note(const void *host, size_t size, uint64_t guest_pc)
{
    if (!map) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)getpid());
        map = fopen(path, "w");
        if (!map) {
            ferry_warn("-perfmap: cannot write %s", path);
            ferry_opt.perfmap = false;
            return;
        }
    }
    char name[512];
    if (!guest_symbol_name(guest_pc, name, sizeof name))
        name[0] = '\0';
    /* Lines are flushed as they come: perf reads the file after ferry
     * exits, however it exits. */
    fprintf(map, "%" PRIxPTR " %zx %s [0x%" PRIx64 "]\n", (uintptr_t)host, size,
            name[0] ? name : "guest", guest_pc);
    fflush(map);
}
