/* The ELF file behind a guest file mapping, read with libelf: where its
 * addresses sit in the guest, and what it exports (libs/thunk.c examines
 * libraries with it; libs/guest_errno.c finds the guest's libc). */
#ifndef FERRY_LIBS_MAPPED_ELF_H
#define FERRY_LIBS_MAPPED_ELF_H

#include <gelf.h>
#include <stdint.h>

#include "mm/vma.h"

/* Open the file mapped at *v (through the sysroot) and set *bias so that
 * guest address = *bias + ELF address; NULL if it is not an ELF file or
 * the mapping is not one of its PT_LOAD segments.  elf_end() when done. */
Elf *mapped_elf_open(const struct vma *v, uint64_t *bias);

/* The ELF address of the function or object `name` that the file
 * defines and exports (dynamic symbols), or 0. */
uint64_t mapped_elf_export(Elf *elf, const char *name);

#endif
