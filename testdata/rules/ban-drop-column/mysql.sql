-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE `users` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `email` varchar(255), `phone` varchar(32));

-- file: V2__drop.sql
-- expect: ban-drop-column
ALTER TABLE `users` DROP `email`, ALGORITHM=INSTANT;
-- expect: ban-drop-column
ALTER TABLE users DROP COLUMN phone;
-- Index and primary key drops are not column drops.
ALTER TABLE users DROP INDEX users_email_idx;
ALTER TABLE users DROP PRIMARY KEY;
