-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- Created in this file: nobody else waits.
CREATE INDEX users_id_email ON users (id, email);

-- file: V2__no_timeout.sql
-- lock_timeout bounds the wait, not the run.
SET lock_timeout = '2s';
-- expect: require-statement-timeout
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
-- expect: require-statement-timeout
create index users_email_idx on "users" (email);
ALTER TABLE users ALTER COLUMN email SET STATISTICS 100;
-- expect: require-statement-timeout
VACUUM FULL users; SET statement_timeout = '5min'; VACUUM FULL users;

-- file: V3__with_timeout.sql
SELECT pg_catalog.set_config('statement_timeout', '10min', false);
ALTER TABLE users ADD COLUMN nickname text;

-- file: V4__zero.sql
SET statement_timeout = 0;
-- expect: require-statement-timeout
ALTER TABLE users ADD COLUMN bio text;
