-- file: /flyway.conf
flyway.postgresql.transactional.lock=false
-- file: V1__create.sql
-- The transactional lock setting does not change how scripts are wrapped.
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: V2__index.sql
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
-- file: V3__mixed.sql
COMMENT ON TABLE users IS 'people';
-- expect: ban-concurrently-in-transaction
CREATE INDEX CONCURRENTLY users_id_idx ON users (id);
