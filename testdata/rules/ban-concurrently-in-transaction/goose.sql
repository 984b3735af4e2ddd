-- file: 001_create_users.sql
-- +goose Up
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- +goose Down
DROP TABLE users;

-- file: 002_index_email.sql
-- goose runs each file in a transaction unless it says otherwise.
-- +goose Up
-- expect: ban-concurrently-in-transaction
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
-- +goose Down
-- expect: ban-concurrently-in-transaction
DROP INDEX CONCURRENTLY users_email_idx;

-- file: 003_index_id.sql
-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY users_id_idx ON users (id);
CREATE INDEX CONCURRENTLY users_lower_email_idx ON users (lower(email));
-- +goose Down
DROP INDEX CONCURRENTLY users_id_idx;
DROP INDEX CONCURRENTLY users_lower_email_idx;
