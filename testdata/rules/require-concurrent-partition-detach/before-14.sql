-- file: /.migration-lint.yml
targetVersion: "13"
-- file: V1__events.sql
CREATE TABLE events (id bigint, created date) PARTITION BY RANGE (created);
-- file: V2__detach.sql
-- PostgreSQL 13 has no concurrent detach: nothing better to suggest.
ALTER TABLE events DETACH PARTITION events_2024_01;
