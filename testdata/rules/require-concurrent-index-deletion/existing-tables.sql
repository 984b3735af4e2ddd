-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text, tenant_id bigint);
CREATE INDEX users_email_idx ON users (email);
CREATE INDEX users_tenant_idx ON users (tenant_id);
CREATE INDEX users_email_tenant_idx ON users (email, tenant_id);
CREATE INDEX users_id_idx ON users (id);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint, at timestamptz);
CREATE INDEX events_at ON audit.events (at);
CREATE TABLE "Mixed" (id int);
CREATE INDEX "Mixed_Idx" ON "Mixed" (id);

-- file: V2__drop_indexes.sql
-- expect: require-concurrent-index-deletion
DROP INDEX users_email_idx;

-- expect: require-concurrent-index-deletion
drop index if exists public.users_tenant_idx;

-- expect: require-concurrent-index-deletion
DROP INDEX audit.events_at;

-- expect: require-concurrent-index-deletion
DROP /* comment between tokens */ INDEX
    -- and a line comment
    "Mixed_Idx";

-- Two statements on one line: only the first is flagged.
-- expect: require-concurrent-index-deletion
DROP INDEX users_email_tenant_idx; DROP INDEX CONCURRENTLY users_id_idx;

-- An index the history does not know: its table is assumed to exist.
-- expect: require-concurrent-index-deletion
DROP INDEX IF EXISTS orders_customer_idx, orders_created_idx CASCADE;

DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
