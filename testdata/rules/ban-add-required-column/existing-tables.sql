-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE SCHEMA audit;
CREATE TABLE audit."Events" (id bigint);

-- file: V2__columns.sql
-- expect: ban-add-required-column
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;

-- expect: ban-add-required-column
alter table USERS add TENANT_NAME text not null;

-- DEFAULT NULL fills nothing.
-- expect: ban-add-required-column
ALTER TABLE users ADD COLUMN region text NOT NULL DEFAULT NULL;

-- A primary key column is NOT NULL too.
-- expect: ban-add-required-column
ALTER TABLE IF EXISTS ONLY audit."Events" ADD COLUMN IF NOT EXISTS "Key" uuid PRIMARY KEY;

-- expect: ban-add-required-column
ALTER TABLE users ADD /* why */ COLUMN
    -- the kind
    kind text CONSTRAINT kind_nn NOT NULL;

-- Tables the history does not know are assumed to exist already.
-- expect: ban-add-required-column
ALTER TABLE orders ADD COLUMN total int NOT NULL;

-- Safe: nullable, or a default fills existing rows.
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
-- Serial, identity and generated columns are filled by PostgreSQL (ban-add-rewriting-column's business).
ALTER TABLE users ADD COLUMN seq bigserial NOT NULL;
ALTER TABLE users ADD COLUMN num bigint NOT NULL GENERATED ALWAYS AS IDENTITY;
ALTER TABLE users ADD COLUMN email_lower text NOT NULL GENERATED ALWAYS AS (lower(email)) STORED;
