/* Opening files by handle and watching them with fanotify, as an arm64
 * kernel answers.  ferry-test: arch-specific
 * The expected output is written by hand from name_to_handle_at(2),
 * open_by_handle_at(2), fanotify_init(2), fanotify_mark(2) and fanotify(7);
 * the handle part agrees with the native x86-64 build.  qemu 7.2 has
 * neither open_by_handle_at nor fanotify, and the fanotify checks use
 * arm64's raw O_LARGEFILE bit (0400000; glibc's O_LARGEFILE is 0 on 64-bit
 * machines, and x86-64's bit is 0100000).
 * Both calls take open flags, whose O_DIRECTORY, O_NOFOLLOW, O_DIRECT and
 * O_LARGEFILE bits differ between arm64 and x86-64: arm64's O_LARGEFILE is
 * x86-64's O_NOFOLLOW, which fanotify_init refuses, and arm64's
 * O_DIRECTORY is x86-64's O_DIRECT.  open_by_handle_at needs
 * CAP_DAC_READ_SEARCH and fanotify_init CAP_SYS_ADMIN, so their results
 * are printed as facts that hold with or without them.
 * ferry-test: expected-by-hand (make expected must leave it alone)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/stat.h>
#include <unistd.h>

#define ARM64_O_LARGEFILE 0400000
#define ARM64_O_DIRECTORY 0040000

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char dir[4096], file[4200];
    snprintf(dir, sizeof dir, "%s/fhandle-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return 1;
    snprintf(file, sizeof file, "%s/f", dir);
    int f = open(file, O_WRONLY | O_CREAT, 0600);
    write(f, "handled", 7);
    close(f);

    union {
        struct file_handle fh;
        char room[sizeof(struct file_handle) + MAX_HANDLE_SZ];
    } u;
    u.fh.handle_bytes = 0;
    int mount_id = -1;
    errno = 0;
    int r = name_to_handle_at(AT_FDCWD, file, &u.fh, &mount_id, 0);
    int supported = !(r != 0 && errno == EOPNOTSUPP);
    printf("name_to_handle_at, no room: EOVERFLOW or unsupported: %s\n",
           yesno(r == -1 && (errno == EOVERFLOW || errno == EOPNOTSUPP)));
    printf("  handle size reported: %s\n", yesno(!supported || u.fh.handle_bytes > 0));
    errno = 0;
    r = name_to_handle_at(AT_FDCWD, file, &u.fh, &mount_id, 0);
    printf("name_to_handle_at: works or unsupported: %s\n", yesno(r == 0 || !supported));
    errno = 0;
    printf("name_to_handle_at missing: %s\n",
           name_to_handle_at(AT_FDCWD, "/nonexistent/x", &u.fh, &mount_id, 0) == -1 && errno == ENOENT
               ? "ENOENT" : "other");

    if (supported && r == 0) {
        int mfd = open(dir, O_RDONLY | O_DIRECTORY);
        errno = 0;
        int fd = open_by_handle_at(mfd, &u.fh, O_RDONLY);
        char buf[16] = "";
        if (fd >= 0)
            read(fd, buf, sizeof buf - 1);
        printf("open_by_handle_at: reads the file, or EPERM: %s\n",
               yesno(fd >= 0 ? !strcmp(buf, "handled") : errno == EPERM));
        int priv = fd >= 0;
        if (fd >= 0)
            close(fd);
        errno = 0;
        fd = open_by_handle_at(mfd, &u.fh, O_RDONLY | O_DIRECTORY);
        printf("open_by_handle_at O_DIRECTORY on a file: ENOTDIR, or EPERM: %s\n",
               yesno(fd == -1 && errno == (priv ? ENOTDIR : EPERM)));
        errno = 0;
        fd = open_by_handle_at(mfd, &u.fh, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        printf("open_by_handle_at O_NOFOLLOW|O_CLOEXEC: flags kept, or EPERM: %s\n",
               yesno(fd >= 0 ? (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0 : errno == EPERM));
        if (fd >= 0)
            close(fd);
        close(mfd);
    } else {
        printf("open_by_handle_at: reads the file, or EPERM: yes\n");
        printf("open_by_handle_at O_DIRECTORY on a file: ENOTDIR, or EPERM: yes\n");
        printf("open_by_handle_at O_NOFOLLOW|O_CLOEXEC: flags kept, or EPERM: yes\n");
    }

    errno = 0;
    int fan = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY | ARM64_O_LARGEFILE);
    int priv = fan >= 0;
    printf("fanotify_init with O_LARGEFILE: works or EPERM: %s\n", yesno(priv || errno == EPERM));
    errno = 0;
    r = fanotify_init(FAN_CLASS_NOTIF, O_RDONLY | ARM64_O_DIRECTORY);
    printf("fanotify_init with O_DIRECTORY: EINVAL, or EPERM: %s\n",
           yesno(r == -1 && errno == (priv ? EINVAL : EPERM)));
    errno = 0;
    r = fanotify_init(FAN_CLASS_NOTIF, O_RDONLY | 0x10000000);
    printf("fanotify_init with an unknown open flag: EINVAL, or EPERM: %s\n",
           yesno(r == -1 && errno == (priv ? EINVAL : EPERM)));
    int events_ok = !priv, flags_ok = !priv, cloexec_ok = !priv;
    if (priv) {
        cloexec_ok = (fcntl(fan, F_GETFD) & FD_CLOEXEC) && (fcntl(fan, F_GETFL) & O_NONBLOCK);
        r = fanotify_mark(fan, FAN_MARK_ADD, FAN_OPEN | FAN_CLOSE_NOWRITE, AT_FDCWD, file);
        int g = open(file, O_RDONLY);
        close(g);
        union {
            struct fanotify_event_metadata m;
            char buf[4096];
        } ev;
        ssize_t n = read(fan, ev.buf, sizeof ev.buf);
        int opens = 0, closes = 0;
        flags_ok = 1;
        for (struct fanotify_event_metadata *m = &ev.m; n > 0 && FAN_EVENT_OK(m, n); m = FAN_EVENT_NEXT(m, n)) {
            if (m->vers != FANOTIFY_METADATA_VERSION || m->pid != getpid())
                continue;
            opens += (m->mask & FAN_OPEN) != 0;
            closes += (m->mask & FAN_CLOSE_NOWRITE) != 0;
            if (m->fd >= 0) {
                int fl = fcntl(m->fd, F_GETFL);
                flags_ok &= (fl & O_ACCMODE) == O_RDONLY && (fl & ARM64_O_LARGEFILE);
                close(m->fd);
            }
        }
        events_ok = r == 0 && opens >= 1 && closes >= 1;
        errno = 0;
        r = fanotify_mark(fan, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "/nonexistent/x");
        events_ok &= r == -1 && errno == ENOENT;
        close(fan);
    }
    printf("FAN_CLOEXEC and FAN_NONBLOCK, or no permission: %s\n", yesno(cloexec_ok));
    printf("events for open and close, or no permission: %s\n", yesno(events_ok));
    printf("event descriptors: O_RDONLY with O_LARGEFILE, or no permission: %s\n", yesno(flags_ok));
    unlink(file);
    rmdir(dir);
    return 0;
}
