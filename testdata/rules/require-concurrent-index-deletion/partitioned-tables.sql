-- file: V1__create.sql
CREATE TABLE events (id bigint, kind text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE INDEX events_kind ON events (kind);
-- file: V2__drop.sql
-- Still a finding (ACCESS EXCLUSIVE on the parent and its partitions); the help does not offer CONCURRENTLY,
-- which PostgreSQL refuses for a partitioned index.
-- expect: require-concurrent-index-deletion
DROP INDEX events_kind;
