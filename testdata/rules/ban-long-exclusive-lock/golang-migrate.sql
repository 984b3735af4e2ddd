-- file: 1_create.up.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: 1_create.down.sql
DROP TABLE users;
-- file: 2_backfill.up.sql
-- Several statements: one implicit transaction.
ALTER TABLE users ADD COLUMN nickname text;
-- expect: ban-long-exclusive-lock
UPDATE users SET nickname = email;
-- file: 2_backfill.down.sql
ALTER TABLE users DROP COLUMN nickname;
-- file: 3_alone.up.sql
ALTER TABLE users ADD COLUMN bio text;
-- file: 3_alone.down.sql
ALTER TABLE users DROP COLUMN bio;
