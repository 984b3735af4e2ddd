-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, name text, "Email" text, age int, bio text);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY, payload text);

-- file: V2__rename.sql
-- expect: ban-rename-column
ALTER TABLE users RENAME COLUMN name TO full_name;
-- Without the COLUMN keyword, quoted and schema-qualified, IF EXISTS and ONLY.
-- expect: ban-rename-column
alter table if exists only users rename "Email" to email;
-- expect: ban-rename-column
ALTER TABLE audit.events RENAME /* why */ COLUMN payload TO body;
-- Two statements on one line.
-- expect: ban-rename-column
ALTER TABLE users RENAME COLUMN age TO age_years; ALTER TABLE users ADD COLUMN nickname text;
-- A column added in this migration has no users yet.
ALTER TABLE users RENAME COLUMN nickname TO handle;
-- Unknown table: assumed to exist.
-- expect: ban-rename-column
ALTER TABLE orders RENAME COLUMN coupon TO voucher;

-- Renaming the table or a constraint is not renaming a column.
ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_pk;
