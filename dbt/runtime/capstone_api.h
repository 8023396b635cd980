/* Capstone, loaded when first needed: only -d in_asm/out_asm/x86check and
 * the report of an unknown instruction use it.  build/ferry does not link
 * it: relocating its 80,000 pointers cost every process about a tenth of
 * a static hello's start-up and 1.8 MiB of memory.  ferry-static links it
 * in (the Makefile's -u options). */
#ifndef FERRY_CAPSTONE_API_H
#define FERRY_CAPSTONE_API_H

#include <capstone/capstone.h>

struct capstone_api {
    cs_err (*open)(cs_arch, cs_mode, csh *);
    cs_err (*option)(csh, cs_opt_type, size_t);
    cs_insn *(*malloc)(csh);
    size_t (*disasm)(csh, const uint8_t *, size_t, uint64_t, size_t, cs_insn **);
    bool (*disasm_iter)(csh, const uint8_t **, size_t *, uint64_t *, cs_insn *);
    void (*free)(cs_insn *, size_t);
};

/* Capstone's functions, or NULL (with a warning, once) if the library
 * cannot be loaded.  Not for signal handlers. */
const struct capstone_api *capstone(void);

#endif
