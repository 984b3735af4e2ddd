-- file: /.migration-lint.yml
targetVersion: "10"

-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY);

-- file: V2__columns.sql
-- Before PostgreSQL 11 every non-null default rewrites the table.
-- expect: ban-volatile-default
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
-- expect: ban-volatile-default
ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();
-- expect: ban-volatile-default
ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();
ALTER TABLE users ADD COLUMN note text DEFAULT NULL;
ALTER TABLE users ADD COLUMN nickname text;
