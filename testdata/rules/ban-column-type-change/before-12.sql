-- file: /.migration-lint.yml
targetVersion: "11"

-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, created_at timestamp, email varchar(10));

-- file: V2__types.sql
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN created_at TYPE timestamptz;
ALTER TABLE users ALTER COLUMN email TYPE varchar(20);
-- Before 12 the session TimeZone does not help.
SET timezone = 'UTC';
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN created_at TYPE timestamp;
