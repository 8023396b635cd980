/* A dying guest thread's robust futexes, marked before its tid word is
 * cleared (robust_list.c). */
#ifndef FERRY_ROBUST_LIST_H
#define FERRY_ROBUST_LIST_H

/* Remembers the robust list ferry's C library registered for this host
 * thread; call before the guest can run set_robust_list on it. */
void robust_list_thread_start(void);
/* Marks and wakes the robust futexes of the guest list registered for
 * this thread, as the kernel does at a thread's death, and registers
 * ferry's own list again. */
void robust_list_release(void);

#endif
