-- file: /.migration-lint.yml
dialect: mysql
targetVersion: "8.0"
-- file: V1__create.sql
CREATE TABLE users (
  id INT NOT NULL PRIMARY KEY,
  name VARCHAR(20),
  handle VARCHAR(50),
  bio VARCHAR(100),
  latin VARCHAR(100) CHARACTER SET latin1,
  parent_id INT,
  score INT
);

-- file: V2__alter.sql
-- MySQL copies a utf8mb4 VARCHAR(20) (80 bytes) widened to VARCHAR(100) (400 bytes); MariaDB does not.
-- expect: mysql-ban-blocking-alter
ALTER TABLE users MODIFY name VARCHAR(100);
ALTER TABLE users MODIFY handle VARCHAR(60);
ALTER TABLE users MODIFY bio VARCHAR(200);
-- In latin1 a VARCHAR(200) is 200 bytes: still one length byte.
ALTER TABLE users MODIFY latin VARCHAR(200) CHARACTER SET latin1;
-- expect: mysql-ban-blocking-alter
ALTER TABLE users MODIFY latin VARCHAR(300) CHARACTER SET latin1;
-- MySQL 8.0.16 and later check every row for a new CHECK constraint.
-- expect: mysql-ban-blocking-alter
ALTER TABLE users ADD CONSTRAINT users_score CHECK (score >= 0);
-- MySQL parses an inline REFERENCES and ignores it.
ALTER TABLE users ADD COLUMN manager_id INT REFERENCES users (id);
-- expect: mysql-ban-blocking-alter
ALTER TABLE users ADD COLUMN seq BIGINT AUTO_INCREMENT UNIQUE;
ALTER TABLE users DROP COLUMN score, ADD COLUMN rank_no INT AFTER name, RENAME COLUMN bio TO about;
