/* -perfmap (see perfmap.h). */
#include "dbt/runtime/perfmap.h"

#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

#include "common/ferry.h"
#include "common/ferry_fds.h"
#include "dbt/runtime/guest_symbols.h"

static FILE *map;

static FILE *open_map(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)getpid());
    FILE *f = ferry_fd_fopen_write(path);
    if (!f) {
        ferry_warn("-perfmap: cannot write %s", path);
        ferry_opt.perfmap = false;
    }
    return f;
}

void perfmap_after_fork(void)
{
    if (!map)
        return;
    FILE *parent = map;
    map = open_map();
    rewind(parent);
    char buf[4096];
    size_t n;
    while (map && (n = fread(buf, 1, sizeof buf, parent)) > 0)
        fwrite(buf, 1, n, map);
    if (map)
        fflush(map);
    ferry_fd_forget(fileno(parent));
    fclose(parent);
}

void perfmap_note(const void *host, size_t size, uint64_t guest_pc)
{
    if (!map && !(map = open_map()))
        return;
    char name[512];
    if (!guest_symbol_name(guest_pc, name, sizeof name))
        name[0] = '\0';
    /* Lines are flushed as they come: perf reads the file after ferry
     * exits, however it exits. */
    fprintf(map, "%" PRIxPTR " %zx %s [0x%" PRIx64 "]\n", (uintptr_t)host, size,
            name[0] ? name : "guest", guest_pc);
    fflush(map);
}
