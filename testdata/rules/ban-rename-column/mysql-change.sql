-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE `s_user` (`id` bigint NOT NULL PRIMARY KEY, `dateofbirth` date, `enddate` datetime, `name` varchar(45));

-- file: V2__change.sql
-- CHANGE with a different name renames the column.
ALTER TABLE `s_user`
    -- expect: ban-rename-column
    CHANGE COLUMN `dateofbirth` `birthday` DATE NULL DEFAULT NULL,
    -- MySQL column names ignore case: this keeps the column.
    CHANGE COLUMN `enddate` `endDate` DATETIME NULL,
    -- The same name: only the definition changes.
    CHANGE `name` `name` varchar(100) NOT NULL;
-- expect: ban-rename-column
ALTER TABLE s_user RENAME COLUMN birthday TO born_on;
-- MODIFY never renames.
ALTER TABLE s_user MODIFY COLUMN name varchar(200) NOT NULL;
