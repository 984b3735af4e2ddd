-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: V2__email.sql
ALTER TABLE users ADD COLUMN email text;
CREATE INDEX users_email_idx ON users (email);
CREATE TABLE email_log (id bigint);
-- file: V3__undo_email.sql
SET lock_timeout = '5s';
-- expect: ban-reverse-migration
DROP INDEX users_email_idx;
ALTER TABLE users DROP COLUMN email;
DROP TABLE public.email_log;
-- file: V4__audit.sql
CREATE TABLE audit (id bigint, note text);
-- file: V5__drop_and_more.sql
-- Drops something of V4 but also adds a column: it does more than undo.
ALTER TABLE audit DROP COLUMN note;
ALTER TABLE users ADD COLUMN name text;
-- file: V6__drops_from_two_migrations.sql
-- Drops objects of V1 and V4 together: a cleanup, not the undo of one migration.
DROP TABLE audit;
ALTER TABLE users DROP COLUMN name;
