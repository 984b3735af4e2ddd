-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE `applications` (`id` bigint NOT NULL PRIMARY KEY);
CREATE TABLE `clusters` (`id` bigint NOT NULL PRIMARY KEY);
CREATE TABLE `jobs` (`id` bigint NOT NULL PRIMARY KEY);
CREATE TABLE `m_crm_account` (`id` bigint NOT NULL PRIMARY KEY);
CREATE TABLE `hosts` (`id` bigint NOT NULL PRIMARY KEY);

-- file: V2__rename.sql
-- One finding for a RENAME TABLE statement, however many tables it renames.
-- expect: ban-rename-table
RENAME TABLE `applications` TO `applications_320`, `clusters` TO `clusters_320`;
-- A swap in one statement keeps the old name.
CREATE TABLE `jobs_new` (`id` bigint NOT NULL PRIMARY KEY);
RENAME TABLE `jobs` TO `jobs_old`, `jobs_new` TO `jobs`;
-- expect: ban-rename-table
ALTER TABLE `m_crm_account` RENAME TO `m_customer`;
-- The name this migration gave: the rename above is the one that breaks code.
ALTER TABLE m_customer ADD COLUMN note text, RENAME AS m_client;
-- expect: ban-rename-table
ALTER TABLE hosts ADD COLUMN note text, RENAME AS machines;
