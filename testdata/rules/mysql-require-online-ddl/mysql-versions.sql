-- file: /.migration-lint.yml
dialect: mysql
targetVersion: "8.0.28"
-- file: V1__create.sql
CREATE TABLE users (id INT NOT NULL PRIMARY KEY, name VARCHAR(20), score INT);

-- file: V2__alter.sql
-- MySQL 8.0.28 adds a column at the end instantly, but not after another one (8.0.29).
-- expect: mysql-require-online-ddl
ALTER TABLE users ADD COLUMN email VARCHAR(100);
-- expect: mysql-require-online-ddl
ALTER TABLE users ADD COLUMN age INT AFTER name;
-- MySQL refuses a LOCK clause with ALGORITHM=INSTANT.
-- expect: mysql-require-online-ddl
ALTER TABLE users ADD COLUMN city VARCHAR(50), ALGORITHM=INSTANT, LOCK=NONE;
ALTER TABLE users ADD COLUMN country VARCHAR(50), ALGORITHM=INSTANT, LOCK=DEFAULT;
-- Dropping a column is instant from 8.0.29 only.
-- expect: mysql-require-online-ddl
ALTER TABLE users DROP COLUMN score, ALGORITHM=INSTANT;
ALTER TABLE users DROP COLUMN age, ALGORITHM=INPLACE, LOCK=NONE;
