#!/usr/bin/env bash
# A build under emulation: Debian's arm64 make runs `make -j2 check` on a
# small C project (build-project/: four library objects, ar, a program
# linked against the library, and a check target that runs it), so gcc,
# cc1, as, collect2, ld and the shell all run as arm64 programs started by
# arm64 programs, two at a time.  The native run builds the same project
# with the host's make and gcc: the program's output must be the same.
# debian-test: arch-independent
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cp -r "$here/build-project" project && cd project || exit 2
step make -j2 check
run make -s -j2 check; status
step make -q: everything is up to date
run make -q demo; status
step make clean
run make -s clean; status
ls
