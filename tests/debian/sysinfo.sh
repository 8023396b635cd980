#!/usr/bin/env bash
# What a guest learns about the machine it runs on: architecture names,
# page size, CPU count, the guest-visible root.  Only ferry and qemu are
# compared (the native answers are x86-64's).  Paths are resolved in the
# sysroot first, as -L promises.
source "$(dirname "$0")/lib.sh"

step uname
run uname -m
run uname -s -o
run arch
run nproc
step interpreters
run python3.11 -c 'import platform, os, sys, struct; print(platform.machine(), os.uname().machine, sys.platform, struct.calcsize("P"), os.sysconf("SC_PAGE_SIZE"), os.cpu_count() == os.sysconf("SC_NPROCESSORS_ONLN"))'
run perl -MConfig -e 'print "$Config{archname} $Config{ivsize} $Config{byteorder} $Config{longdblsize}\n"'
run lua5.4 -e 'print(string.packsize("j"), string.packsize("T"), #string.pack("n", 1))'
run gawk 'BEGIN { print PROCINFO["platform"], (PROCINFO["api_major"] > 0) }'
run sqlite3 :memory: 'SELECT sqlite_compileoption_used("THREADSAFE=1");'
step files of the sysroot
# (Not `ls` or `stat`: qemu 7.2 does not look up statx paths in the sysroot.)
run od -A n -c -N 5 /lib/ld-linux-aarch64.so.1
run test -e /usr/lib/aarch64-linux-gnu/libc.so.6; status
run gawk 'END { print (NR > 100) }' /usr/lib/python3.11/os.py
run python3.11 -c 'import sys, os; print(sys.prefix, os.path.exists("/usr/lib/python3.11/os.py"), sys.executable)'
step 'python without -0: argv[0] is the host path of the program'
if [ "$runner" = native ]; then
    /usr/bin/python3.11 -c 'import json, decimal; print(json.dumps({"ok": str(decimal.Decimal(1) / 8)}))'
else
    "${emu[@]}" -L "$sysroot" "$sysroot/usr/bin/python3.11" -c 'import json, decimal; print(json.dumps({"ok": str(decimal.Decimal(1) / 8)}))'
fi
step versions
run ls --version | run head -1
run python3.11 --version
run perl -e 'print "$^V\n"'
run lua5.4 -v
run openssl version
run xz --version
run gawk --version | run head -1
run sqlite3 -version | run cut -d' ' -f1
run zstd -V
