/* args.c - argv, envp and exit status pass through the emulator.
 * The driver runs guests with a fixed environment that includes
 * FERRY_TEST_ENV; the CLI tests also use this program for -E, -U and -0. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* argv[0] depends on the build variant: print its basename without the
 * -O0/-O2/-pie/-dyn suffix. */
static void print_argv0(const char *a0)
{
    const char *base = strrchr(a0, '/');
    char buf[256];
    base = base ? base + 1 : a0;
    snprintf(buf, sizeof buf, "%s", base);
    static const char *const suffixes[] = { "-O0", "-O2", "-pie", "-dyn" };
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        size_t n = strlen(buf), s = strlen(suffixes[i]);
        if (n > s && strcmp(buf + n - s, suffixes[i]) == 0) {
            buf[n - s] = 0;
            break;
        }
    }
    printf("argv0=%s\n", buf);
}

int main(int argc, char **argv, char **envp)
{
    printf("argc=%d\n", argc);
    print_argv0(argv[0]);
    for (int i = 1; i < argc; i++)
        printf("argv[%d]=<%s>\n", i, argv[i]);
    printf("argv[argc]=%s\n", argv[argc] == NULL ? "NULL" : "not NULL");
    printf("envp==environ: %s\n", envp == environ ? "yes" : "no");
    /* envp must follow argv's NULL on the initial stack. */
    printf("envp follows argv: %s\n", envp == argv + argc + 1 ? "yes" : "no");

    /* Print only our own variables, sorted: the rest of the environment
     * belongs to whoever runs the tests. */
    char *mine[64];
    int n = 0;
    for (char **e = envp; *e && n < 64; e++)
        if (strncmp(*e, "FERRY_TEST_", 11) == 0)
            mine[n++] = *e;
    qsort(mine, n, sizeof mine[0], cmp);
    for (int i = 0; i < n; i++)
        printf("env <%s>\n", mine[i]);
    const char *v = getenv("FERRY_TEST_ENV");
    printf("getenv(FERRY_TEST_ENV)=%s\n", v ? v : "(unset)");
    fflush(stdout);
    return 3;
}
