/* ferry-test: qemu-differs (the native build is the oracle; see below)
 * proc-maps.c - /proc/self/maps, smaps and smaps_rollup describe this
 * program's own memory, in the kernel's format, and nothing else.
 *
 * Oracle: written by hand from proc(5) (/proc/pid/maps, smaps,
 * smaps_rollup) and the kernel's fs/proc/task_mmu.c (show_map_vma's
 * layout: the name starts after the header padded to 72 columns;
 * smaps labels padded to 16 columns, values in 8, " kB"), because
 * qemu-aarch64 7.2 names neither [heap] nor [vdso] and passes the host's
 * x86-64 smaps through.  The native x86-64 build of this file prints the
 * same (`make expected` reports the qemu mismatch and leaves this file's
 * expected output alone).  Only facts are printed, never addresses. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define PAGE 4096UL
#define BIG (1 << 20)

static const char *yesno(int c) { return c ? "yes" : "no"; }

/* Whole file with raw read(2) into a static buffer: no allocation, so
 * reading one file does not change what the next one describes. */
static size_t slurp(const char *path, char *buf, size_t cap)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    size_t len = 0;
    ssize_t n;
    while (len + 1 < cap && (n = read(fd, buf + len, cap - 1 - len)) > 0)
        len += (size_t)n;
    close(fd);
    buf[len] = '\0';
    return len;
}

struct line {
    unsigned long lo, hi, off, ino;
    unsigned maj, min;
    char perms[5];
    const char *name; /* "" if none */
    int layout_ok;
};

static struct line lines[4096];
static int nlines;
static char maps_text[BIG], maps_again[BIG], smaps_text[8 * BIG], rollup_text[BIG];
static char other_text[BIG];

