-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));
CREATE INDEX users_email ON users (email);
-- file: V2__alter.sql
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN nickname varchar(64), ALGORITHM=INSTANT;
-- expect: require-lock-timeout
CREATE INDEX users_nickname ON `users` (nickname);
-- expect: require-lock-timeout
DROP INDEX users_email ON users;
-- Row locks, not the metadata lock:
SET SESSION innodb_lock_wait_timeout = 5;
-- expect: require-lock-timeout
ALTER TABLE users DROP COLUMN nickname;
-- file: V3__with_timeout.sql
SET SESSION lock_wait_timeout = 5;
ALTER TABLE users ADD COLUMN bio text;
-- file: V4__zero.sql
SET @@session.lock_wait_timeout = 10;
ALTER TABLE users ADD COLUMN city text;
