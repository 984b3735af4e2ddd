-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE MATERIALIZED VIEW user_counts AS SELECT count(*) AS n FROM users;
CREATE UNIQUE INDEX user_counts_key ON user_counts (n);

-- file: V2__index.sql
-- expect: ban-concurrently-under-flyway-lock
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- file: V3__drop.sql
-- expect: ban-concurrently-under-flyway-lock
drop index concurrently if exists public.users_email_idx;

-- file: V4__reindex.sql.conf
executeInTransaction=false
-- file: V4__reindex.sql
-- expect: ban-concurrently-under-flyway-lock
REINDEX /* comment */ INDEX CONCURRENTLY users_pkey;
-- expect: ban-concurrently-under-flyway-lock
ALTER TABLE "Events" DETACH PARTITION "Events_2024" CONCURRENTLY;

-- file: V5__other.sql
-- REFRESH ... CONCURRENTLY does not wait for other transactions; the rest is not CONCURRENTLY.
REFRESH MATERIALIZED VIEW CONCURRENTLY user_counts;
CREATE INDEX users_id_idx ON users (id);
DROP INDEX users_id_idx;
ALTER TABLE "Events" DETACH PARTITION "Events_2023";
