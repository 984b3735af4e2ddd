-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__autocommit.sql.conf
executeInTransaction=false
-- file: V2__autocommit.sql
-- Without a transaction each statement commits and releases its locks.
ALTER TABLE users ADD COLUMN nickname text;
UPDATE users SET nickname = email;

BEGIN;
ALTER TABLE users ADD COLUMN bio text;
-- expect: ban-long-exclusive-lock
UPDATE users SET bio = '';
COMMIT;
UPDATE users SET bio = NULL;
