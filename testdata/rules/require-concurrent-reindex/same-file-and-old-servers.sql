-- file: /.migration-lint.yml
targetVersion: "11"
-- file: V1__create.sql
CREATE TABLE accounts (id bigint PRIMARY KEY, owner text);
CREATE INDEX accounts_owner_idx ON accounts (owner);
-- Created in this file: nobody else can use it yet.
REINDEX TABLE accounts;
REINDEX INDEX accounts_owner_idx;

-- file: V2__later.sql
-- On PostgreSQL 11 there is no REINDEX CONCURRENTLY, but the rebuild still blocks: the help says how to
-- rebuild by hand.
-- expect: require-concurrent-reindex
REINDEX TABLE accounts;
