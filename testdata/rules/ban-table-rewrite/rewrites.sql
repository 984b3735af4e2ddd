-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint);
-- Created in this file: rewriting it harms nobody.
ALTER TABLE users SET UNLOGGED;
VACUUM FULL users;
CLUSTER users USING users_email_idx;

-- file: V2__vacuum.sql
-- expect: ban-table-rewrite
VACUUM FULL users;
-- expect: ban-table-rewrite
vacuum (full, analyze) audit.events;
-- expect: ban-table-rewrite
VACUUM (FULL true) "users";
-- expect: ban-table-rewrite
VACUUM FULL;
VACUUM users;
VACUUM (FULL false) users;
VACUUM (ANALYZE, VERBOSE) users;

-- file: V3__cluster.sql
-- expect: ban-table-rewrite
CLUSTER users USING users_email_idx;
-- expect: ban-table-rewrite
CLUSTER users_email_idx ON users;
-- expect: ban-table-rewrite
CLUSTER;

-- file: V4__storage.sql
-- expect: ban-table-rewrite
ALTER TABLE users SET LOGGED;
-- expect: ban-table-rewrite
alter table if exists only public.users set unlogged;
-- expect: ban-table-rewrite
ALTER TABLE audit.events SET TABLESPACE fast_disks;
-- expect: ban-table-rewrite
ALTER TABLE users ADD COLUMN bio text, SET ACCESS METHOD heap2;
-- SET WITHOUT OIDS does nothing on PostgreSQL 12 and later.
ALTER TABLE users SET WITHOUT OIDS;
-- expect: ban-table-rewrite
ALTER TABLE users /* comment */ SET LOGGED; ALTER TABLE users SET SCHEMA audit;
