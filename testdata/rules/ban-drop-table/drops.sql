-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE sessions (id bigint PRIMARY KEY);
CREATE TABLE "Legacy" (id bigint PRIMARY KEY);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY);

-- file: V2__drop.sql
-- expect: ban-drop-table
DROP TABLE sessions;
-- expect: ban-drop-table
drop table if exists "Legacy" cascade;
-- expect: ban-drop-table
DROP /* comment */ TABLE audit.events, users;
-- Unknown to the history: assumed to exist.
-- expect: ban-drop-table
DROP TABLE IF EXISTS orders; DROP VIEW invoices;
-- expect: ban-drop-table
DROP TABLE public.coupons;

-- Not a table.
DROP VIEW IF EXISTS sessions_view;
DROP INDEX IF EXISTS users_email_idx;
