-- file: V1__create.sql
CREATE TABLE orders (id bigint PRIMARY KEY, shipped_at timestamptz NOT NULL, "Note" text NOT NULL, total bigint NOT NULL);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY, payload text NOT NULL);

-- file: V2__drop_not_null.sql
-- expect: ban-drop-not-null
ALTER TABLE orders ALTER COLUMN shipped_at DROP NOT NULL;
-- expect: ban-drop-not-null
alter table if exists only "orders" alter "Note" drop not null;
ALTER TABLE audit.events
    ADD COLUMN source text NOT NULL DEFAULT 'api',
    -- expect: ban-drop-not-null
    ALTER COLUMN payload /* no longer required */ DROP NOT NULL,
    -- A column added in this migration has no readers yet.
    ALTER COLUMN source DROP NOT NULL;
-- expect: ban-drop-not-null
ALTER TABLE orders ALTER COLUMN total DROP NOT NULL; ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;
-- Unknown to the history.
-- expect: ban-drop-not-null
ALTER TABLE invoices ALTER COLUMN due_on DROP NOT NULL;
-- Not dropping NOT NULL.
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;
ALTER TABLE orders ALTER COLUMN total DROP DEFAULT;
