/* -perfmap (as qemu-aarch64 has): /tmp/perf-PID.map, the file `perf report`
 * reads to name code it finds in no ELF file.  One line per translated unit:
 * its host address and size, and the guest function it came from with the
 * guest address, so a profile of ferry reads in the guest's terms. */
#ifndef FERRY_PERFMAP_H
#define FERRY_PERFMAP_H

#include <stddef.h>
#include <stdint.h>

void perfmap_note(const void *host, size_t size, uint64_t guest_pc);
/* In a fork child: its own /tmp/perf-PID.map, starting with what the
 * parent's said (the child has a copy of the parent's code cache). */
void perfmap_after_fork(void);

#endif
