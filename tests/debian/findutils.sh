#!/usr/bin/env bash
# findutils: find with tests, actions and -printf (xargs and -exec need
# fork/execve: see spawn.sh).  Output order of a directory walk depends on
# the file system, so every listing is sorted (by the guest's sort).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

for d in src/lib src/bin doc/api doc/guide empty build/obj; do mkdir -p "$d"; done
for i in 1 2 3 4 5 6 7; do
    lcg_words $((i * 20)) $i >src/lib/mod$i.c
    printf 'int main%d;\n' $i >src/bin/prog$i.c
done
lcg_words 200 99 >doc/api/ref.md
printf '# guide\n' >doc/guide/intro.md
printf 'x' >doc/guide/tiny.txt
: >build/obj/empty.o
head -c 5000 /dev/zero >build/obj/zeros.o
ln -s ../src/lib/mod1.c doc/link.c
chmod 600 src/lib/mod3.c
chmod 755 src/bin/prog1.c
find . -exec touch -h -d @1500000000 {} +
touch -d @1600000000 src/lib/mod5.c doc/api/ref.md
touch -d @1400000000 src/bin/prog2.c

step all
run find . | run sort
step name and type
run find . -name '*.c' -type f | run sort
run find . -iname 'MOD[2-4]*' | run sort
run find src doc -type d | run sort
run find . -type l -printf '%p -> %l\n'
run find . -xtype f -name 'link*'
run find . -path '*/api/*' -o -name '*.md' | run sort
run find . -regex '.*/prog[13579]\.c' | run sort
run find . -not -name '*.c' -not -type d | run sort
step size and emptiness
run find . -type f -size +1k -printf '%s %p\n' | run sort -n
run find . -size -2c -type f | run sort
run find . -empty | run sort
step time and permissions
run find . -newer src/lib/mod1.c -type f | run sort
run find . -type f ! -newermt @1450000000 | run sort
run find . -perm -u=x -type f
run find . -perm 600
run find . -mtime +1000 -name 'prog*' | run sort | run head -3
step depth and pruning
run find . -maxdepth 1 | run sort
run find . -mindepth 3 | run sort
run find . -path ./src -prune -o -type f -print | run sort
run find doc -depth -printf '%d %y %P\n' | run sort
step printf
run find src -type f -printf '%f %s %m %TY-%Tm-%Td %TH:%TM %u\n' | run sort
run find . -name '*.o' -printf '%k %b %n %h\n' | run sort
run find . -maxdepth 2 -type d -printf '%p\0' | run sort -z | run tr '\0' '\n'
step delete and errors
run cp -r build gone
run find gone -name '*.o' -delete
run find gone | run sort
run find missing-dir 2>&1; status
run find . -name '*.c' -quit -print >/dev/null; status
