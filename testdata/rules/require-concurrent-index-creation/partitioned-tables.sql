-- file: V1__create.sql
CREATE TABLE events (id bigint, created_at timestamptz NOT NULL, kind text) PARTITION BY RANGE (created_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- file: V2__index.sql
-- The whole partitioned table: every partition is built under a SHARE lock, and CONCURRENTLY is refused.
-- expect: require-concurrent-index-creation
CREATE INDEX events_kind ON events (kind);
-- ON ONLY builds nothing: an invalid index on the parent that the partitions' indexes are attached to.
CREATE INDEX events_created ON ONLY events (created_at);
-- A partition is an ordinary table.
-- expect: require-concurrent-index-creation
CREATE INDEX events_2026_created ON events_2026 (created_at);
-- file: V3__attach.sql
CREATE INDEX CONCURRENTLY events_2026_created2 ON events_2026 (created_at);
ALTER INDEX events_created ATTACH PARTITION events_2026_created2;
