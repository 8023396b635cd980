# bench/real: python3.11 workload for `make bench` (bench/real.sh).
# Interpreter loops, dicts, strings, regular expressions, json, sorting,
# classes; prints checksums only.
import json
import re
from collections import Counter


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)


seed = 42


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
parts = [f"{words[(rnd() >> 16) % 8]}{rnd() % 1000}" for _ in range(120000)]
text = " ".join(parts)
counts = Counter(re.findall(r"([a-z]+)\d+", text))
nums = sorted(rnd() % 1000000 for _ in range(300000))
acc = 0
for v in nums[::7]:
    acc = (acc * 31 + v) % 1000000007
doc = json.dumps({"counts": counts, "nums": nums[:2000]}, sort_keys=True)
back = json.loads(doc)
v = Vec(0, 0)
for i in range(300000):
    v = v + Vec(i % 3, i % 5)
s = 0.0
for i in range(1, 300001):
    s += 1.0 / (i * i)
print("python", fib(25), acc, sorted(counts.items()), len(doc), len(back["nums"]), v.x, v.y, f"{s:.12f}")
