#!/usr/bin/env bash
# python3's threading module: a pool of worker threads fed by a
# queue.Queue, Lock and RLock, Condition (a bounded buffer), Event,
# Barrier, Semaphore, thread-local data, Timer, daemon threads,
# threading.excepthook, native thread ids, and the GIL switching often
# (sys.setswitchinterval).  Results are printed in a fixed order whatever
# the scheduling.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

step threading
run python3.11 - <<'PY'
import hashlib, queue, sys, threading, time
sys.setswitchinterval(1e-4)        # hand the GIL over often

# A pool of workers fed by a Queue; results keyed by job number.
jobs, results = queue.Queue(), queue.Queue()
def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        n, data = item
        h = hashlib.sha256(data)
        for _ in range(50):
            h = hashlib.sha256(h.digest() + data[:64])
        results.put((n, threading.current_thread().name.startswith("w"), h.hexdigest()[:12]))
        jobs.task_done()
pool = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in pool: t.start()
for n in range(40):
    jobs.put((n, bytes([n]) * (1000 + 97 * n)))
jobs.join()
for _ in pool: jobs.put(None)
for t in pool: t.join()
out = sorted(results.get() for _ in range(40))
print("pool:", len(out), "results, all from workers:", all(r[1] for r in out))
for n, _, h in out[:3] + out[-2:]:
    print("  job", n, h)
print("pool threads alive after join:", [t.is_alive() for t in pool])

# Lock: no lost updates; RLock: re-entrant.
lock, total = threading.Lock(), [0]
def add(n):
    for _ in range(n):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
rl = threading.RLock()
with rl:
    with rl:
        print("lock:", total[0], "rlock re-entered, locked:", lock.locked())

# Condition: a bounded buffer between 2 producers and 3 consumers.
cond, buf, consumed, done = threading.Condition(), [], [], [False]
def produce(base):
    for i in range(200):
        with cond:
            cond.wait_for(lambda: len(buf) < 8)
            buf.append(base + i)
            cond.notify_all()
def consume():
    while True:
        with cond:
            cond.wait_for(lambda: buf or done[0])
            if not buf:
                return
            consumed.append(buf.pop(0))
            cond.notify_all()
ps = [threading.Thread(target=produce, args=(b,)) for b in (0, 1000)]
cs = [threading.Thread(target=consume) for _ in range(3)]
for t in ps + cs: t.start()
for t in ps: t.join()
with cond:
    done[0] = True
    cond.notify_all()
for t in cs: t.join()
print("condition:", len(consumed), "items, sum", sum(consumed), "sorted ok:", sorted(consumed) == list(range(200)) + list(range(1000, 1200)))

# Event and Barrier: all start together; distinct native thread ids.
start, barrier, ids, order = threading.Event(), threading.Barrier(4), [], []
def racer(i):
    start.wait()
    ids.append(threading.get_native_id())
    k = barrier.wait()
    order.append(i)
rs = [threading.Thread(target=racer, args=(i,)) for i in range(4)]
for t in rs: t.start()
time.sleep(0.01)
start.set()
for t in rs: t.join()
print("event+barrier:", sorted(order), "distinct native ids:", len(set(ids)), "main's among them:", threading.get_native_id() in ids)

# Semaphore: at most 2 inside at once.
sem, inside, peak, plock = threading.Semaphore(2), [0], [0], threading.Lock()
def guarded():
    with sem:
        with plock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.002)
        with plock:
            inside[0] -= 1
gs = [threading.Thread(target=guarded) for _ in range(8)]
for t in gs: t.start()
for t in gs: t.join()
print("semaphore: 8 threads passed, never more than 2 inside:", inside[0] == 0 and 1 <= peak[0] <= 2)

# Thread-local data, Timer, excepthook, daemon threads.
local = threading.local()
local.v = "main"
seen = []
def setlocal(v):
    local.v = v
    time.sleep(0.001)
    seen.append(local.v)
ls = [threading.Thread(target=setlocal, args=(f"t{i}",)) for i in range(3)]
for t in ls: t.start()
for t in ls: t.join()
print("local:", local.v, sorted(seen))
fired = threading.Event()
tm = threading.Timer(0.02, fired.set); tm.start()
print("timer fired:", fired.wait(10)); tm.join()
cancelled = threading.Timer(60, lambda: print("should not run")); cancelled.start(); cancelled.cancel(); cancelled.join()
caught = []
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))
bad = threading.Thread(target=lambda: 1 / 0, name="bad"); bad.start(); bad.join()
print("excepthook:", caught)
d = threading.Thread(target=time.sleep, args=(60,), daemon=True); d.start()
print("daemon:", d.daemon, d.is_alive(), "active threads:", threading.active_count())
PY
status
