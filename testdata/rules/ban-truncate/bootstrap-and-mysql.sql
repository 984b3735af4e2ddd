-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE `countries` (`code` char(2) NOT NULL PRIMARY KEY);

-- file: V2__seed.sql
-- migration-lint: bootstrap
-- Bootstrap scripts may change data, but TRUNCATE still deletes every row everywhere.
-- expect: ban-truncate
TRUNCATE TABLE `countries`;
INSERT INTO countries VALUES ('DE');
