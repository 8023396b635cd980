#!/usr/bin/env bash
# python3's concurrent.futures.ThreadPoolExecutor: map (results in input
# order), submit with as_completed (collected, then sorted), exceptions
# carried by futures, cancelling queued work, wait(), an initializer,
# shutdown; and asyncio handing blocking calls to its default thread pool
# (asyncio.to_thread, run_in_executor).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

step concurrent.futures
run python3.11 - <<'PY'
import asyncio, concurrent.futures as cf, hashlib, threading, zlib

def digest(i):
    data = bytes((i * j) & 0xff for j in range(20000))
    return i, hashlib.sha256(zlib.compress(data, 6)).hexdigest()[:16]

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    out = list(ex.map(digest, range(16)))
print("map, in order:", [i for i, _ in out] == list(range(16)))
for i, h in out[:4]:
    print("  ", i, h)

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="pool") as ex:
    futs = {ex.submit(collatz, n): n for n in range(1, 3001)}
    got = sorted((futs[f], f.result()) for f in cf.as_completed(futs))
print("as_completed:", len(got), "results, total steps", sum(s for _, s in got), "longest", max(got, key=lambda x: x[1]))

def fail(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n * n
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(fail, n) for n in range(7)]
    done, not_done = cf.wait(fs, timeout=30)
    print("wait: done", len(done), "not done", len(not_done))
    for n, f in enumerate(fs):
        e = f.exception()
        print("  ", n, repr(e) if e else f.result())
    try:
        list(ex.map(fail, [1, 2, 3]))
    except ValueError as e:
        print("map re-raises:", e)

# One worker held by an Event: queued futures can be cancelled, the
# running one cannot.
gate, started = threading.Event(), threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
running = ex.submit(lambda: (started.set(), gate.wait(30)))
started.wait(30)
queued = [ex.submit(pow, 2, n) for n in range(5)]
cancelled = [f.cancel() for f in queued[2:]]
gate.set()
print("cancel: running", running.cancel(), "queued", cancelled, "results", [f.result() for f in queued[:2]],
      "states", [f.cancelled() for f in queued])
ex.shutdown(wait=True)
try:
    ex.submit(pow, 2, 2)
except RuntimeError as e:
    print("after shutdown:", e)

# An initializer runs once per worker thread.
tls = threading.local()
inits = []
def init(tag):
    tls.tag = tag
    inits.append(threading.get_ident())
def tagged(x):
    return f"{tls.tag}{x}"
with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("w",)) as ex:
    print("initializer:", list(ex.map(tagged, range(6))), "ran", len(inits) <= 2, "time(s) or fewer")

async def main():
    loop = asyncio.get_running_loop()
    r1 = await asyncio.gather(*(asyncio.to_thread(digest, i) for i in range(6)))
    r2 = await asyncio.gather(*(loop.run_in_executor(None, collatz, n) for n in (27, 97, 871)))
    return [h for _, h in r1][:2], r2
print("asyncio:", asyncio.run(main()))
print("threads left:", threading.active_count())
PY
status
