-- file: V1__create.sql
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint, account_id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- file: V2__partition_first.sql
-- Each partition: NOT VALID, then validated; the parent then attaches them.
ALTER TABLE events_2026 ADD CONSTRAINT events_2026_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
-- file: V3__validate.sql
ALTER TABLE events_2026 VALIDATE CONSTRAINT events_2026_account;
-- file: V4__parent.sql
-- Still a finding: the help then says how to add it on a partitioned table.
-- expect: constraint-missing-not-valid
ALTER TABLE events ADD CONSTRAINT events_account FOREIGN KEY (account_id) REFERENCES accounts (id);
