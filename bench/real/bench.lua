-- bench/real: lua5.4 workload for `make bench` (bench/real.sh).  Integer
-- and string work, tables, closures, coroutines; prints checksums only.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end

local seed = 42
local function rnd() seed = (seed * 1103515245 + 12345) % 2147483648; return seed end

-- tables and sorting
local t = {}
for i = 1, 400000 do t[i] = rnd() % 1000000 end
table.sort(t)
local acc = 0
for i = 1, #t, 7 do acc = (acc * 31 + t[i]) % 1000000007 end

-- strings: build, format, match, gsub, count words
local words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"}
local parts = {}
for i = 1, 150000 do parts[i] = string.format("%s%d", words[(rnd() >> 16) % 8 + 1], rnd() % 1000) end
local text = table.concat(parts, " ")
local count = {}
for w in text:gmatch("(%a+)%d+") do count[w] = (count[w] or 0) + 1 end
local digits = select(2, text:gsub("%d", "#"))
local keys = {}
for k in pairs(count) do keys[#keys + 1] = k end
table.sort(keys)
local wc = {}
for _, k in ipairs(keys) do wc[#wc + 1] = k .. "=" .. count[k] end

-- closures and coroutines
local function counter() local n = 0; return function(d) n = n + d; return n end end
local c = counter()
for i = 1, 1000000 do c(i % 3) end
local co = coroutine.wrap(function() for i = 1, 300000 do coroutine.yield(i) end end)
local cs = 0
for _ = 1, 300000 do cs = cs + co() end

-- floating point
local x = 0.0
for i = 1, 1000000 do x = x + 1.0 / (i * i) end

print("lua", fib(29), acc, digits, table.concat(wc, ","), c(0), cs, string.format("%.12f", x))
