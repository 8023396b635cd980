#!/usr/bin/env bash
# coreutils, files: ls, stat, checksums, dates, copying and linking.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

# A fixed tree with pinned times and modes.
mkdir -p tree/a/b tree/c tree/empty
lcg_words 300 1 >tree/a/words.txt
lcg_words 40 2 >tree/a/b/more.txt
printf 'short\n' >tree/c/s.txt
printf '\x00\x01\x02\xfe\xffbinary\n' >tree/c/bin.dat
: >tree/c/zero
ln -s ../a/words.txt tree/c/link
chmod 640 tree/a/words.txt
chmod 755 tree/a/b
find tree -exec touch -h -d @1000000000 {} +

step ls
run ls -lR --time-style=+%Y-%m-%d_%H:%M:%S tree | grep -v '^total'
run ls -1 -S -r tree/a tree/c
run ls -d --indicator-style=classify tree/*/ tree/c/link
step stat
run stat -c '%n %s %a %F %Y' tree/a/words.txt tree/c/zero tree/c/link tree/a/b

step checksums
for sum in md5sum sha1sum sha224sum sha256sum sha384sum sha512sum b2sum cksum sum; do
    run $sum tree/a/words.txt tree/c/bin.dat
done
run sha256sum tree/a/words.txt tree/c/s.txt >sums
run sha256sum -c sums
printf 'corrupt\n' >>tree/c/s.txt
run sha256sum -c sums 2>&1
status
run cksum -a sha256 tree/a/b/more.txt
run cksum -a blake2b -l 128 tree/a/b/more.txt

step dates
run date -u -d @0
run date -u -d @1234567890 '+%Y-%m-%d %H:%M:%S %A %j %U %s'
run date -u -d '2020-02-29 12:34:56 +0100' '+%F %T %z'
run date -u -d '2021-12-31 + 1 day' +%F
run date -u -r tree/a/words.txt +%s
run touch -d '2001-02-03 04:05:06 UTC' tree/c/zero
run stat -c %Y tree/c/zero

step files
run cp -r tree copy
run mv copy/c/s.txt copy/c/moved.txt
run rm -r copy/a/b
run ln -s moved.txt copy/c/l2
run readlink copy/c/l2
run mkdir -p copy/x/y/z
run chmod 700 copy/x
run install -m 600 tree/c/bin.dat copy/x/y/z/inst
run truncate -s 1000 copy/x/y/z/inst
run dd if=tree/a/words.txt of=copy/dd.out bs=64 skip=2 count=5 status=none
run find copy -printf '%y %m %s %P\n' 2>/dev/null | sort || true
run du -a --apparent-size -b copy | sort -k2
run basename /a/b/c.txt .txt
run dirname /a/b/c.txt
run realpath --relative-to=tree tree/c/link
run test -d tree/a && echo "test -d: yes"
run [ 3 -lt 10 ] && echo "[ works"
run true; status
run false; status
run yes ferry | run head -3
run echo -e 'a\tb\x41'
run printenv TZ
run pwd -P >/dev/null; status
run sleep 0.01; status
