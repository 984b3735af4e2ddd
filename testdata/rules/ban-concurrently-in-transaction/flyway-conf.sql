-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__reindex.sql.conf
executeInTransaction=false
-- file: V2__reindex.sql
-- The .conf runs the script outside a transaction: REINDEX CONCURRENTLY and the SET are fine.
SET lock_timeout = '2s';
REINDEX INDEX CONCURRENTLY users_pkey;
ALTER TABLE users DETACH PARTITION users_old CONCURRENTLY;

-- file: V3__forced.sql.conf
executeInTransaction=true
-- file: V3__forced.sql
-- The .conf forces a transaction, even for a script Flyway would run outside one.
-- expect: ban-concurrently-in-transaction
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- file: V4__explicit.sql.conf
executeInTransaction = false
-- file: V4__explicit.sql
-- Outside Flyway's transaction, an explicit BEGIN still opens one.
BEGIN;
-- expect: ban-concurrently-in-transaction
CREATE INDEX CONCURRENTLY users_email_lower_idx ON users (lower(email));
COMMIT;
CREATE INDEX CONCURRENTLY users_email_upper_idx ON users (upper(email));
