-- file: 1_create_users.up.sql
-- Only Flyway holds such a lock.
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: 1_create_users.down.sql
DROP TABLE users;
-- file: 2_index.up.sql
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
-- file: 2_index.down.sql
DROP INDEX CONCURRENTLY users_email_idx;
