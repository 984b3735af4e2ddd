-- file: 20240101000000_create_users.sql
-- migrate:up
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- migrate:down
DROP TABLE users;

-- file: 20240102000000_index_email.sql
-- dbmate runs each block in a transaction unless the block says transaction:false.
-- migrate:up
-- expect: ban-concurrently-in-transaction
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
-- migrate:down transaction:false
DROP INDEX CONCURRENTLY users_email_idx;

-- file: 20240103000000_index_id.sql
-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY users_id_idx ON users (id);
-- migrate:down
-- expect: ban-concurrently-in-transaction
DROP INDEX CONCURRENTLY users_id_idx;
