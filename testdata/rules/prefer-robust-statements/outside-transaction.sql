-- file: V1__tables.sql
-- In a transaction a failure rolls everything back: retrying is safe.
CREATE TABLE users (id bigint PRIMARY KEY, email text);
ALTER TABLE users ADD COLUMN name text;
-- file: V2__concurrent_index.sql
-- Flyway runs a script with CREATE INDEX CONCURRENTLY outside a transaction.
-- expect: prefer-robust-statements
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_name_idx ON users (name);
-- expect: prefer-robust-statements
DROP INDEX CONCURRENTLY users_old_idx;
DROP INDEX CONCURRENTLY IF EXISTS users_older_idx;
-- file: V3__no_transaction.sql.conf
executeInTransaction=false
-- file: V3__no_transaction.sql
-- expect: prefer-robust-statements
create table Audit (id bigint);
CREATE TABLE IF NOT EXISTS audit2 (id bigint);
-- expect: prefer-robust-statements
ALTER TABLE users ADD COLUMN age int, ADD COLUMN IF NOT EXISTS height int;
ALTER TABLE users ADD COLUMN IF NOT EXISTS weight int;
-- expect: prefer-robust-statements
ALTER TABLE "users" DROP COLUMN "name";
ALTER TABLE users DROP COLUMN IF EXISTS gone;
-- expect: prefer-robust-statements
DROP TABLE audit2;
DROP TABLE IF EXISTS audit3;
-- expect: prefer-robust-statements
ALTER TABLE public.users DROP CONSTRAINT users_email_key;
CREATE TEMPORARY TABLE scratch (id int);
-- file: V4__explicit_transaction.sql.conf
executeInTransaction=false
-- file: V4__explicit_transaction.sql
BEGIN;
CREATE TABLE inside_begin (id int);
COMMIT;
