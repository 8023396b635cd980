#!/usr/bin/env bash
# Programs that start threads (clone with CLONE_THREAD, futexes, thread
# exit): multithreaded xz, sort --parallel, python threading and
# concurrent.futures, perl ithreads.  (zstd always starts an I/O thread:
# zstd.sh.)  The results do not depend on scheduling.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 20000 91 >big.txt

step xz -T
run xz -T2 --block-size=100000 -c big.txt >big.xz; status
run xz -l big.xz | run tail -1
run xz -T2 -dc big.xz | run cmp - big.txt; status
run xz -T2 --block-size=100000 -c big.txt | run sha256sum
step sort --parallel
run sort --parallel=2 -S 100k big.txt | run md5sum
run sort --parallel=4 -n -k2.2 -t' ' big.txt | run md5sum
step python threads
run python3.11 - <<'PY'
import threading, concurrent.futures, queue, hashlib
lock = threading.Lock(); total = [0]
def work(n):
    s = sum(i * i for i in range(n))
    with lock: total[0] += s
ts = [threading.Thread(target=work, args=(10000 + i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("threads", total[0], threading.active_count())
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    print("pool", list(ex.map(lambda b: hashlib.sha256(b).hexdigest()[:16], [bytes([i]) * 100000 for i in range(6)])))
q = queue.Queue()
def producer():
    for i in range(100): q.put(i)
    q.put(None)
threading.Thread(target=producer).start()
got = []
while (x := q.get()) is not None: got.append(x)
print("queue", sum(got))
ev = threading.Event(); res = []
t = threading.Thread(target=lambda: (ev.wait(), res.append("woken"))); t.start(); ev.set(); t.join(); print(res)
local = threading.local(); local.x = 1
def f(): local.x = 2
t = threading.Thread(target=f); t.start(); t.join(); print("local", local.x)
PY
step perl threads
run perl -Mthreads -Mthreads::shared -e 'my $sum :shared = 0; my @t = map { threads->create(sub { my $s = 0; $s += $_ for 1 .. 1000 * $_[0]; lock($sum); $sum += $s; return $s }, $_) } 1 .. 3;
    my @r = map { $_->join } @t; print "perl threads @r $sum\n"'
