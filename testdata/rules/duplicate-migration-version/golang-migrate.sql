-- file: 1_users.up.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: 1_users.down.sql
DROP TABLE users;
-- file: 2_email.up.sql
ALTER TABLE users ADD COLUMN email text;
-- file: 2_email.down.sql
ALTER TABLE users DROP COLUMN email;
-- file: 02_name.up.sql
-- expect-file: duplicate-migration-version
ALTER TABLE users ADD COLUMN name text;
-- file: 02_name.down.sql
-- expect-file: duplicate-migration-version
ALTER TABLE users DROP COLUMN name;
