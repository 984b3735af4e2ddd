-- file: V1__create.sql
CREATE TABLE countries (code text PRIMARY KEY, name text);
INSERT INTO countries VALUES ('DE', 'Germany');
-- A table this migration created holds only what the migration put there.
UPDATE countries SET name = upper(name);
CREATE TEMPORARY TABLE ids AS SELECT code FROM countries;
DELETE FROM ids;

-- file: V2__seed.sql
-- migration-lint: bootstrap
-- Bootstrap scripts are the place for data changes, but not for one statement over every row.
-- expect: ban-unbatched-backfill
UPDATE countries SET name = trim(name);
UPDATE countries SET name = 'Deutschland' WHERE code = 'DE';
