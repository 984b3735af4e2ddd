-- file: 1_users.up.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: 1_users.down.sql
DROP TABLE users;
-- file: 2_email.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN email text;
-- file: 3_name.up.sql
ALTER TABLE users ADD COLUMN name text;
-- file: 3_name.down.sql
ALTER TABLE users DROP COLUMN name;
