-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, "Nick" text, created_at timestamptz NOT NULL);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint, kind text);

-- file: V2__not_null.sql
-- expect: ban-set-not-null
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- expect: ban-set-not-null
alter table USERS alter NAME set not null;

-- expect: ban-set-not-null
ALTER TABLE IF EXISTS ONLY users ALTER COLUMN "Nick" SET NOT NULL;

-- expect: ban-set-not-null
ALTER TABLE audit.events ALTER /* which */ COLUMN kind
    SET NOT NULL;

-- Tables the history does not know are assumed to exist already.
-- expect: ban-set-not-null
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;

-- A column that is NOT NULL already: PostgreSQL does nothing.
ALTER TABLE users ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE users ALTER COLUMN id SET NOT NULL;

-- DROP NOT NULL is another rule's business.
ALTER TABLE users ALTER COLUMN created_at DROP NOT NULL;
