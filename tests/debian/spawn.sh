#!/usr/bin/env bash
# Programs that start other programs (fork/vfork/clone + execve, wait4,
# pipes between processes): xargs, find -exec, diff3, tar -z/-j/-J, sort
# with a compression program, gawk/perl/python/lua running commands.  The
# children are found through PATH (the host's) and, as absolute paths, in
# the sysroot first: under an emulator a child may be an arm64 program
# (which must run under the emulator again) or a host one.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

mkdir -p tree/a tree/b
lcg_words 100 81 >tree/a/one.txt
lcg_words 60 82 >tree/b/two.txt
printf 'x\n' >'tree/b/with space.txt'
lcg_words 400 83 >big.txt
find tree big.txt -exec touch -h -d @1200000000 {} +

step xargs
printf '1\n2\n3\n' | run xargs -n1 expr 10 +; status
printf 'a b c d e\n' | run xargs -n2 echo; status
printf 'tree/a/one.txt\0tree/b/with space.txt\0' | run xargs -0 wc -l; status
printf '5\n7\n' | run xargs -I{} sh -c 'echo item {}; exit 0'; status
printf 'x\n' | run xargs false; status
step find -exec
run find tree -type f -exec wc -c {} + | run sort
run find tree -name '*.txt' -execdir basename {} \; | run sort
run find tree -type f -newer big.txt -exec false {} \; ; status
step diff3 and compression through tar
head -50 big.txt >v1; { head -20 big.txt; echo mine; sed -n '21,50p' big.txt; } >v2; { head -40 big.txt; echo theirs; sed -n '41,50p' big.txt; } >v3
run diff3 -m v2 v1 v3 | run md5sum; status
run diff3 v2 v1 v3; status
for z in -z -j -J; do
    run tar $z -cf t.tar.x --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner tree; status
    run tar $z -tvf t.tar.x --full-time
done
run tar --use-compress-program='gzip -9 -n' -cf t.tgz --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner tree; status
run gzip -dc t.tgz | run sha256sum
run sort --compress-program=gzip -S 64k -T . big.txt | run md5sum
step interpreters running commands
run gawk 'BEGIN { while (("echo one; echo two" | getline l) > 0) print "got", l; r = system("exit 3"); print "system", r
    print "sorted" | "sort -r"; print "zzz" | "sort -r"; close("sort -r"); print "done" }'
run perl -e 'my $o = `echo backticks`; print "perl: $o"; print "status ", system("sh", "-c", "exit 2") >> 8, "\n";
    open(my $p, "-|", "seq", "3") or die; print "pipe: ", join(",", map { chomp; $_ } <$p>), "\n"; close $p;
    my $pid = fork // die; if (!$pid) { exit 7 } waitpid($pid, 0); print "child exit ", $? >> 8, "\n"'
run python3.11 -c 'import subprocess, os
r = subprocess.run(["expr", "6", "*", "7"], capture_output=True, text=True); print("subprocess", r.stdout.strip(), r.returncode)
print("check_output", subprocess.check_output("echo shell | tr a-z A-Z", shell=True, text=True).strip())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE); print("popen", p.communicate(b"piped")[0], p.returncode)
pid = os.fork()
if pid == 0: os._exit(5)
print("fork", os.waitpid(pid, 0)[1] >> 8)
print("popen", os.popen("echo os.popen").read().strip())'
run lua5.4 -e 'print(os.execute("exit 4")); local f = io.popen("echo from popen"); print(f:read("l"), f:close())'
