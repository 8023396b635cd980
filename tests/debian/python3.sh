#!/usr/bin/env bash
# python3.11, the language and the core of its standard library: json, re,
# collections, itertools, struct, heapq, decimal, fractions, math,
# statistics, random with a seed, small numeric loops (python3-stdlib.sh and
# python3-os.sh have the rest).
# Floats from libm are rounded (the last bit may differ by architecture).
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

lcg_words 2000 71 >words.txt

step language
run python3.11 - <<'PY'
import sys
print(sys.version_info[:2], sys.maxsize, sys.byteorder, sys.float_info.mant_dig, sys.getrecursionlimit())
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(22), 2 ** 200, -7 // 2, -7 % 3, divmod(-17, 5), 10 ** 30 // 7, (1 << 100) % 1000007)
print(0.1 + 0.2, 1 / 3, 1e308 * 10, -1e308 * 10, float('nan') != float('nan'), round(2.675, 2), round(0.5), round(1.5))
print(repr(2 ** 0.5), 7.0 / 3, float.hex(0.1), (0.1).as_integer_ratio(), int('ff', 16), int('-0b101', 0), hex(2 ** 64 - 1))
print(f"{12345.6789:,.2f} {42:08b} {255:#x} {3.14159:e} {'x':>5}|{'y':^5}|{-3:+d} {1e-7:g} {123456789:_d}")
print("%5d|%-6s|%08.3f|%c|%r" % (42, "ab", 3.14159, 65, "q'"))
class P:
    __slots__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
    def __add__(s, o): return P(s.x + o.x, s.y + o.y)
    def __repr__(s): return f"P({s.x}, {s.y})"
print(P(1, 2) + P(3, 4), [i * i for i in range(10) if i % 3], {k: v for k, v in zip("abc", range(3))}, {x % 5 for x in range(20)})
def gen():
    total = 0
    while True:
        x = yield total
        if x is None: return total
        total += x
g = gen(); next(g); [g.send(i) for i in range(10)]
try: g.send(None)
except StopIteration as e: print("generator returned", e.value)
try: {}["missing"]
except KeyError as e: print("KeyError", e)
try: 1 / 0
except ZeroDivisionError as e: print(type(e).__name__, e)
match {"kind": "point", "x": 3}:
    case {"kind": "point", "x": x}: print("matched x", x)
print(sorted(["banana", "Apple", "cherry"], key=str.lower), "".join(reversed("stressed")), "a,b,,c".split(","), " x ".strip())
print(bytes(range(5)), bytearray(b"abc").upper(), "héllo".encode(), b"\xc3\xa9".decode(), "ß".upper(), "İ".lower().encode())
print(len(dir(__builtins__)) > 100, isinstance(True, int), 3 in range(5), all([]), any([]), sum(range(10 ** 6)))
PY
step stdlib data
run python3.11 - <<'PY'
import json, re, collections, itertools, functools, struct, heapq, bisect, operator, string
words = open("words.txt").read().split()
c = collections.Counter(re.sub(r"\d+", "", w) for w in words)
print(c.most_common(5))
print(json.dumps({"b": [1, 2.5, None, True], "a": {"x": "é"}, "n": -0.0}, sort_keys=True))
print(json.dumps(json.loads('{"k": [1, {"z": 1e400}], "s": "\\u20ac"}'), ensure_ascii=False), json.dumps([1, 2], indent=2))
print(re.findall(r"\b([a-e]\w+?)(\d{3})\b", " ".join(words[:40])))
print(re.sub(r"(?P<w>[a-z]+)(?P<n>\d+)", lambda m: m["n"] + m["w"].upper(), " ".join(words[:6])))
print(re.split(r"[aeiou]+", "education"), bool(re.fullmatch(r"(\d{3})-(\d{4})", "555-1234")), re.compile(r"a.c", re.S).match("a\nc") is not None)
print(list(itertools.permutations("abc", 2))[:4], list(itertools.accumulate(range(10))), list(itertools.product("ab", repeat=2)))
print(list(itertools.islice(itertools.cycle("xyz"), 7)), [k for k, _ in itertools.groupby("aaabbbcca")], list(itertools.combinations(range(5), 3))[-2:])
print(functools.reduce(operator.mul, range(1, 21)), functools.lru_cache()(lambda n: n * 2)(21))
d = collections.OrderedDict.fromkeys("hello"); dq = collections.deque(range(10), maxlen=5); dq.rotate(2)
print(list(d), dq, collections.defaultdict(int, a=1)["b"], collections.namedtuple("Pt", "x y")(1, 2), collections.ChainMap({"a": 1}, {"a": 2, "b": 3})["b"])
packed = struct.pack("<iHd4sQ?", -2, 65535, 1.5, b"ab", 2 ** 64 - 1, True)
print(packed.hex(), struct.unpack("<iHd4sQ?", packed), struct.calcsize("@iqc"), struct.pack(">f", 0.1).hex())
h = [(len(w), w) for w in words[:200]]; heapq.heapify(h); print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, words[:200]))
s = sorted(words); print(bisect.bisect_left(s, "m"), bisect.bisect_right(s, "zulu999"), len(set(words)))
print(string.ascii_letters[:10], string.Template("$a-$b").substitute(a=1, b=2), "{0}{1}{0}".format("x", "y"))
PY
step numbers
run python3.11 - <<'PY'
import decimal, fractions, math, statistics, random, cmath
D = decimal.Decimal
decimal.getcontext().prec = 50
print(D(2).sqrt(), D(1) / D(7), D("1.10") + D("2.20"), D("0.1") * 3, D(10) ** -3, D("123.456").quantize(D("0.1"), rounding=decimal.ROUND_HALF_EVEN))
print(D(1).exp(), D(2).ln(), D("-0"), D("1e999999") * 10 if False else "skip", decimal.Decimal("NaN").is_nan())
F = fractions.Fraction
print(F(1, 3) + F(1, 6), F(3.75), F("22/7") ** 2, sum(F(1, n) for n in range(1, 20)), F(1, 3).limit_denominator(10))
print(math.factorial(30), math.comb(50, 20), math.gcd(2 ** 40, 6 ** 20), math.isqrt(10 ** 40 + 12345), math.lcm(12, 18, 30))
print(f"{math.sin(1):.12f} {math.exp(2.5):.12f} {math.log(10):.12f} {math.atan2(1, 2):.12f} {math.gamma(4.5):.10f} {math.erf(0.5):.12f}")
print(math.sqrt(2), math.fsum([0.1] * 10), math.hypot(3, 4), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(0.0, -1), math.inf > 10 ** 400)
print(f"{cmath.sqrt(-4)} {abs(3 + 4j)} {(1 + 2j) * (3 - 1j)}")
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3]
print(statistics.mean(data), statistics.median(data), f"{statistics.stdev(data):.12f}", statistics.mode([1, 2, 2, 3]))
random.seed(42)
print(random.random(), random.randint(1, 1000), random.choice("abcdefgh"), random.sample(range(100), 5), f"{random.gauss(0, 1):.12f}")
l = list(range(20)); random.shuffle(l); print(l, random.getrandbits(70))
acc = 0
for i in range(100000): acc = (acc * 31 + i) % 1000000007
print(acc)
x = 0.0
for i in range(1, 30001): x += 1.0 / (i * i)
print(f"{x:.15f}", sum(1 / k for k in range(1, 10001)))
PY
