#!/usr/bin/env bash
# lua5.4: strings and patterns, tables and sorting, integer and float
# arithmetic, coroutines, closures, metatables, string.pack, utf8, os.date,
# errors, and a small benchmark-like loop.
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

step strings
run lua5.4 - <<'LUA'
local s = "The quick brown fox jumps over the lazy dog"
print(#s, s:upper(), s:rep(2, "|"):len(), s:reverse():sub(1, 10))
print(s:find("o(%a+)"), s:match("(%a+) dog"), select(2, s:gsub("o", "0")))
for w in s:gmatch("%a%a%a%a%a") do io.write(w, ",") end print()
print(("%5d|%-6s|%08.3f|%x|%X|%o|%e|%g|%q"):format(42, "ab", math.pi, 255, 3054, 8, 12345.6789, 1e20, "a\nb\0c"))
print(string.format("%s %s %s", 1/0, -1/0, math.mininteger), tostring(nil), tostring(2^63), 2^53 + 1)
print(("x"):byte(), string.char(72, 105), ("%a"):format(1.0), ("abc"):rep(0) == "")
print(("hello world from lua"):gsub("(%w+)", "<%1>"), ("key=val; k2=v2"):gsub("(%w+)=(%w+)", "%2=%1"))
print(string.format("%.14g %.14g %.14g", 0.1 + 0.2, 1/3, 100/7), 7 // 2, -7 // 2, 7 % -3, 7.5 // 2, 2^-1074)
LUA
step tables
run lua5.4 - <<'LUA'
local seed = 12345
local function rnd() seed = (seed * 1103515245 + 12345) % 2147483648; return seed end
local t = {}
for i = 1, 20000 do t[i] = rnd() % 100000 end
table.sort(t)
print(t[1], t[10000], t[20000], #t)
local words = {}
for i = 1, 2000 do words[i] = string.format("w%05d", rnd() % 50000) end
table.sort(words, function(a, b) return a > b end)
print(words[1], words[2000], table.concat(words, ",", 1, 5))
local count = {}
for _, w in ipairs(words) do local k = w:sub(1, 3); count[k] = (count[k] or 0) + 1 end
local keys = {}
for k in pairs(count) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", count[k], " ") end print()
print(table.unpack({1, 2, 3})) print(select("#", table.unpack({1, nil, 3}, 1, 3)))
local m = table.move({1, 2, 3, 4, 5}, 2, 4, 1) print(table.concat(m, " "))
table.insert(m, 1, 0) table.remove(m) print(table.concat(m, " "), #m)
LUA
step numbers
run lua5.4 - <<'LUA'
print(math.maxinteger + 1 == math.mininteger, math.maxinteger * 2, 1 << 63, 1 << 64, -1 >> 1, 5 & 3, 5 | 3, 5 ~ 3, ~0)
print(math.tointeger(3.0), math.tointeger(3.5), math.type(1), math.type(1.0), math.type("1"), 3 == 3.0)
print(math.ult(1, -1), math.abs(math.mininteger), math.fmod(-7, 3), math.fmod(7, -3), math.floor(-3.5), math.ceil(-3.5))
print(string.format("%.10g %.10g %.10g %.10g %.10g", math.sin(1), math.cos(1), math.exp(1), math.log(2), math.sqrt(2)))
print(10 // 0.0, -10 // 0.0, 0/0 ~= 0/0, pcall(function() return 1 // 0 end))
print(tonumber("0x10"), tonumber("10", 2), tonumber("z", 36), tonumber(" 1e3 "), tonumber("1e"), "10" + 5, "3" * "4")
math.randomseed(42)
local r = {} for i = 1, 5 do r[i] = math.random(1, 1000) end print(table.concat(r, " "))
print(string.format("%.6f", math.random()))
local acc = 0
for i = 1, 300000 do acc = (acc + i * i) % 1000000007 end print(acc)
local f = 0.0 for i = 1, 100000 do f = f + 1 / i end print(string.format("%.12f", f))
LUA
step coroutines and closures
run lua5.4 - <<'LUA'
local function gen(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i * i) end end) end
local s = 0 for v in gen(1000) do s = s + v end print(s)
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b); local d, e = coroutine.yield(c * 2); return d + e end)
print(coroutine.resume(co, 1, 2)) print(coroutine.resume(co, 10)) print(coroutine.resume(co, 3, 4))
print(coroutine.resume(co), coroutine.status(co))
local function counter() local n = 0; return function() n = n + 1; return n end end
local c1, c2 = counter(), counter() c1() c1() print(c1(), c2())
local function producer() return coroutine.create(function() for _, w in ipairs({"a", "b", "c"}) do coroutine.yield(w) end end) end
local p = producer() local out = {} while true do local ok, v = coroutine.resume(p); if not v then break end out[#out + 1] = v end
print(table.concat(out), coroutine.isyieldable(), select(2, coroutine.running()))
LUA
step metatables and errors
run lua5.4 - <<'LUA'
local V = {} V.__index = V
function V.new(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return V.new(a.x + b.x, a.y + b.y) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__tostring = function(v) return "(" .. v.x .. "," .. v.y .. ")" end
V.__lt = function(a, b) return a.x < b.x end
V.__len = function() return 2 end
V.__call = function(self, k) return self[k] end
local a, b = V.new(1, 2), V.new(3, 4)
print(tostring(a + b), a == V.new(1, 2), a < b, #a, a("y"))
local log = {} local proxy = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end})
proxy.one = 1 proxy.two = 2 proxy.one = 3 print(table.concat(log, ","), proxy.one)
print(select(2, pcall(error, {code = 42})).code) print(select(2, pcall(error, "msg", 0)))
print(pcall(function() local x = nil; return x.y end))
print(xpcall(function() error("deep") end, function(m) return "handled: " .. m end))
local ok, e = pcall(string.rep) print(ok, e)
do local x <close> = setmetatable({}, {__close = function() print("closed") end}) print("in block") end
goto skip print("not printed") ::skip::
print(load("return 1 + 2")(), load("syntax error here"))
local env = {print = print} local fn = load("x = 5; print(x)", "chunk", "t", env) fn() print(env.x, x)
print(string.dump(function() return 1 end) ~= nil, collectgarbage("count") > 0)
LUA
step pack and utf8
run lua5.4 - <<'LUA'
local p = string.pack("<i4 >i2 d z s1 j", -2, 258, 1.5, "zs", "len", math.mininteger)
print(#p, (p:gsub(".", function(c) return string.format("%02x", c:byte()) end)))
print(string.unpack("<i4 >i2 d z s1 j", p))
print(string.packsize("i4 i8 d"), string.unpack("=I3", "\1\2\3"))
print(utf8.char(72, 228, 8364, 128512), utf8.len("häll€"), utf8.codepoint("€", 1))
for p, c in utf8.codes("aé€") do io.write(p, ":", c, " ") end print()
print(utf8.offset("aé€b", 3), utf8.charpattern)
LUA
step os and io
run lua5.4 - <<'LUA'
print(os.date("!%Y-%m-%d %H:%M:%S %A %j", 0), os.date("!%c", 1234567890))
print(os.time({year = 2020, month = 2, day = 29, hour = 12}), os.getenv("TZ"), os.getenv("NO_SUCH_VAR"))
local t = os.date("!*t", 1e9) print(t.year, t.month, t.day, t.hour, t.yday, t.wday, t.isdst)
local f = assert(io.open("lua.out", "w")) for i = 1, 100 do f:write(i, "\n") end f:close()
local sum = 0 for l in io.lines("lua.out") do sum = sum + tonumber(l) end print(sum)
f = io.open("lua.out") print(f:read("n", "n", "l", "L")) print(f:seek("end"), f:seek("set", 5), f:read(3)) f:close()
print(io.open("/nonexistent/file"))
print(os.remove("lua.out"), os.remove("lua.out"))
print(os.rename("nope", "nope2"))
print(type(os.clock()), os.difftime(10, 4))
LUA
step script file and arguments
printf 'print(#arg, arg[0] ~= nil, ...)\nos.exit(3)\n' >s.lua
run lua5.4 s.lua one two; status
run lua5.4 -e 'x = 7' -e 'print(x * 6)'
run lua5.4 -e 'error("boom")' 2>&1; status
