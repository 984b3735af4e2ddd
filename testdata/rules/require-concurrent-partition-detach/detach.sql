-- file: V1__events.sql
CREATE TABLE events (id bigint, created date) PARTITION BY RANGE (created);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
-- Created in this file: nobody else can use it yet.
ALTER TABLE events DETACH PARTITION events_2024_02;

-- file: V2__detach.sql
-- expect: require-concurrent-partition-detach
ALTER TABLE events DETACH PARTITION events_2024_01;

-- expect: require-concurrent-partition-detach
alter table if exists public.events detach partition public.events_2023_12;

-- expect: require-concurrent-partition-detach
ALTER TABLE "Audit"."Log" /* comment */ DETACH
    PARTITION "Audit"."Log_2023";

-- expect: require-concurrent-partition-detach
ALTER TABLE events DETACH PARTITION events_a; ALTER TABLE events DETACH PARTITION events_b CONCURRENTLY;

ALTER TABLE events DETACH PARTITION events_2023_11 CONCURRENTLY;
-- Finishing an interrupted concurrent detach.
ALTER TABLE events DETACH PARTITION events_2023_10 FINALIZE;
ALTER TABLE events ATTACH PARTITION events_2024_02 FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
