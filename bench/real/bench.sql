-- bench/real: sqlite3 workload for `make bench` (bench/real.sh): an
-- in-memory table filled by a recursive CTE, an index, aggregates, a join,
-- a window function; prints results only.
CREATE TABLE t(id INTEGER PRIMARY KEY, grp INTEGER, v INTEGER, s TEXT);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 200000)
INSERT INTO t(grp, v, s) SELECT i % 97, (i * 2654435761) % 1000003, printf('row%07d', (i * 7919) % 50000) FROM c;
CREATE INDEX t_v ON t(v);
CREATE INDEX t_s ON t(s);
SELECT count(*), sum(v), min(s), max(s) FROM t;
SELECT grp, count(*), sum(v) % 1000003, avg(v) > 0 FROM t GROUP BY grp ORDER BY sum(v) DESC LIMIT 5;
SELECT count(*), sum(a.v % 7) FROM t a JOIN t b ON a.s = b.s WHERE a.id < b.id;
SELECT sum(r) FROM (SELECT rank() OVER (PARTITION BY grp ORDER BY v) AS r FROM t WHERE grp < 20);
SELECT count(*) FROM t WHERE v BETWEEN 1000 AND 300000 AND s LIKE 'row1%';
