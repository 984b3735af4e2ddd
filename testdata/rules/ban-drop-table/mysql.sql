-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE `jobs` (`id` bigint NOT NULL PRIMARY KEY);
CREATE TABLE `jobs_tmp` (`id` bigint NOT NULL PRIMARY KEY);

-- file: V2__swap.sql
-- A swap: the old name is renamed aside, the copy takes its place, the old copy is dropped.
CREATE TABLE `jobs_new` (`id` bigint NOT NULL PRIMARY KEY, `name` varchar(255));
RENAME TABLE `jobs` TO `jobs_old`, `jobs_new` TO `jobs`;
DROP TABLE `jobs_old`;
-- DROP TEMPORARY TABLE only ever drops a temporary table of the session.
DROP TEMPORARY TABLE IF EXISTS `jobs_tmp`;
-- expect: ban-drop-table
DROP TABLE `jobs_tmp`;
