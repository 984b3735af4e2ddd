-- file: V1__create.sql
CREATE TABLE accounts (id bigint PRIMARY KEY, owner text);
CREATE INDEX accounts_owner_idx ON accounts (owner);
CREATE UNIQUE INDEX accounts_owner_key ON public.accounts (owner);
CREATE TABLE "Mixed" (id int);
CREATE INDEX mixed_id ON "Mixed" (id);

-- file: V2__later.sql
-- The exemption holds only for the file that created the table.
-- expect: require-concurrent-index-creation
CREATE INDEX accounts_id_idx ON accounts (id);
-- "Mixed" and mixed are different tables: mixed is unknown, so it counts as existing.
-- expect: require-concurrent-index-creation
CREATE INDEX mixed_lower ON mixed (id);
CREATE INDEX CONCURRENTLY accounts_owner_c ON accounts (owner);
