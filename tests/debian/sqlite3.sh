#!/usr/bin/env bash
# sqlite3: schema, recursive CTEs, aggregates, joins, indexes, window
# functions, JSON, dates, a file database in rollback and WAL journal modes
# (file locks, fsync, a shared-memory mapping), .dump/.import, errors.
# Floating-point results are printed with printf('%.6f').
# debian-test: arch-independent
source "$(dirname "$0")/lib.sh"

step memory database
run sqlite3 :memory: <<'SQL'
CREATE TABLE t(id INTEGER PRIMARY KEY, grp TEXT, v INTEGER, f REAL);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 20000)
INSERT INTO t(grp, v, f) SELECT char(65 + (i * 7919) % 13), (i * 2654435761) % 100003, i / 7.0 FROM c;
SELECT count(*), sum(v), min(v), max(v), printf('%.6f', avg(f)) FROM t;
SELECT grp, count(*), sum(v) % 1000, printf('%.3f', avg(v)) FROM t GROUP BY grp ORDER BY grp;
CREATE INDEX t_v ON t(v);
SELECT id, v FROM t WHERE v BETWEEN 500 AND 520 ORDER BY v, id;
SELECT grp, v, rank() OVER (PARTITION BY grp ORDER BY v DESC) AS r FROM t WHERE id <= 60 ORDER BY grp, r LIMIT 12;
SELECT id, sum(v) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM t WHERE id <= 6;
SELECT grp, group_concat(id, '-') FROM (SELECT * FROM t WHERE id <= 30 ORDER BY id) GROUP BY grp ORDER BY grp LIMIT 4;
SELECT a.grp, b.grp, count(*) FROM t a JOIN t b ON a.id = b.id + 1 WHERE a.id < 200 GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 3;
SELECT count(DISTINCT v), total(v) FROM t;
SELECT typeof(1), typeof(1.5), typeof('x'), typeof(x'00'), typeof(NULL), 7 / 2, 7 % 3, 7 / 2.0, -7 / 2;
SELECT abs(-9223372036854775807), 9223372036854775807 + 0, round(2.5), round(-2.5), round(1.23456, 3);
SELECT upper('abc'), lower('ÀB'), length('héllo'), substr('abcdef', -3, 2), instr('hello', 'll'), replace('aaa', 'a', 'bb');
SELECT hex(''), hex(zeroblob(4)), quote('it''s'), unicode('€'), char(8364), trim('  x  '), ltrim('xxa', 'x');
SELECT printf('%5d|%-5s|%08.3f|%x|%e|%,d', 42, 'ab', 3.14159, 255, 12345.678, 1234567);
SELECT 'like', 'Hello' LIKE 'h%', 'Hello' GLOB 'h*', 'abc' BETWEEN 'abb' AND 'abd', coalesce(NULL, NULL, 3), nullif(1, 1), iif(1 > 2, 'y', 'n');
SQL
step json and dates
run sqlite3 :memory: <<'SQL'
SELECT json_object('a', 1, 'b', json_array(1, 2.5, 'x', NULL), 'c', json('{"d":true}'));
SELECT json_extract('{"a":{"b":[10,20,30]}}', '$.a.b[1]'), '{"x":5}' -> '$.x', '{"x":"s"}' ->> '$.x';
SELECT key, value, type FROM json_each('{"one":1,"two":[2],"three":{"t":3}}') ORDER BY key;
SELECT json_group_array(v) FROM (SELECT value AS v FROM json_each('[3,1,2]') ORDER BY value);
SELECT json_set('{"a":1}', '$.b', 2, '$.a', 10), json_remove('[1,2,3]', '$[1]'), json_valid('{bad'), json_type('[1]');
SELECT date('2020-02-29', '+1 year'), datetime(1234567890, 'unixepoch'), strftime('%Y-%j %H:%M:%S %w', '2021-12-31 23:59:59');
SELECT julianday('2000-01-01') - julianday('1970-01-01'), date('2024-01-31', '+1 month'), time('12:00', '-90 minutes');
SELECT strftime('%s', '2038-01-19 03:14:08'), date('now') IS NOT NULL, unixepoch('1970-01-02');
SQL
step file database
for mode in delete wal; do
    rm -f db.sqlite db.sqlite-wal db.sqlite-shm
    run sqlite3 db.sqlite <<SQL
PRAGMA journal_mode=$mode;
PRAGMA page_size=1024;
CREATE TABLE kv(k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
BEGIN;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)
INSERT INTO kv SELECT printf('key%06d', i * 37 % 5000), zeroblob(i % 300) || i FROM c;
COMMIT;
BEGIN; DELETE FROM kv WHERE k < 'key001000'; ROLLBACK;
UPDATE kv SET v = 'updated' WHERE k LIKE 'key0049%';
SELECT count(*), sum(length(v)), min(k), max(k) FROM kv;
PRAGMA integrity_check;
SQL
    run sqlite3 db.sqlite "SELECT count(*) FROM kv WHERE v = 'updated'; PRAGMA journal_mode; PRAGMA page_count;"
    run sqlite3 -readonly db.sqlite "INSERT INTO kv VALUES('x', 1);" 2>&1; status
    run sqlite3 db.sqlite "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null; status
done
step output modes and dump
run sqlite3 db.sqlite <<'SQL'
.headers on
.mode csv
SELECT k, length(v) FROM kv ORDER BY k LIMIT 3;
.mode line
SELECT k, hex(substr(v, 1, 4)) AS h FROM kv ORDER BY k LIMIT 1;
.mode column
SELECT k, length(v) AS len FROM kv ORDER BY len DESC, k LIMIT 3;
.mode json
SELECT k, length(v) AS n FROM kv ORDER BY k LIMIT 2;
.mode markdown
SELECT 1 AS a, 'two' AS b;
SQL
printf 'id,name\n1,alpha\n2,"b,c"\n3,"quote ""q"""\n' >in.csv
run sqlite3 :memory: '.import --csv in.csv t' 'SELECT * FROM t ORDER BY id;' '.schema' '.dump' 
step errors
run sqlite3 :memory: 'SELECT * FROM missing;' 2>&1; status
run sqlite3 :memory: 'CREATE TABLE u(a UNIQUE); INSERT INTO u VALUES(1); INSERT INTO u VALUES(1);' 2>&1; status
run sqlite3 :memory: 'SELECT 1 +;' 2>&1; status
