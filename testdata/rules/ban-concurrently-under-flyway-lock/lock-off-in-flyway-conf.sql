-- file: /flyway.conf
flyway.postgresql.transactional.lock=false
-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: V2__index.sql
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
-- file: V3__drop.sql
DROP INDEX CONCURRENTLY users_email_idx;
