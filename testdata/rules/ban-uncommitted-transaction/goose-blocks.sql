-- file: 001_create.sql
-- Each block runs on its own: a COMMIT in the down block does not end the up block's BEGIN.
-- +goose NO TRANSACTION
-- +goose Up
-- expect: ban-uncommitted-transaction
BEGIN;
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- +goose Down
DROP TABLE users;
COMMIT;
