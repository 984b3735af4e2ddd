-- file: V1__create.sql
-- expect: ban-existence-checks
CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
-- expect: ban-existence-checks
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_idx ON orders (user_id);
-- expect: ban-existence-checks
ALTER TABLE IF EXISTS ONLY public.orders ADD COLUMN note text;
-- expect: ban-existence-checks
ALTER TABLE "Orders" ADD COLUMN IF NOT EXISTS total numeric;
-- expect: ban-existence-checks
DROP INDEX /* old */ IF /* really */ EXISTS orders_old_idx;
-- expect: ban-existence-checks
drop table if exists legacy_orders;
-- expect: ban-existence-checks
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_fk, DROP COLUMN IF EXISTS note;
-- expect: ban-existence-checks
CREATE TABLE a (id int); DROP TABLE IF EXISTS b;
-- file: V2__not_guards.sql
-- A PL/pgSQL body or an EXISTS subquery is not the statement's own guard.
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app') THEN CREATE ROLE app; END IF; END $$;
DELETE FROM orders WHERE NOT EXISTS (SELECT 1 FROM users WHERE users.id = orders.user_id);
SELECT 'IF NOT EXISTS' AS text_only;
-- "IF EXISTS" in a comment is not a guard
-- file: R__views.sql
-- Repeatable migrations run again and again: guards belong there.
DROP VIEW IF EXISTS user_names;
CREATE VIEW user_names AS SELECT id FROM users;
