-- file: 001_create.sql
-- +goose Up
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- +goose Down
DROP TABLE users;

-- file: 002_wrapped.sql
-- +goose Up
-- expect: transaction-nesting
BEGIN;
ALTER TABLE users ADD COLUMN nickname text;
-- expect: transaction-nesting
COMMIT;
-- +goose Down
-- Down blocks are checked too.
-- expect: transaction-nesting
BEGIN;
ALTER TABLE users DROP COLUMN nickname;
-- expect: transaction-nesting
COMMIT;

-- file: 003_own.sql
-- +goose NO TRANSACTION
-- +goose Up
BEGIN;
ALTER TABLE users ADD COLUMN bio text;
COMMIT;
-- +goose Down
ALTER TABLE users DROP COLUMN bio;
