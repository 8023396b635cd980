/* A valid instruction ferry does not implement (CRC32B; HWCAP_CRC32 is not
 * advertised), so the report shows Capstone's disassembly of it. */
    .global _start
_start:
    mov w1, #1
    crc32b w0, w1, w2
