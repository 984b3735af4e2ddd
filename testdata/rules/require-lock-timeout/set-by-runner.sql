-- file: /.migration-lint.yml
lockTimeoutSetByRunner: true
-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: V2__alter.sql
ALTER TABLE users ADD COLUMN nickname text;
