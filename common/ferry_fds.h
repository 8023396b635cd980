/* ferry's own file descriptors (its log, -perfmap's file, its own binary
 * for exec), kept out of the guest's reach: moved to high numbers, so the
 * guest's descriptors are numbered as without ferry, marked close-on-exec,
 * and refused to the guest's system calls as if closed (EBADF, see
 * syscall-xlat/dispatch.c; close_range, getdents64 of /proc/self/fd and
 * dup3 onto one in syscall-xlat/fds.c). */
#ifndef FERRY_FDS_H
#define FERRY_FDS_H

#include <stdbool.h>
#include <stdio.h>

/* Move fd to a high number of ferry's, close-on-exec, and return the new
 * number (fd itself if it cannot be moved). */
int ferry_fd_claim(int fd);
/* Open path for writing (truncated; readable too) as a stream on a ferry descriptor;
 * NULL with errno set on failure. */
FILE *ferry_fd_fopen_write(const char *path);
/* Take fd, inherited from the ferry that exec'd this one, as ferry's. */
FILE *ferry_fd_adopt_log(int fd);
/* Remember that *fdp holds a claimed descriptor, to update it if it
 * moves.  (Streams from the functions above are remembered already.) */
void ferry_fd_track(int *fdp);
/* Give number fd up to the guest (dup2/dup3 onto it): ferry's descriptor
 * there moves to another number of ferry's, its holder updated.  0, or
 * -1 if there is no room. */
int ferry_fd_move_away(int fd);
/* ferry is about to close fd (or fclose its stream): the number is free. */
void ferry_fd_forget(int fd);
/* Whether fd is one of ferry's. */
bool ferry_fd_is_own(int fd);
/* The range [*lo, *hi] ferry's descriptors lie in, or false if none. */
bool ferry_fd_range(int *lo, int *hi);

#endif
