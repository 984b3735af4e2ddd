-- PostgreSQL (the default dialect) has no InnoDB: the rule does not run.
-- file: V1__create.sql
CREATE TABLE t (id int PRIMARY KEY, a int);
-- file: V2__alter.sql
ALTER TABLE t ALTER COLUMN a TYPE bigint;
ALTER TABLE t ADD CONSTRAINT t_a CHECK (a > 0);
