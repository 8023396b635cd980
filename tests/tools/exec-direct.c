/* execve a program and report what the kernel said, nothing else: a shell
 * or execvp(3) would run a file the kernel refuses (ENOEXEC) as a shell
 * script, hiding whether binfmt_misc took it.  Descriptors above 2 are
 * closed first, so that any the program finds open came from the kernel
 * or its interpreter.
 * Usage: exec-direct [-a ARGV0] PATH [ARGS...]   (native x86-64)
 * On failure prints "execve: <strerror>" on stderr and exits 126 (127 for
 * ENOENT). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
    int i = 1;
    const char *argv0 = NULL;
    if (argc > 2 && !strcmp(argv[1], "-a")) {
        argv0 = argv[2];
        i = 3;
    }
    if (i >= argc) {
        fprintf(stderr, "usage: %s [-a ARGV0] PATH [ARGS...]\n", argv[0]);
        return 2;
    }
    const char *path = argv[i];
    if (argv0)
        argv[i] = (char *)argv0;
    for (int fd = 3; fd < 1024; fd++)
        close(fd);
    execve(path, argv + i, environ);
    int e = errno;
    fprintf(stderr, "execve: %s\n", strerror(e));
    return e == ENOENT ? 127 : 126;
}
