-- file: V1__schema.sql
-- pg_dump writes the key after the table.
CREATE TABLE orders (id bigint NOT NULL, customer_id bigint);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE TABLE invoices (id bigint NOT NULL);
CREATE UNIQUE INDEX invoices_id_idx ON invoices (id);
ALTER TABLE invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY USING INDEX invoices_id_idx;
-- Renamed first, keyed under the new name.
CREATE TABLE staging (id bigint);
ALTER TABLE staging RENAME TO imports;
ALTER TABLE imports ADD PRIMARY KEY (id);
-- A key column added later.
CREATE TABLE notes (body text);
ALTER TABLE notes ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
-- A scratch table dropped again.
CREATE TABLE scratch (n int);
DROP TABLE scratch;
-- A unique constraint is not a primary key.
-- expect: require-primary-key
CREATE TABLE tags (name text NOT NULL);
ALTER TABLE tags ADD CONSTRAINT tags_name_key UNIQUE (name);

-- file: V2__later.sql
-- A key added in a later migration does not help the table in between.
ALTER TABLE audit_log ADD PRIMARY KEY (id);
-- IF NOT EXISTS for a table the history already has does nothing.
CREATE TABLE IF NOT EXISTS tags (name text NOT NULL);
