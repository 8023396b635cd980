#!/usr/bin/env bash
# tar: create (reproducible: sorted, pinned times and owners), list,
# extract, append, compare, formats.  Compression runs in separate programs
# through pipes (tar -z would fork gzip: see spawn.sh).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

mkdir -p src/docs/deep/er src/bin src/empty
lcg_words 400 31 >src/docs/a.txt
lcg_words 30 32 >src/docs/deep/er/b.txt
head -c 70000 /dev/zero | tr '\0' 'z' >src/bin/zzz
printf '#!/bin/sh\necho hi\n' >src/bin/script.sh
chmod 755 src/bin/script.sh
ln -s ../docs/a.txt src/bin/link
ln src/docs/a.txt src/docs/hard.txt
printf 'sparse' | dd of=src/sparse bs=1 seek=300000 status=none
find src -exec touch -h -d @1300000000 {} +

repro=(--sort=name --mtime=@1400000000 --owner=0 --group=0 --numeric-owner)
step create
run tar -cf plain.tar "${repro[@]}" src
run sha256sum plain.tar
for fmt in gnu posix ustar v7; do
    printf '%s: ' $fmt
    run tar -cf - "${repro[@]}" --format=$fmt --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime src/docs 2>&1 | run sha256sum
done
step list
run tar -tf plain.tar
run tar -tvf plain.tar --full-time
run tar -tvf plain.tar --wildcards 'src/docs/*' --exclude='*deep*'
step extract
mkdir out
run tar -xf plain.tar -C out
run diff -r src out/src; status
run tar -xOf plain.tar src/docs/deep/er/b.txt | run md5sum
run stat -c '%n %s %a %Y %h' out/src/docs/a.txt out/src/bin/script.sh out/src/docs/hard.txt
run readlink out/src/bin/link
run tar -df plain.tar; status
step update and append
cp plain.tar work.tar
printf 'new\n' >extra.txt
touch -d @1500000000 extra.txt
run tar -rf work.tar --owner=0 --group=0 --numeric-owner extra.txt
run tar -tf work.tar | run tail -2
run tar --delete -f work.tar src/bin/zzz
run tar -tf work.tar | run wc -l
run tar -cf - --sparse "${repro[@]}" src/sparse | run wc -c
step compressed through pipes
run tar -cf - "${repro[@]}" src | run gzip -n -6 >t.tgz
run gzip -dc t.tgz | run tar -tf - | run wc -l
run gzip -dc t.tgz | run cmp - plain.tar; status
run xz -dc <(run xz -c -T1 plain.tar) | run tar -tvf - src/docs/deep --full-time
step errors
run tar -xf plain.tar nonexistent 2>&1; status
run tar -tf missing.tar 2>&1; status
