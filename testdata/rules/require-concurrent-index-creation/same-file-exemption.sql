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

-- file: V3__matview.sql
-- A materialized view created in the same file has no readers yet: its indexes need no CONCURRENTLY.
CREATE MATERIALIZED VIEW account_owners AS SELECT owner, count(*) AS n FROM accounts GROUP BY owner;
CREATE UNIQUE INDEX account_owners_owner ON account_owners (owner);
CREATE INDEX account_owners_n ON public.account_owners (n);

-- file: V4__matview_later.sql
-- expect: require-concurrent-index-creation
CREATE INDEX account_owners_n2 ON account_owners (n);
