-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE "Orders" (id bigint PRIMARY KEY);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY);
CREATE TABLE invoices (id bigint PRIMARY KEY);
CREATE TABLE payments (id bigint PRIMARY KEY);

-- file: V2__rename.sql
-- expect: ban-rename-table
ALTER TABLE customers RENAME TO clients;
-- expect: ban-rename-table
alter table if exists only "Orders" rename to purchases;
-- expect: ban-rename-table
ALTER /* comment */ TABLE audit.events RENAME TO audit_events;
-- Followed by a compatibility view with the old name: the documented safe pattern.
ALTER TABLE invoices RENAME TO bills;
CREATE VIEW public.invoices AS SELECT * FROM bills;
-- A materialized view is a copy, not the table: old code's writes fail.
-- expect: ban-rename-table
ALTER TABLE payments RENAME TO transfers; CREATE MATERIALIZED VIEW payments AS SELECT * FROM transfers;
-- Unknown to the history: assumed to exist.
-- expect: ban-rename-table
ALTER TABLE legacy RENAME TO legacy_v1;

-- Renaming a column or an index is not renaming the table.
ALTER TABLE clients RENAME COLUMN id TO client_id;
ALTER INDEX clients_pkey RENAME TO clients_pk;
