#!/usr/bin/env bash
# python3.11 and the OS: files and directories (os, pathlib, shutil,
# tempfile), the sqlite3 module, scripts, -m modules, stdin, exceptions.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 2000 71 >words.txt

step files, sqlite3 and os
run python3.11 - <<'PY'
import os, sqlite3, tempfile, shutil, pathlib, glob, stat, fnmatch, errno
os.makedirs("t/a/b", exist_ok=True)
for i in range(5): pathlib.Path(f"t/a/f{i}.txt").write_text("x" * i * 100)
os.symlink("f1.txt", "t/a/link")
print(sorted(os.listdir("t/a")), sorted(glob.glob("t/**/*.txt", recursive=True)), fnmatch.filter(["a.py", "b.c"], "*.py"))
print([(p.name, p.stat().st_size) for p in sorted(pathlib.Path("t/a").glob("f*"))], os.readlink("t/a/link"), os.path.islink("t/a/link"))
st = os.stat("t/a/f3.txt"); print(stat.S_ISREG(st.st_mode), oct(st.st_mode & 0o777), st.st_size, st.st_nlink)
os.utime("t/a/f3.txt", (1000000000, 1000000000)); print(os.stat("t/a/f3.txt").st_mtime, os.path.getmtime("t/a/f3.txt"))
walk = [(d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk("t")]; print(sorted(walk))
fd = os.open("t/raw", os.O_CREAT | os.O_RDWR, 0o600); os.write(fd, b"hello world"); os.lseek(fd, 6, 0); print(os.read(fd, 5), os.fstat(fd).st_size); os.close(fd)
with open("t/raw", "r+b") as f: f.seek(0, 2); f.write(b"!"); f.truncate(8); print(f.tell())
shutil.copytree("t", "t2", symlinks=True); shutil.rmtree("t"); print(os.path.exists("t"), sorted(os.listdir("t2/a")))
try: os.rmdir("t2")
except OSError as e: print("rmdir:", errno.errorcode[e.errno])
with tempfile.TemporaryDirectory(dir=".") as d: pathlib.Path(d, "x").write_text("tmp"); print(len(os.listdir(d)))
con = sqlite3.connect("py.db")
con.execute("create table t(a integer primary key, b text, c real)")
con.executemany("insert into t(b, c) values(?, ?)", [(f"row{i}", i / 4) for i in range(1000)])
con.commit()
print(con.execute("select count(*), sum(c), max(b), group_concat(a % 7, '') from t where a % 100 = 1").fetchone(), sqlite3.sqlite_version_info >= (3, 40))
print(con.execute("select json_group_array(b) from (select b from t order by c desc limit 3)").fetchone()[0])
con.close(); os.remove("py.db")
print(os.getcwd() == os.path.realpath("."), os.environ.get("TZ"), os.cpu_count() > 0, len(os.urandom(8)), os.name, os.sep, os.getpid() > 0)
PY
step command line
printf 'import sys\nprint("args", sys.argv[1:])\nsys.exit(3)\n' >s.py
run python3.11 s.py one 'two words'; status
printf '{"b": 1, "a": [1, 2]}' | run python3.11 -m json.tool --sort-keys
run python3.11 -c 'raise ValueError("boom")' 2>&1 | run sed 's/line [0-9]*/line N/'; status
run python3.11 -B -s -c 'import sys; print(sys.stdin.read().upper(), sys.flags.dont_write_bytecode, sys.flags.no_user_site)' <<<'from stdin'
