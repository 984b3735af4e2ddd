-- file: V1__create.sql
CREATE TABLE users (id bigint, email text, tenant_id bigint);
CREATE SCHEMA audit;
CREATE TABLE audit."Events" (id bigint NOT NULL);

-- file: V2__keys.sql
-- expect: require-unique-index-first
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

-- expect: require-unique-index-first
alter table USERS add unique (EMAIL, TENANT_ID);

-- expect: require-unique-index-first
ALTER TABLE IF EXISTS ONLY audit."Events" ADD CONSTRAINT "Events_pkey" PRIMARY KEY (id);

-- expect: require-unique-index-first
ALTER TABLE users ADD /* c */ PRIMARY KEY
    (id);

-- Inline keys in ADD COLUMN build an index too.
-- expect: require-unique-index-first
ALTER TABLE users ADD COLUMN handle text UNIQUE;

-- expect: require-unique-index-first
ALTER TABLE users ADD COLUMN IF NOT EXISTS code text CONSTRAINT users_code_key UNIQUE;

-- Tables the history does not know are assumed to exist already.
-- expect: require-unique-index-first
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

-- The safe sequence: build the index concurrently, then attach it.
CREATE UNIQUE INDEX CONCURRENTLY users_tenant_idx ON users (tenant_id);
ALTER TABLE users ADD CONSTRAINT users_tenant_key UNIQUE USING INDEX users_tenant_idx;
ALTER TABLE audit."Events" ADD PRIMARY KEY USING INDEX "Events_id_idx";
-- Other constraints are other rules' business.
ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;
