-- file: V1__create.sql
CREATE TABLE staging (id bigint PRIMARY KEY);
-- Created in this migration: no code uses the name yet.
ALTER TABLE staging RENAME TO imports;

-- file: V2__swap.sql
-- A table swap: the old name is taken again by the new table.
CREATE TABLE imports_new (id bigint PRIMARY KEY, source text);
ALTER TABLE imports RENAME TO imports_old;
ALTER TABLE imports_new RENAME TO imports;
-- A rebuild: the old name is created again.
CREATE TABLE log (id bigint);
-- file: V3__rebuild.sql
ALTER TABLE log RENAME TO log_old;
CREATE TABLE log (id bigint PRIMARY KEY);
-- expect: ban-rename-table
ALTER TABLE imports_old RENAME TO imports_archive;
