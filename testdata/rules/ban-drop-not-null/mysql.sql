-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE `s_favorite` (`id` bigint NOT NULL PRIMARY KEY, `createdTime` datetime NOT NULL, `name` varchar(128) NOT NULL, `note` text);

-- file: V2__modify.sql
-- MODIFY and CHANGE restate the whole column: leaving NOT NULL out makes it nullable.
-- expect: ban-drop-not-null
ALTER TABLE `s_favorite` CHANGE COLUMN `createdTime` `createdTime` DATETIME NULL;
-- expect: ban-drop-not-null
ALTER TABLE s_favorite MODIFY name VARCHAR(255);
-- Still NOT NULL, or nullable before: no change.
ALTER TABLE s_favorite MODIFY name VARCHAR(255) NOT NULL;
ALTER TABLE s_favorite MODIFY note mediumtext;
-- A column the history does not know: nothing to compare with.
ALTER TABLE s_favorite MODIFY unknown_column int;
