-- file: /.migration-lint.yml
dialect: mysql
targetVersion: "8.0"
-- file: V1__create.sql
CREATE TABLE legacy (id INT NOT NULL PRIMARY KEY, name VARCHAR(100), code VARCHAR(200)) ENGINE=InnoDB DEFAULT CHARSET=latin1;
CREATE TABLE mb3 (id INT NOT NULL PRIMARY KEY, name VARCHAR(50), title VARCHAR(80), short VARCHAR(40))
  DEFAULT CHARSET=utf8 COLLATE=utf8_bin;
CREATE TABLE mixed (
  id INT NOT NULL PRIMARY KEY,
  tag VARCHAR(20) CHARACTER SET latin1,
  label VARCHAR(20)
) CHARACTER SET utf8mb4;

-- file: V2__alter.sql
-- latin1: 100 to 200 bytes, one length byte.
ALTER TABLE legacy MODIFY name VARCHAR(200);
-- expect: mysql-ban-blocking-alter
ALTER TABLE legacy MODIFY code VARCHAR(300);
-- utf8 (3 bytes a character): 150 to 240 bytes.
ALTER TABLE mb3 MODIFY name VARCHAR(80);
-- expect: mysql-ban-blocking-alter
ALTER TABLE mb3 MODIFY title VARCHAR(90);
-- MODIFY without CHARACTER SET gives the column the table's default: latin1 becomes utf8mb4.
-- expect: mysql-ban-blocking-alter
ALTER TABLE mixed MODIFY tag VARCHAR(20);
ALTER TABLE mixed MODIFY label VARCHAR(20) CHARACTER SET utf8mb4 NOT NULL;
-- A new table default leaves existing columns as they are; the widened column keeps latin1.
ALTER TABLE legacy CHARACTER SET utf8mb4;
ALTER TABLE legacy MODIFY name VARCHAR(250) CHARACTER SET latin1;
-- After CONVERT TO the columns are utf8mb4: VARCHAR(40) is 160 bytes, VARCHAR(70) 280 (in utf8: 120 and 210).
-- expect: mysql-ban-blocking-alter
ALTER TABLE mb3 CONVERT TO CHARACTER SET utf8mb4;
-- expect: mysql-ban-blocking-alter
ALTER TABLE mb3 MODIFY short VARCHAR(70);
