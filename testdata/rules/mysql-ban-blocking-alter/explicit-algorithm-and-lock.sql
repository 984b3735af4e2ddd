-- file: /.migration-lint.yml
dialect: mariadb
targetVersion: "10.11"
-- file: V1__create.sql
CREATE TABLE t (id INT NOT NULL PRIMARY KEY, a INT, b VARCHAR(20));

-- file: V2__alter.sql
-- The server refuses what it cannot honour: the migration fails instead of blocking, but it cannot run as written.
-- expect: mysql-ban-blocking-alter
ALTER TABLE t MODIFY a BIGINT, ALGORITHM=INPLACE, LOCK=NONE;
-- expect: mysql-ban-blocking-alter
ALTER TABLE t MODIFY b INT, ALGORITHM=INSTANT;
-- expect: mysql-ban-blocking-alter
ALTER TABLE t ADD FULLTEXT INDEX t_b (b), LOCK=NONE;
-- Asking for a copy or a write lock blocks even what could run online.
-- expect: mysql-ban-blocking-alter
ALTER TABLE t ADD COLUMN c INT, ALGORITHM=COPY;
-- expect: mysql-ban-blocking-alter
ALTER TABLE t ADD INDEX t_a (a), LOCK=SHARED;
-- expect: mysql-ban-blocking-alter
CREATE INDEX t_a2 ON t (a) ALGORITHM=INPLACE LOCK=EXCLUSIVE;
-- A COPY that was blocking anyway is reported once, as blocking.
-- expect: mysql-ban-blocking-alter
ALTER TABLE t MODIFY b VARCHAR(5), ALGORITHM=COPY;
ALTER TABLE t ADD COLUMN d INT, ALGORITHM=INSTANT;
ALTER TABLE t ADD INDEX t_d (d), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE t ADD COLUMN e INT, ALGORITHM=INSTANT, LOCK=SHARED;
