/* Reading guest code for the translator without trusting the guest: a bad
 * jump target must become a guest SIGSEGV, not a crash of ferry.  Pages are
 * copied with process_vm_readv, which reports EFAULT instead of faulting. */
#include "dbt/runtime/fetch.h"

#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#define PAGE 4096u

static uint64_t cached_page = 1; /* never a page address */
static uint8_t page_copy[PAGE];

bool fetch_insn(uint64_t pc, uint32_t *insn)
{
    uint64_t page = pc & ~(uint64_t)(PAGE - 1);
    if (page != cached_page) {
        struct iovec local = { page_copy, PAGE };
        struct iovec remote = { (void *)(uintptr_t)page, PAGE };
        if (process_vm_readv(getpid(), &local, 1, &remote, 1, 0) != PAGE) {
            cached_page = 1;
            return false;
        }
        cached_page = page;
    }
    memcpy(insn, page_copy + (pc & (PAGE - 1)), 4);
    return true;
}

void fetch_forget(void)
{
    cached_page = 1;
}
