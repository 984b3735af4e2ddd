-- file: 20240101000000_create.sql
-- migrate:up
-- expect: transaction-nesting
BEGIN;
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- expect: transaction-nesting
COMMIT;
-- migrate:down transaction:false
BEGIN;
DROP TABLE users;
COMMIT;
