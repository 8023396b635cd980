#!/usr/bin/env bash
# Shells: Debian's arm64 bash, dash and busybox sh running scripts with
# pipelines, subshells, command substitution, here-documents, traps,
# functions, background jobs and `wait`, `exec` and exit statuses; bash's
# own arrays, PIPESTATUS, process substitution and coprocesses.  Every
# command a script runs is a process of its own: under an emulator the
# external ones (sort, tr, seq, cat) are arm64 programs from the sysroot,
# run under the emulator again.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

cat >posix.sh <<'EOF'
f() { echo "in f: $1"; return 3; }
f one; echo "f returned $?"
x=$(echo sub; echo stitution | tr a-z A-Z)
echo "command substitution: $x"
y=`echo nested $(echo inner)`
echo "backquotes: $y"
echo a b c | while read p q r; do echo "read: $r $q $p"; done
( cd /; echo "subshell in $PWD"; exit 4 ); echo "subshell status $?"
echo "still in the work folder: $( [ "$PWD" = "$START" ] && echo yes || echo no)"
cat <<END | sort -r
here-document line one
here-document line two $((6 * 7))
END
cat <<'END'
quoted here-document: $HOME `not run`
END
trap 'echo trapped USR1' USR1
kill -USR1 $$
sleep 0.2 &
bg=$!
wait $bg; echo "waited for the background job: $?"
(exit 9) & wait $!; echo "background exit status: $?"
seq 1 5 | sort -rn | head -n 2
printf '%s\n' one two three | { read first; read second; echo "group read: $first $second"; }
case "hello.tar.gz" in *.gz) echo "case: gzip";; *) echo "case: other";; esac
i=0; while [ $i -lt 3 ]; do i=$((i + 1)); done; echo "loop counted to $i"
exec 3>out.txt; echo "through fd 3" >&3; exec 3>&-; cat out.txt
if false; then :; else echo "if/else: else"; fi
sh_status() { "$@"; echo "$1: exit $?"; }
sh_status false
sh_status sh -c 'exit 5'
sh_status nonexistent-command 2>/dev/null
set -e; false || echo "set -e spares a tested command"; set +e
trap 'echo "EXIT trap, status $?"' EXIT
exit 2
EOF

cat >bash.sh <<'EOF'
arr=(one "two words" three); echo "array: ${#arr[@]} ${arr[1]}"
declare -A map=([b]=2 [a]=1); for k in $(printf '%s\n' "${!map[@]}" | sort); do echo "map $k=${map[$k]}"; done
false | true | (exit 3); echo "PIPESTATUS: ${PIPESTATUS[*]}"
diff <(printf 'a\nb\n') <(printf 'a\nc\n'); echo "process substitution: diff exit $?"
mapfile -t lines < <(seq 3); echo "mapfile: ${lines[*]}"
coproc UP { tr a-z A-Z; }; echo "to the coprocess" >&"${UP[1]}"; exec {UP[1]}>&-; read -r got <&"${UP[0]}"; wait "$UP_PID"; echo "coproc: $got"
sleep 0.1 & sleep 0.3 & wait -n; echo "wait -n: $?"; wait
shopt -s extglob; f=abc.txt; echo "extglob: ${f%%+([a-z.])}|${f/#abc/ABC}"
printf -v out '%05d' 42; echo "printf -v: $out"
(( 2 ** 10 == 1024 )) && echo "arithmetic: yes"
echo "subshell level: $BASH_SUBSHELL $(echo $BASH_SUBSHELL)"
trap 'echo "ERR trap at line $LINENO"' ERR; false; trap - ERR
exit 0
EOF

export START=$PWD
step bash, posix script
run bash posix.sh; status
step dash, posix script
run dash posix.sh; status
step busybox sh, posix script
run busybox sh posix.sh; status
step bash, its own features
run bash bash.sh; status
step bash -c with a pipeline into a subshell
run bash -c 'seq 1 20 | (while read n; do s=$((${s:-0} + n)); done; echo "sum $s") | cat'; status
step nested shells
run bash -c 'dash -c "busybox sh -c \"echo three levels deep; exit 7\""; echo "inner exit $?"'; status
