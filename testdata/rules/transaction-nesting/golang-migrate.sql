-- file: 1_create.up.sql
-- golang-migrate has no transaction of its own: BEGIN/COMMIT is how its files group statements.
BEGIN;
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
COMMIT;
-- file: 1_create.down.sql
BEGIN;
DROP TABLE users;
COMMIT;
