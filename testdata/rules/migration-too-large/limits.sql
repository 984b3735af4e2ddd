-- file: /.migration-lint.yml
limits: { maxStatements: 4, maxTables: 2 }
-- file: V1__initial_schema.sql
-- New tables count as statements, not as locked tables.
CREATE TABLE a (id int);
CREATE TABLE b (id int);
CREATE TABLE c (id int);
CREATE INDEX a_idx ON a (id);
-- file: V2__too_many_statements.sql
-- expect-file: migration-too-large
ALTER TABLE a ADD COLUMN x int;
ALTER TABLE a ADD COLUMN y int;
UPDATE a SET x = 1;
UPDATE a SET y = 2;
ALTER TABLE a ADD COLUMN z int;
-- file: V3__too_many_tables.sql
-- expect-file: migration-too-large
ALTER TABLE a ADD COLUMN w int;
CREATE INDEX b_idx ON "b" (id);
DROP TABLE public.c;
-- file: V4__within_limits.sql
BEGIN;
ALTER TABLE a ADD COLUMN v int;
ALTER TABLE b ADD COLUMN v int;
COMMIT;
-- file: V5__new_tables_do_not_count.sql
CREATE TABLE d (id int);
CREATE TABLE e (id int);
CREATE INDEX d_idx ON d (id);
ALTER TABLE e ADD COLUMN f int;
