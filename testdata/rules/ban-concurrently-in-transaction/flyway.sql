-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__alone.sql
-- Alone in its script: Flyway detects it and runs the script outside a transaction.
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- file: V3__only_non_transactional.sql
-- Only statements Flyway detects: the script runs outside a transaction.
CREATE INDEX CONCURRENTLY users_id_idx ON users (id);
drop index concurrently if exists public.users_email_idx;
VACUUM (ANALYZE) users;
REINDEX SCHEMA public;

-- file: V4__mixed.sql
-- Mixed with a transactional statement: Flyway refuses the script (mixed is off).
SET lock_timeout = '2s';
-- expect: ban-concurrently-in-transaction
CREATE /* comment */ INDEX CONCURRENTLY "Users_Email" ON public.users (email);
-- expect: ban-concurrently-in-transaction
VACUUM users;
-- expect: ban-concurrently-in-transaction
CREATE DATABASE reporting;

-- file: V5__reindex.sql
-- Flyway does not detect REINDEX ... CONCURRENTLY: it wraps the script in a transaction.
-- expect: ban-concurrently-in-transaction
REINDEX TABLE CONCURRENTLY users;

-- file: V6__detach.sql
-- expect: ban-concurrently-in-transaction
ALTER TABLE IF EXISTS events DETACH PARTITION events_2024_01 CONCURRENTLY;

-- file: V7__refresh.sql
-- REFRESH ... CONCURRENTLY may run inside a transaction; ANALYZE and plain REINDEX TABLE too.
CREATE TABLE audit (id bigint);
REFRESH MATERIALIZED VIEW CONCURRENTLY customer_totals;
ANALYZE users;
REINDEX TABLE users;

-- file: V8__two_on_a_line.sql
-- expect: ban-concurrently-in-transaction
DROP INDEX CONCURRENTLY users_id_idx; ALTER TABLE users ADD COLUMN nickname text;
