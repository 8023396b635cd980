/* Guest symbol lookup for error reports (reads the ELF symbol table). */
#ifndef FERRY_GUEST_SYMBOLS_H
#define FERRY_GUEST_SYMBOLS_H

#include <stddef.h>
#include <stdint.h>

/* Remember where the guest program is so reports can name functions. */
void guest_symbols_init(const char *path, uint64_t load_bias);
/* "name+0xoff" for the function containing addr; false if unknown. */
int guest_symbol_name(uint64_t addr, char *buf, size_t len);

#endif
