-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__drop.sql
-- On MySQL DROP SCHEMA is DROP DATABASE.
-- expect: ban-drop-schema-or-database
DROP SCHEMA IF EXISTS `legacy`;
-- expect: ban-drop-schema-or-database
DROP DATABASE old_app;
CREATE DATABASE tmp_copy;
DROP SCHEMA tmp_copy;
