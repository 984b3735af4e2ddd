-- file: /.migration-lint.yml
targetVersion: "11"

-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__check.sql
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;

-- file: V3__validate.sql
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;

-- file: V4__set_not_null.sql
-- Before PostgreSQL 12 SET NOT NULL scans even with a validated CHECK.
-- expect: ban-set-not-null
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
