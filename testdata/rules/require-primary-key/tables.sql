-- expect: require-primary-key
CREATE TABLE audit_events (occurred_at timestamptz NOT NULL, payload jsonb);
-- expect: require-primary-key
create table if not exists "Links" (a bigint, b bigint, UNIQUE (a, b));
-- expect: require-primary-key
CREATE UNLOGGED TABLE audit.buffer (id bigint NOT NULL); CREATE TABLE keyed (id bigint PRIMARY KEY);

-- Keys inline, as a table constraint, named, composite.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE memberships (user_id bigint, group_id bigint, CONSTRAINT memberships_pk PRIMARY KEY (user_id, group_id));
CREATE TABLE tokens (value text, PRIMARY KEY (value));

-- Not flagged: temporary tables, AS SELECT copies, partitions, LIKE copies.
CREATE TEMPORARY TABLE ids (id bigint);
CREATE TABLE users_backup AS SELECT * FROM users;
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE users_copy (LIKE users INCLUDING ALL);

-- A CHECK with LIKE inside is not a LIKE element.
-- expect: require-primary-key
CREATE TABLE emails (address text CHECK (address LIKE '%@%'));
