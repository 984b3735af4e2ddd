-- file: /.migration-lint.yml
dialect: mariadb
targetVersion: "10.11"
-- file: V1__create.sql
CREATE TABLE `Users` (`Id` INT NOT NULL PRIMARY KEY, `Email` VARCHAR(40), age INT);
CREATE TABLE app.accounts (id INT NOT NULL PRIMARY KEY, balance INT);
-- A table created in the same file is exempt: nobody uses it yet.
CREATE TABLE scratch (a INT);
ALTER TABLE scratch MODIFY a BIGINT;
ALTER TABLE scratch ADD FULLTEXT INDEX scratch_a (a);

-- file: V2__alter.sql
-- Backticks, upper case and schema-qualified names.
-- expect: mysql-ban-blocking-alter
ALTER TABLE `Users` MODIFY `AGE` BIGINT;
-- expect: mysql-ban-blocking-alter
alter table app.accounts modify column balance decimal(12,2);
-- expect: mysql-ban-blocking-alter
ALTER /* comment between tokens */ TABLE
    -- and a line comment
    `app`.`accounts` CHANGE balance balance2 BIGINT;
-- Several statements on one line: only the second is flagged.
-- expect: mysql-ban-blocking-alter
ALTER TABLE `Users` ADD COLUMN a INT; ALTER TABLE `Users` ADD FULLTEXT KEY users_email (`Email`);
-- expect: mysql-ban-blocking-alter
ALTER TABLE `Users` ADD FULLTEXT KEY users_email2 (`Email`);
-- An ALTER with several actions is as blocking as its worst one.
-- expect: mysql-ban-blocking-alter
ALTER TABLE `Users` ADD COLUMN b INT, ADD INDEX users_b (b), MODIFY COLUMN age VARCHAR(10), DROP COLUMN a;
ALTER TABLE `Users` ADD COLUMN c INT, ADD INDEX users_c (c), DROP COLUMN b;
-- Column names never depend on case: "Email" is a VARCHAR(40), widened instantly.
ALTER TABLE `Users` MODIFY email VARCHAR(60);
ALTER ONLINE TABLE `Users` ADD COLUMN IF NOT EXISTS d INT, DROP COLUMN IF EXISTS c;
-- A table the migrations do not know exists already, and so does the column: its type is unknown.
-- expect: mysql-ban-blocking-alter
ALTER TABLE legacy MODIFY COLUMN a BIGINT;
ALTER TABLE legacy ADD COLUMN b INT NULL;
