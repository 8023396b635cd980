/* An arm64 program whose second instruction is permanently undefined
 * (UDF #0): ferry must report it and die of SIGILL as the kernel would. */
    .global _start
_start:
    nop
    .inst 0x00000000
