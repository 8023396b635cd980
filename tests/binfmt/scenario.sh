#!/bin/sh
# scenario.sh - one binfmt_misc test, in a binfmt_misc instance of its own
# (tests/tools/binfmt-ns: a new user and mount namespace, Linux 6.7+), so
# that the machine's registrations are never seen or touched.  Run by
# tests/lib/binfmt.tcl; the output, with the scratch directory written as
# WORK, must equal tests/binfmt/NAME.expected.
#
#   sh tests/binfmt/scenario.sh NAME
#
# Environment: BT_FERRY (ferry), BT_FERRY_STATIC (ferry-static, may be
# empty), BT_TOOLS (build/tests/tools), BT_PROBE (build/tests/binfmt/probe),
# BT_HELLO, BT_HELLO_DYN (c/hello-O2, c/hello-dyn).
# Exit 77 with "SKIP: reason" on stderr where the kernel or the user
# running the tests cannot do what the scenario needs.
#
# Everything is copied to a fresh directory below /tmp first (mode 0755),
# so that the unprivileged user (65534) of the O and C scenarios can reach
# it wherever the checkout lives.  Registrations vanish with the
# namespace; the directory is removed at exit.
set -u
# setpriv, chroot: /usr/sbin is not in every PATH.
PATH=$PATH:/usr/sbin:/sbin:/usr/bin:/bin
export PATH

if [ "${1:-}" != --inside ]; then
    name=$1
    WORK=$(mktemp -d /tmp/ferry-binfmt.XXXXXX) || exit 2
    trap 'rm -rf "$WORK"' EXIT
    chmod 755 "$WORK"
    mkdir "$WORK/bm"
    cp "$BT_FERRY" "$WORK/ferry"
    if [ -n "${BT_FERRY_STATIC:-}" ]; then cp "$BT_FERRY_STATIC" "$WORK/ferry-static"; fi
    cp "$BT_PROBE" "$WORK/probe"
    cp "$BT_HELLO" "$WORK/hello"
    cp "$BT_HELLO_DYN" "$WORK/hello-dyn"
    cp "$BT_TOOLS/exec-direct" "$WORK/exec-direct"
    export WORK
    # default-dir registers where ferry looks without --binfmt-dir.
    dir=$WORK/bm
    if [ "$name" = default-dir ]; then dir=/proc/sys/fs/binfmt_misc; fi
    "$BT_TOOLS/binfmt-ns" "$dir" sh "$0" --inside "$name" > "$WORK/out"
    status=$?
    sed "s|$WORK|WORK|g" "$WORK/out"
    exit $status
fi

name=$2
BM=$WORK/bm
export BM
cd "$WORK" || exit 2

skip() { echo "SKIP: $*" >&2; exit 77; }
# A scenario that needs another user than root: only where binfmt-ns
# could map uids one to one (run as root).
need_users() {
    [ "$BINFMT_NS_USERS" = many ] ||
        skip "needs an unprivileged user and a setuid-root program: run the tests as root"
}
register() {
    "$WORK/ferry" --install-binfmt --binfmt-dir "$BM" "$@" > /dev/null ||
        echo "ferry --install-binfmt $* failed"
}
# Run a program as the kernel would: straight execve, and its exit status.
run() {
    "$WORK/exec-direct" "$@" 2>&1
    echo "status=$?"
}
as_user() {
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}
# The kernel's view of the registration.
entry() {
    echo "-- $BM/ferry-aarch64:"
    cat "$BM/ferry-aarch64"
}

case $name in
register)
    # Documentation/admin-guide/binfmt-misc.rst: the entry file lists the
    # interpreter, flags, offset, magic and mask; "-1" written to it
    # removes the entry, after which the kernel refuses the program
    # (ENOEXEC).  Magic and mask: qemu's aarch64 entry.
    register --binfmt-flags ''
    entry
    echo "-- hello, static and dynamically linked:"
    run ./hello
    run ./hello-dyn
    echo "-- after --uninstall-binfmt:"
    "$WORK/ferry" --uninstall-binfmt --binfmt-dir "$BM"
    ls "$BM"
    run ./hello
    echo "-- again:"
    "$WORK/ferry" --uninstall-binfmt --binfmt-dir "$BM" 2>&1
    echo "status=$?"
    ;;
default-dir)
    # No option: /proc/sys/fs/binfmt_misc, flags POCF, and for F the
    # ferry-static beside ferry.
    [ -f "$WORK/ferry-static" ] || skip "build/ferry-static not built (make static)"
    "$WORK/ferry" --install-binfmt > /dev/null || echo "install failed"
    BM=/proc/sys/fs/binfmt_misc entry
    run ./hello
    "$WORK/ferry" --uninstall-binfmt
    ;;
flag-P)
    # binfmt-misc.rst, P: without it the interpreter gets the program's
    # path in place of argv[0]; with it, the original argv[0] as well,
    # and ferry hands that one to the program.  qemu's -0 (QEMU_ARGV0)
    # still overrides it (linux-user/main.c).
    echo "-- flags '': argv[0] is the path"
    register --binfmt-flags ''
    run -a given-name "$WORK/probe" one two
    echo "-- flags P: argv[0] as given"
    register --binfmt-flags P
    run -a given-name "$WORK/probe" one two
    run -a -strace "$WORK/probe" -L x
    echo "-- flags P, QEMU_ARGV0=from-env:"
    QEMU_ARGV0=from-env run -a given-name "$WORK/probe" one
    ;;
