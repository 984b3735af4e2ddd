-- file: 1_create_users.up.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: 1_create_users.down.sql
DROP TABLE users;

-- file: 2_index_email.up.sql
-- The file's only statement: golang-migrate sends it alone, outside a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);
-- file: 2_index_email.down.sql
DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;

-- file: 3_two_indexes.up.sql
-- Several statements form one query string, which PostgreSQL runs as one implicit transaction.
-- expect: ban-concurrently-in-transaction
CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);
-- expect: ban-concurrently-in-transaction
CREATE INDEX CONCURRENTLY users_lower_email_idx ON users (lower(email));
-- file: 3_two_indexes.down.sql
-- Down files are checked too.
-- expect: ban-concurrently-in-transaction
DROP INDEX CONCURRENTLY users_id_email_idx;
-- expect: ban-concurrently-in-transaction
DROP INDEX CONCURRENTLY users_lower_email_idx;

-- file: 4_explicit.up.sql
BEGIN;
-- expect: ban-concurrently-in-transaction
VACUUM users;
COMMIT;
