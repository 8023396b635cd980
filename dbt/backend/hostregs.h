/* Fixed host register roles inside translated code. */
#ifndef FERRY_HOSTREGS_H
#define FERRY_HOSTREGS_H

#include "dbt/backend/emit.h"

/* r15 points at struct cpu_state for the whole life of translated code. */
#define HR_CPU R15

/* Scratch registers, handed out in this order by gr_tmp(). */
#define SCRATCH_MASK ((1u << R11) | (1u << RCX) | (1u << RDX) | (1u << RAX))

/* Number of guest registers kept in host registers (see regs.c). */
#define N_MAPPED 10

extern const signed char mapped_guest[N_MAPPED]; /* guest reg (31 = SP) */
extern const signed char mapped_host[N_MAPPED];

#endif
