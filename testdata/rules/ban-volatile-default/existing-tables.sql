-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE SCHEMA audit;
CREATE TABLE audit."Events" (id bigint);

-- file: V2__columns.sql
-- expect: ban-volatile-default
ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();

-- expect: ban-volatile-default
alter table USERS add COLUMN seen_at timestamptz not null default CLOCK_TIMESTAMP();

-- expect: ban-volatile-default
ALTER TABLE IF EXISTS ONLY audit."Events" ADD COLUMN IF NOT EXISTS "Salt" text DEFAULT md5(random()::text);

-- expect: ban-volatile-default
ALTER TABLE users ADD /* c */ COLUMN
    seq bigint DEFAULT nextval('users_seq'::regclass);

-- Unknown functions count as volatile.
-- expect: ban-volatile-default
ALTER TABLE users ADD COLUMN code text DEFAULT make_code();

-- Tables the history does not know are assumed to exist already.
-- expect: ban-volatile-default
ALTER TABLE orders ADD COLUMN ref uuid DEFAULT uuid_generate_v4();

-- PostgreSQL 11+ stores a non-volatile default once: no rewrite (measured on 15).
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE users ADD COLUMN created_on date DEFAULT CURRENT_DATE;
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN tags text[] DEFAULT '{}'::text[];
ALTER TABLE users ADD COLUMN settings jsonb DEFAULT '{}'::jsonb;
ALTER TABLE users ADD COLUMN score int DEFAULT (1 + 2);
ALTER TABLE users ADD COLUMN note text DEFAULT NULL;
ALTER TABLE users ADD COLUMN title text DEFAULT lower('X');
-- SET DEFAULT on an existing column only affects new rows.
ALTER TABLE users ALTER COLUMN email SET DEFAULT gen_random_uuid()::text;
