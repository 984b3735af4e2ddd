-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__zero.sql
SET lock_timeout = 0;
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN a int;

-- file: V3__reset.sql
SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN b int;
RESET lock_timeout;
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN c int;
SET lock_timeout TO DEFAULT;
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN d int;
SET lock_timeout = '0ms';
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN e int;

-- file: V4__other_setting.sql
SET statement_timeout = '5min';
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN f int;

-- file: V5__local_outside.sql.conf
executeInTransaction=false
-- file: V5__local_outside.sql
-- SET LOCAL outside a transaction has no effect; inside one it lasts until COMMIT.
SET LOCAL lock_timeout = '2s';
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN g int;
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN h int;
COMMIT;
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN i int;