flag-O)
    # binfmt-misc.rst, O: the kernel opens the program and passes the
    # descriptor (AT_EXECFD), so a program its user may execute but not
    # read (0711) runs; the descriptor is ferry's, not the program's.
    need_users
    mkdir xo && cp probe xo/probe && chmod 0711 xo/probe
    echo "-- flags '': ferry cannot read it"
    register --binfmt-flags ''
    as_user "$WORK/exec-direct" "$WORK/xo/probe" 2>&1
    echo "status=$?"
    echo "-- flags O:"
    register --binfmt-flags O
    as_user "$WORK/exec-direct" "$WORK/xo/probe" 2>&1
    echo "status=$?"
    ;;
flag-C)
    # binfmt-misc.rst, C: credentials from the program (setuid), which
    # makes the kernel set AT_SECURE (getauxval(3)); ferry passes it on.
    need_users
    cp probe suid-probe && chmod 4755 suid-probe
    echo "-- flags O: ferry's credentials, the user's"
    register --binfmt-flags O
    as_user "$WORK/exec-direct" "$WORK/suid-probe" 2>&1
    echo "-- flags OC: the program's"
    register --binfmt-flags OC
    grep '^flags' "$BM/ferry-aarch64"
    as_user "$WORK/exec-direct" "$WORK/suid-probe" 2>&1
    echo "status=$?"
    ;;
secure-env)
    # The user of a setuid program chooses its environment.  With
    # AT_SECURE set, ferry must read no option from it: a log file
    # (QEMU_LOG_FILENAME, as root) would let any user write any file.
    # Control run: the same variables on a copy without the setuid bit
    # take effect, so the variables themselves work.
    need_users
    cp probe suid-probe && chmod 4755 suid-probe
    cp probe plain-probe
    mkdir root-only user-dir && chown 65534:65534 user-dir
    register --binfmt-flags POC
    for target in root-only user-dir; do
        for prog in suid-probe plain-probe; do
            echo "-- $prog, logs aimed at $target:"
            as_user env QEMU_LOG=in_asm QEMU_LOG_FILENAME="$WORK/$target/qemu.log" \
                FERRY_LOG_FILENAME="$WORK/$target/ferry.log" QEMU_STRACE=1 \
                QEMU_SET_ENV=FERRY_TEST_INJECTED=1 FERRY_ARGV0=injected FERRY_STATS=1 \
                QEMU_LD_PREFIX=/nonexistent "$WORK/exec-direct" -a probe "$WORK/$prog" \
                > out.txt 2> err.txt
            echo "status=$?"
            grep -v '^fds above' out.txt
            if [ -s err.txt ]; then echo "stderr: $(head -n 1 err.txt)"; fi
            echo "files in $target: $(ls "$target" | tr '\n' ' ')"
            for log in "$target"/*; do
                [ -f "$log" ] || continue
                grep -q '^IN: ' "$log" && echo "$log: in_asm listing"
                grep -q 'write(1,' "$log" && echo "$log: strace"
            done
            rm -f "$target"/*
        done
    done
    # ferry given the setuid bit itself would run anything as root.
    echo "-- setuid ferry, started by hand:"
    cp ferry suid-ferry && chmod 4755 suid-ferry
    as_user "$WORK/suid-ferry" "$WORK/probe" 2>&1
    echo "status=$?"
    ;;
flag-F)
    # binfmt-misc.rst, F: the interpreter is opened at registration, so
    # it still runs when its path is gone (deleted, or outside a chroot).
    [ -f "$WORK/ferry-static" ] || skip "build/ferry-static not built (make static)"
    echo "-- flags '': the interpreter's path is needed at each exec"
    cp ferry gone-ferry
    "$WORK/ferry" --install-binfmt --binfmt-dir "$BM" --binfmt-flags '' \
        --binfmt-interpreter "$WORK/gone-ferry" > /dev/null
    rm gone-ferry
    run ./hello
    echo "-- flags F:"
    cp ferry-static gone-ferry
    "$WORK/ferry" --install-binfmt --binfmt-dir "$BM" --binfmt-flags F \
        --binfmt-interpreter "$WORK/gone-ferry" > /dev/null
    rm gone-ferry
    run ./hello
    echo "-- flags F, in a chroot that holds nothing but the program:"
    mkdir root && cp hello root/hello
    chroot "$WORK/root" /hello 2>&1
    echo "status=$?"
    echo "-- F with a dynamically linked ferry:"
    "$WORK/ferry" --install-binfmt --binfmt-dir "$BM" --binfmt-flags F \
        --binfmt-interpreter "$WORK/ferry" 2>&1
    echo "status=$?"
    ;;
*)
    echo "scenario.sh: unknown scenario $name" >&2
    exit 2
    ;;
esac
