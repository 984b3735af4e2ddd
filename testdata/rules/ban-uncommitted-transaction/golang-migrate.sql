-- file: 1_create.up.sql
BEGIN;
CREATE TABLE users (id bigint PRIMARY KEY, email text);
COMMIT;
-- file: 1_create.down.sql
-- Down files are checked too.
-- expect: ban-uncommitted-transaction
BEGIN;
DROP TABLE users;
