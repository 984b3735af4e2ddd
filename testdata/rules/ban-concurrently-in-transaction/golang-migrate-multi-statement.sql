-- file: /.migration-lint.yml
golangMigrate:
  multiStatement: true
-- file: 1_create_users.up.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: 1_create_users.down.sql
DROP TABLE users;
-- file: 2_two_indexes.up.sql
-- x-multi-statement runs the statements one by one.
CREATE INDEX CONCURRENTLY users_id_email_idx ON users (id, email);
CREATE INDEX CONCURRENTLY users_lower_email_idx ON users (lower(email));
-- file: 2_two_indexes.down.sql
DROP INDEX CONCURRENTLY users_id_email_idx;
DROP INDEX CONCURRENTLY users_lower_email_idx;
