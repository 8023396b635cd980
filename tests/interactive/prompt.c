/* prompt.c - a guest program for the interactive (pty) tests.
 *   prompt line    : "ready> " handshake, then reports isatty and the
 *                    window size, asks "name? " and greets, then sums
 *                    numbers until EOF (^D).
 *   prompt raw     : switches the terminal to non-canonical no-echo mode,
 *                    reads single keys until 'q', restores the terminal.
 *   prompt signals : waits for SIGINT (^C from the terminal) and SIGWINCH
 *                    (window resize), then after a "ready> " handshake
 *                    reports the new size and exits with status 0. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static void wait_ready(void)
{
    char buf[64];
    printf("ready> ");
    fflush(stdout);
    if (!fgets(buf, sizeof buf, stdin)) exit(2);
}

static void print_winsize(void)
{
    struct winsize ws;
    if (ioctl(0, TIOCGWINSZ, &ws) == 0)
        printf("winsize %dx%d\n", ws.ws_row, ws.ws_col);
    else
        printf("winsize failed\n");
}

static int line_mode(void)
{
    wait_ready();
    printf("isatty stdin=%d stdout=%d stderr=%d\n", isatty(0), isatty(1), isatty(2));
    print_winsize();
    char *tty = ttyname(0);
    printf("ttyname is /dev/pts: %s\n", tty && strncmp(tty, "/dev/pts/", 9) == 0 ? "yes" : "no");
    printf("name? ");
    fflush(stdout);
    char name[128];
    if (!fgets(name, sizeof name, stdin)) return 3;
    name[strcspn(name, "\n")] = 0;
    printf("hello, %s!\n", name);
    long sum = 0;
    char line[128];
    for (;;) {
        printf("number? ");
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin)) break;
        sum += strtol(line, NULL, 10);
    }
    printf("\nEOF, sum=%ld\n", sum);
    return 0;
}

static int raw_mode(void)
{
    struct termios old, raw;
    if (tcgetattr(0, &old) != 0) { printf("tcgetattr failed\n"); return 1; }
    raw = old;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(0, TCSANOW, &raw) != 0) { printf("tcsetattr failed\n"); return 1; }
    struct termios check;
    tcgetattr(0, &check);
    printf("raw mode set: %s\n", (check.c_lflag & (ICANON | ECHO)) == 0 ? "yes" : "no");
    printf("keys> ");
    fflush(stdout);
    char c;
    int count = 0;
    while (read(0, &c, 1) == 1) {
        printf("[key %d 0x%02x]\n", ++count, (unsigned char)c);
        fflush(stdout);
        if (c == 'q') break;
    }
    tcsetattr(0, TCSANOW, &old);
    tcgetattr(0, &check);
    printf("restored: %s\n", (check.c_lflag & ICANON) ? "yes" : "no");
    return 0;
}

static volatile sig_atomic_t got_int, got_winch;
static void on_int(int s) { (void)s; got_int++; }
static void on_winch(int s) { (void)s; got_winch++; }

static int signal_mode(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_int;
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_winch;
    sigaction(SIGWINCH, &sa, NULL);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGWINCH);
    sigprocmask(SIG_BLOCK, &block, &old);
    printf("waiting for SIGINT\n");
    fflush(stdout);
    while (!got_int) sigsuspend(&old);
    printf("caught SIGINT\n");
    printf("waiting for SIGWINCH\n");
    fflush(stdout);
    while (!got_winch) sigsuspend(&old);
    printf("caught SIGWINCH\n");
    /* A resize may take more than one ioctl (stty sets rows and columns
     * separately): read the size only when the tester says it is done. */
    wait_ready();
    print_winsize();
    return 0;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "line";
    if (strcmp(mode, "line") == 0) return line_mode();
    if (strcmp(mode, "raw") == 0) return raw_mode();
    if (strcmp(mode, "signals") == 0) return signal_mode();
    fprintf(stderr, "usage: prompt line|raw|signals\n");
    return 2;
}
