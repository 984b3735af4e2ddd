-- file: V1__create.sql
CREATE TABLE accounts (id bigint PRIMARY KEY, owner text);
CREATE INDEX accounts_owner_idx ON accounts (owner);
-- The table was created in this file: nobody else can use it yet.
DROP INDEX accounts_owner_idx;
CREATE INDEX accounts_owner_idx2 ON accounts (owner);

-- file: V2__later.sql
-- A new index on an existing table still locks that table when dropped.
CREATE INDEX CONCURRENTLY accounts_id_idx ON accounts (id);

-- file: V3__drop_again.sql
-- expect: require-concurrent-index-deletion
DROP INDEX accounts_id_idx;
-- expect: require-concurrent-index-deletion
DROP INDEX accounts_owner_idx2;
