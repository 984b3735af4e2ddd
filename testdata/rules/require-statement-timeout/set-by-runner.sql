-- file: /.migration-lint.yml
statementTimeoutSetByRunner: true
-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: V2__alter.sql
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
