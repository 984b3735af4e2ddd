-- file: /.migration-lint.yml
dialect: mysql
targetVersion: "5.7"
-- file: V1__create.sql
CREATE TABLE users (id INT NOT NULL PRIMARY KEY, name VARCHAR(20));

-- file: V2__alter.sql
-- MySQL 5.7 has no ALGORITHM=INSTANT: the suggestion is INPLACE with LOCK=NONE.
-- expect: mysql-require-online-ddl
ALTER TABLE users ADD COLUMN email VARCHAR(100);
ALTER TABLE users ADD COLUMN age INT, ALGORITHM=INPLACE, LOCK=NONE;