static int is_hex(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

/* One maps line; checks show_map_vma's layout on the way. */
static int parse_line(char *s, struct line *l)
{
    int used = 0;
    if (sscanf(s, "%lx-%lx %4s %lx %x:%x %lu %n", &l->lo, &l->hi, l->perms, &l->off, &l->maj,
               &l->min, &l->ino, &used) != 7)
        return 0;
    /* Header: "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu " */
    char *dash = strchr(s, '-');
    char *sp1 = strchr(s, ' ');
    int ok = dash && sp1 && dash - s >= 8 && sp1 - dash - 1 >= 8 && is_hex(s, (int)(dash - s)) &&
             is_hex(dash + 1, (int)(sp1 - dash - 1));
    char *off = sp1 + 6, *dev = strchr(off, ' ');
    ok = ok && dev && dev - off >= 8 && is_hex(off, (int)(dev - off));
    ok = ok && dev[3] == ':' && is_hex(dev + 1, 2) && is_hex(dev + 4, 2) && dev[6] == ' ';
    char *after_ino = strchr(dev + 7, ' ');
    ok = ok && after_ino;
    int header = after_ino ? (int)(after_ino - s) + 1 : 0;
    if (ok && s[header] == '\0') {
        l->name = "";
    } else if (ok) {
        int col = header < 72 ? 73 : header + 1;
        ok = (int)strspn(s + header, " ") == col - header && s[col] != ' ';
        l->name = s + col;
    } else {
        l->name = "";
    }
    l->layout_ok = ok;
    return 1;
}

static void parse_maps(char *text)
{
    nlines = 0;
    for (char *save = NULL, *s = strtok_r(text, "\n", &save); s && nlines < 4096;
         s = strtok_r(NULL, "\n", &save))
        if (parse_line(s, &lines[nlines]))
            nlines++;
}

static const struct line *line_at(unsigned long addr)
{
    for (int i = 0; i < nlines; i++)
        if (lines[i].lo <= addr && addr < lines[i].hi)
            return &lines[i];
    return NULL;
}

static const struct line *line_named(const char *name)
{
    for (int i = 0; i < nlines; i++)
        if (!strcmp(lines[i].name, name))
            return &lines[i];
    return NULL;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}

int initialised_global = 42;

static void maps_facts(const char *self, const char *file, unsigned long file_map,
                       unsigned long shared_map, unsigned long anon3, unsigned long none,
                       unsigned long xonly, const struct stat *st)
{
    int layout = nlines > 5, sorted = 1;
    for (int i = 0; i < nlines; i++) {
        layout &= lines[i].layout_ok;
        if (i && lines[i].lo < lines[i - 1].hi)
            sorted = 0;
        if (lines[i].lo >= lines[i].hi)
            sorted = 0;
    }
    printf("maps: every line has the kernel's layout: %s\n", yesno(layout));
    printf("maps: lines sorted and non-overlapping: %s\n", yesno(sorted));

    const struct line *l = line_at((unsigned long)&maps_facts);
    printf("maps: the line holding this code is r-xp and names this program: %s\n",
           yesno(l && !strcmp(l->perms, "r-xp") && !strcmp(l->name, self)));
    l = line_at((unsigned long)&initialised_global);
    printf("maps: the line holding an initialised global is rw-p and names this program: %s\n",
           yesno(l && !strcmp(l->perms, "rw-p") && !strcmp(l->name, self)));
    int local = 0;
    l = line_at((unsigned long)&local);
    printf("maps: a local variable is in [stack], rw-p: %s\n",
           yesno(l && !strcmp(l->name, "[stack]") && !strcmp(l->perms, "rw-p")));
    l = line_named("[vdso]");
    printf("maps: [vdso] is there, r-xp: %s\n", yesno(l && !strcmp(l->perms, "r-xp")));

    l = line_at(file_map);
    printf("maps: a file mapped from offset 4096 shows r--p, its offset, device, inode and path: %s\n",
           yesno(l && l->lo == file_map && l->hi == file_map + 2 * PAGE &&
                 !strcmp(l->perms, "r--p") && l->off == PAGE && l->maj == major(st->st_dev) &&
                 l->min == minor(st->st_dev) && l->ino == st->st_ino && !strcmp(l->name, file)));
    l = line_at(shared_map);
    printf("maps: a shared writable file mapping is rw-s: %s\n",
           yesno(l && !strcmp(l->perms, "rw-s") && !strcmp(l->name, file)));
    l = line_at(anon3 - PAGE);
    const struct line *mid = line_at(anon3), *last = line_at(anon3 + PAGE);
    printf("maps: mprotect of the middle page splits a mapping into rw-p, r--p, rw-p: %s\n",
           yesno(l && mid && last && l->hi == anon3 && !strcmp(l->perms, "rw-p") &&
                 mid->lo == anon3 && mid->hi == anon3 + PAGE && !strcmp(mid->perms, "r--p") &&
                 last->lo == anon3 + PAGE && !strcmp(last->perms, "rw-p")));
    l = line_at(none);
    printf("maps: a PROT_NONE mapping is ---p: %s\n", yesno(l && !strcmp(l->perms, "---p")));
    l = line_at(xonly);
    printf("maps: a PROT_EXEC-only mapping is --xp: %s\n", yesno(l && !strcmp(l->perms, "--xp")));

    /* Names: this program, the file it mapped, shared anonymous memory,
     * the kernel's [bracketed] areas; libraries only where a dynamic
     * loader runs (AT_BASE).  Never ferry, its libcapstone or libelf. */
    int only_ours = 1, no_ferry = 1;
    int dynamic = getauxval(AT_BASE) != 0;
    for (int i = 0; i < nlines; i++) {
        const char *n = lines[i].name;
        if (ends_with(n, "/ferry") || strstr(n, "libcapstone") || strstr(n, "libelf"))
            no_ferry = 0;
        if (n[0] && n[0] != '[' && strcmp(n, self) && strcmp(n, file) &&
            strcmp(n, "/dev/zero (deleted)") && !dynamic)
            only_ours = 0;
    }
    printf("maps: no line names ferry, libcapstone or libelf: %s\n", yesno(no_ferry));
    printf("maps: every name is this program, its file, /dev/zero or [kernel]: %s\n",
           yesno(only_ours));
}

/* The maps line of a shared anonymous mapping: checked apart from the
 * rest because the munmap check below needs the table without it. */
static void shared_anon_fact(unsigned long shm)
{
    const struct line *l = line_at(shm);
    printf("maps: MAP_SHARED|MAP_ANONYMOUS is rw-s, /dev/zero (deleted): %s\n",
           yesno(l && !strcmp(l->perms, "rw-s") && !strcmp(l->name, "/dev/zero (deleted)")));
}

static void open_facts(void)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/maps", (int)getpid());
    size_t a = slurp("/proc/self/maps", maps_again, BIG);
    size_t b = slurp(path, other_text, BIG);
    int same = a && a == b && !memcmp(maps_again, other_text, a);
    snprintf(path, sizeof path, "/proc/self/task/%d/maps", (int)gettid());
    b = slurp(path, other_text, BIG);
    same &= a == b && !memcmp(maps_again, other_text, a);
    b = slurp("/proc/thread-self/maps", other_text, BIG);
    same &= a == b && !memcmp(maps_again, other_text, a);
    printf("maps: /proc/<pid>, /proc/self/task/<tid> and /proc/thread-self give the same text: %s\n",
           yesno(same));

    int dir = open("/proc/self", O_RDONLY | O_DIRECTORY);
    int fd = openat(dir, "maps", O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, other_text, BIG - 1) : -1;
    int rel_same = n == (ssize_t)a && !memcmp(maps_again, other_text, a);
    /* Read again from the start: a regular file's contents. */
    ssize_t again = lseek(fd, 0, SEEK_SET) == 0 ? read(fd, other_text, BIG - 1) : -1;
    int reread = again == (ssize_t)a && !memcmp(maps_again, other_text, a);
    struct stat st;
    int reg = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    int rdonly = (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY;
    int no_cloexec = fcntl(fd, F_GETFD) == 0;
    close(fd);
    int cwd = open(".", O_RDONLY | O_DIRECTORY);
    int chdir_ok = fchdir(dir) == 0;
    fd = open("maps", O_RDONLY | O_CLOEXEC);
    n = fd >= 0 ? read(fd, other_text, BIG - 1) : -1;
    int cwd_same = chdir_ok && n == (ssize_t)a && !memcmp(maps_again, other_text, a);
    int cloexec = fcntl(fd, F_GETFD) == FD_CLOEXEC;
    close(fd);
    if (fchdir(cwd) != 0)
        perror("fchdir");
    close(cwd);
    close(dir);
    printf("maps: openat(/proc/self dirfd, \"maps\") and \"maps\" in cwd /proc/self give the same text: %s\n",
           yesno(rel_same && cwd_same));
    printf("maps: lseek(0) and read again give the same text: %s\n", yesno(reread));
    printf("maps: fstat says a regular file; F_GETFL says O_RDONLY: %s\n", yesno(reg && rdonly));
    printf("maps: FD_CLOEXEC is set with O_CLOEXEC and only then: %s\n",
           yesno(cloexec && no_cloexec));

    /* The lowest free descriptor, as for any open. */
    int hole = open("/dev/null", O_RDONLY), keep = open("/dev/null", O_RDONLY);
    close(hole);
    fd = open("/proc/self/maps", O_RDONLY);
    printf("maps: the descriptor is the lowest free one: %s\n", yesno(fd == hole));
    close(fd);
    close(keep);

    /* Root may open it for writing; nobody may write. */
    fd = open("/proc/self/maps", O_WRONLY);
    int refused = fd < 0 ? errno == EACCES : write(fd, "x", 1) < 0;
    if (fd >= 0)
        close(fd);
    printf("maps: not writable: %s\n", yesno(refused));
}

/* smaps: "Label:" lines of one entry, in order. */
static int field_name(const char *line, char *out)
{
    const char *colon = strchr(line, ':');
    if (!colon || colon - line > 30)
        return 0;
    memcpy(out, line, (size_t)(colon - line));
    out[colon - line] = '\0';
    return 1;
}

static int is_header(const char *s)
{
    return (*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f');
}

struct entry_info {
    char header[512];
    char vmflags[256];
    unsigned long rss, size;
};

static struct entry_info entries[4096];
static int nentries;

static void smaps_facts(unsigned long guarded, unsigned long halves, unsigned long stack_addr,
                        unsigned long xonly)
{
    /* Walk the entries: field list, layout, sizes, headers. */
    char first_fields[64][32], fields[64][32];
    int nfirst = -1, nf = 0, same_fields = 1, layout = 1, size_ok = 1;
    nentries = 0;
    struct entry_info *e = NULL;
    for (char *save = NULL, *s = strtok_r(smaps_text, "\n", &save); s;
         s = strtok_r(NULL, "\n", &save)) {
        if (is_header(s)) {
            if (e) {
                if (nfirst < 0) {
                    memcpy(first_fields, fields, sizeof fields);
                    nfirst = nf;
                } else if (nf != nfirst || memcmp(first_fields, fields, sizeof(fields[0]) * nf)) {
                    same_fields = 0;
                }
            }
            if (nentries == 4096)
                break;
            e = &entries[nentries++];
            snprintf(e->header, sizeof e->header, "%s", s);
            e->vmflags[0] = '\0';
            nf = 0;
            continue;
        }
        if (!e || nf == 64 || !field_name(s, fields[nf]))
            continue;
        if (!strcmp(fields[nf], "VmFlags")) {
            snprintf(e->vmflags, sizeof e->vmflags, "%s", s + 8);
            nf++;
            continue;
        }
        if (ends_with(s, " kB") && strlen(s) != 27)
            layout = 0;
        unsigned long v = strtoul(strchr(s, ':') + 1, NULL, 10);
        if (!strcmp(fields[nf], "Rss"))
            e->rss = v;
        if (!strcmp(fields[nf], "Size"))
            e->size = v;
        nf++;
    }
    if (e && nfirst >= 0 && (nf != nfirst || memcmp(first_fields, fields, sizeof(fields[0]) * nf)))
        same_fields = 0;

    /* The headers are the maps lines (maps_text was cut up by strtok). */
    int headers = nentries == nlines;
    for (int i = 0; headers && i < nentries; i++) {
        unsigned long lo, hi;
        headers = sscanf(entries[i].header, "%lx-%lx", &lo, &hi) == 2 && lo == lines[i].lo &&
                  hi == lines[i].hi && strstr(entries[i].header, lines[i].perms) &&
                  ends_with(entries[i].header, lines[i].name);
        size_ok &= entries[i].size * 1024 == hi - lo;
    }
    printf("smaps: one entry per maps line, with the same header: %s\n", yesno(headers));
    printf("smaps: every entry has the same fields, Size first and VmFlags last: %s\n",
           yesno(same_fields && nfirst > 2 && !strcmp(first_fields[0], "Size") &&
                 !strcmp(first_fields[nfirst - 1], "VmFlags")));
    static const char *const documented[] = {
        "Size", "KernelPageSize", "MMUPageSize", "Rss", "Pss", "Shared_Clean", "Shared_Dirty",
        "Private_Clean", "Private_Dirty", "Referenced", "Anonymous", "AnonHugePages", "Swap",
        "Locked", "VmFlags",
    };
    size_t d = 0;
    for (int i = 0; i < nfirst && d < sizeof documented / sizeof documented[0]; i++)
        if (!strcmp(first_fields[i], documented[d]))
            d++;
    printf("smaps: proc(5)'s fields appear in proc(5)'s order: %s\n",
           yesno(d == sizeof documented / sizeof documented[0]));
    printf("smaps: \" kB\" lines are laid out as the kernel's (27 columns): %s\n", yesno(layout));
    printf("smaps: Size is each entry's range: %s\n", yesno(size_ok));

    const struct entry_info *g = NULL, *st = NULL, *code = NULL, *x = NULL, *h1 = NULL, *h2 = NULL;
    for (int i = 0; i < nentries; i++) {
        if (lines[i].lo == guarded)
            g = &entries[i];
        if (lines[i].lo == halves && !strcmp(lines[i].perms, "--xp"))
            h1 = &entries[i];
        if (lines[i].lo == halves + 2 * PAGE && !strcmp(lines[i].perms, "r-xp"))
            h2 = &entries[i];
        if (lines[i].lo <= stack_addr && stack_addr < lines[i].hi)
            st = &entries[i];
        if (lines[i].lo <= (unsigned long)&smaps_facts && (unsigned long)&smaps_facts < lines[i].hi)
            code = &entries[i];
        if (lines[i].lo == xonly)
            x = &entries[i];
    }
    printf("smaps: Rss of a 4-page anonymous mapping after writing 2 pages is 8 kB: %s\n",
           yesno(g && g->size == 16 && g->rss == 8));
    printf("smaps: Rss of the --xp and r-xp halves of one mapping, 3 pages written, is 8 and 4 kB: %s\n",
           yesno(h1 && h2 && h1->size == 8 && h1->rss == 8 && h2->size == 8 && h2->rss == 4));
#define HAS(e, f) ((e) && strstr((e)->vmflags, " " f " "))
    printf("smaps: VmFlags of [stack] has rd wr gd: %s\n",
           yesno(HAS(st, "rd") && HAS(st, "wr") && HAS(st, "gd")));
    printf("smaps: VmFlags of this code has rd ex mr, not wr: %s\n",
           yesno(HAS(code, "rd") && HAS(code, "ex") && HAS(code, "mr") && !HAS(code, "wr")));
    printf("smaps: VmFlags of a PROT_EXEC-only mapping has ex, not rd: %s\n",
           yesno(HAS(x, "ex") && !HAS(x, "rd")));
}

static unsigned long rollup_field(const char *name)
{
    const char *p = strstr(rollup_text, name);
    return p ? strtoul(p + strlen(name), NULL, 10) : 0;
}

static void rollup_facts(void)
{
    unsigned long lo, hi;
    char *nl = strchr(rollup_text, '\n');
    int one = nl && sscanf(rollup_text, "%lx-%lx ---p 00000000 00:00 0 ", &lo, &hi) == 2 &&
              nl - rollup_text > 9 && !memcmp(nl - 9, " [rollup]", 9) &&
              !strstr(nl, "[rollup]");
    /* The gate area ([vsyscall] on x86-64) is not one of the process's
     * mappings and is not rolled up. */
    unsigned long last_hi = 0;
    for (int i = 0; i < nlines; i++)
        if (strcmp(lines[i].name, "[vsyscall]"))
            last_hi = lines[i].hi;
    printf("smaps_rollup: one [rollup] entry from the first mapping's start to the last one's end: %s\n",
           yesno(one && nlines && lo == lines[0].lo && hi == last_hi));
    unsigned long sum = 0;
    for (int i = 0; i < nentries; i++)
        sum += entries[i].rss;
    unsigned long rss = rollup_field("\nRss:");
    unsigned long slack = sum / 20 > 64 ? sum / 20 : 64;
    printf("smaps_rollup: Rss is the smaps entries' total (within 5%%): %s\n",
           yesno(rss + slack >= sum && rss <= sum + slack));
    unsigned long pss = rollup_field("\nPss:"), parts = rollup_field("\nPss_Anon:") +
                                                          rollup_field("\nPss_File:") +
                                                          rollup_field("\nPss_Shmem:");
    printf("smaps_rollup: Pss_Anon + Pss_File + Pss_Shmem is Pss: %s\n",
           yesno(pss && parts + 4 >= pss && parts <= pss + 4));
}

int main(void)
{
    static char out[1 << 16];
    setvbuf(stdout, out, _IOFBF, sizeof out);
    char *heap = malloc(100);
    char self[PATH_MAX] = "";
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    self[n > 0 ? n : 0] = '\0';

    /* A file of three pages: two mapped from offset 4096, one shared. */
    const char *tmp = getenv("TMPDIR");
    char dir[PATH_MAX], file[PATH_MAX + 16];
    snprintf(dir, sizeof dir, "%s/proc-maps-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    char real_dir[PATH_MAX];
    if (!realpath(dir, real_dir))
        return 1;
    snprintf(file, sizeof file, "%s/data", real_dir);
    int fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0600);
    static char page[3 * PAGE];
    if (fd < 0 || write(fd, page, sizeof page) != (ssize_t)sizeof page)
        return 1;
    struct stat st;
    fstat(fd, &st);
    char *file_map = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE, fd, PAGE);
    char *shared_map = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    char *shm = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    char *anon3 = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    mprotect(anon3 + PAGE, PAGE, PROT_READ);
    char *none = mmap(NULL, PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *xonly = mmap(NULL, PAGE, PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    /* Four pages between PROT_NONE guards, so no neighbour merges in. */
    char *guard = mmap(NULL, 6 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *guarded = mmap(guard + PAGE, 4 * PAGE, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    guarded[0] = guarded[2 * PAGE] = 1;
    /* Two halves that differ only in PROT_READ: under an emulator that
     * maps executable pages readable they may be one host mapping. */
    char *guard2 = mmap(NULL, 6 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *halves = mmap(guard2 + PAGE, 4 * PAGE, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    halves[0] = halves[PAGE] = halves[2 * PAGE] = 1;
    mprotect(halves, 2 * PAGE, PROT_EXEC);
    mprotect(halves + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_EXEC);
    if (file_map == MAP_FAILED || shared_map == MAP_FAILED || shm == MAP_FAILED ||
        anon3 == MAP_FAILED || none == MAP_FAILED || xonly == MAP_FAILED || guarded == MAP_FAILED ||
        halves == MAP_FAILED)
        return 1;

    slurp("/proc/self/maps", maps_text, BIG);
    slurp("/proc/self/smaps", smaps_text, sizeof smaps_text);
    slurp("/proc/self/smaps_rollup", rollup_text, BIG);
    int local;
    parse_maps(maps_text);
    printf("maps: [heap] holds malloc'd memory, rw-p: %s\n",
           yesno(line_at((unsigned long)heap) && !strcmp(line_at((unsigned long)heap)->name, "[heap]") &&
                 !strcmp(line_at((unsigned long)heap)->perms, "rw-p")));
    maps_facts(self, file, (unsigned long)file_map, (unsigned long)shared_map,
               (unsigned long)anon3 + PAGE, (unsigned long)none, (unsigned long)xonly, &st);
    shared_anon_fact((unsigned long)shm);
    smaps_facts((unsigned long)guarded, (unsigned long)halves, (unsigned long)&local,
                (unsigned long)xonly);
    rollup_facts();

    munmap(none, PAGE);
    slurp("/proc/self/maps", maps_text, BIG);
    parse_maps(maps_text);
    printf("maps: after munmap the range is gone: %s\n", yesno(!line_at((unsigned long)none)));
    open_facts();

    munmap(file_map, 2 * PAGE);
    munmap(shared_map, PAGE);
    close(fd);
    unlink(file);
    rmdir(dir);
    return 0;
}
