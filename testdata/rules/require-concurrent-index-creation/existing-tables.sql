-- file: V1__create_users.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text, tenant_id bigint);

-- file: V2__index_users.sql
-- A table created in an earlier migration is an existing table.
-- expect: require-concurrent-index-creation
CREATE INDEX users_email_idx ON users (email);

-- expect: require-concurrent-index-creation
create unique index users_email_tenant_idx on public.users (email, tenant_id);

-- expect: require-concurrent-index-creation
CREATE INDEX IF NOT EXISTS "users_Tenant" ON "users" USING btree (tenant_id) WHERE tenant_id IS NOT NULL;

-- Two statements on one line: only the first is flagged.
-- expect: require-concurrent-index-creation
CREATE INDEX a_idx ON users (id); CREATE INDEX CONCURRENTLY b_idx ON users (id);

-- expect: require-concurrent-index-creation
CREATE /* comment between tokens */ INDEX
    -- and a line comment
    c_idx ON ONLY audit.events (created_at);

-- Tables the history does not know are assumed to exist already.
-- expect: require-concurrent-index-creation
CREATE INDEX ON orders (customer_id);
