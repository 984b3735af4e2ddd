-- file: /.migration-lint.yml
flyway:
  mixed: true
-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__mixed.sql
-- With mixed=true Flyway runs a mixed script outside a transaction.
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- file: V3__reindex.sql
-- mixed does not help a statement Flyway does not detect: the script still runs in a transaction.
SET lock_timeout = '2s';
-- expect: ban-concurrently-in-transaction
REINDEX TABLE CONCURRENTLY users;
