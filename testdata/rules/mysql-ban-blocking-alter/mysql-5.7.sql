-- file: /.migration-lint.yml
dialect: mysql
targetVersion: "5.7"
-- file: V1__create.sql
CREATE TABLE users (id INT NOT NULL PRIMARY KEY, score INT, name VARCHAR(20));

-- file: V2__alter.sql
-- MySQL 5.7 parses CHECK constraints and ignores them.
ALTER TABLE users ADD CONSTRAINT users_score CHECK (score >= 0);
ALTER TABLE users ADD COLUMN age INT, DROP COLUMN score;
-- expect: mysql-ban-blocking-alter
ALTER TABLE users MODIFY name VARCHAR(100);
