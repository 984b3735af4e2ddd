-- file: 1_create.up.sql
-- golang-migrate pairs: the rule checks forward migrations only.
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: 1_create.down.sql
DROP TABLE users;
-- file: 2_index.up.sql
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
-- file: 2_index.down.sql
DROP INDEX users_email_idx;
-- file: 3_drop.up.sql
-- expect: require-concurrent-index-deletion
DROP INDEX users_email_idx;
-- file: 3_drop.down.sql
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
