-- file: V1__create.sql
CREATE TABLE customers (
    -- expect: prefer-bigint-over-int
    id serial PRIMARY KEY,
    name text
);
CREATE TABLE "Products" (
    -- expect: prefer-bigint-over-int
    "Id" INT4 NOT NULL,
    name text,
    CONSTRAINT products_pk PRIMARY KEY ("Id")
);
CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE audit.events (
    id bigserial PRIMARY KEY,
    -- expect: prefer-bigint-over-int
    account_id integer REFERENCES accounts (id),
    -- expect: prefer-bigint-over-int
    tenant_id int,
    position int NOT NULL,
    FOREIGN KEY (tenant_id) REFERENCES tenants (id)
);

-- file: V2__more.sql
-- References to a known integer key cannot outgrow it: the finding belongs on the parent.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    product_id int REFERENCES "Products" ("Id"),
    -- expect: prefer-bigint-over-int
    parent_id int REFERENCES orders (id)
);
-- Composite keys: members that point at integer parents and ordinals are not counters.
CREATE TABLE order_lines (
    customer_id int REFERENCES customers (id),
    line_no int NOT NULL,
    PRIMARY KEY (customer_id, line_no)
);
-- ADD COLUMN, with an inline key or a constraint of the same statement.
-- expect: prefer-bigint-over-int
ALTER TABLE accounts ADD COLUMN referrer_id integer REFERENCES accounts (id);
ALTER TABLE accounts
    -- expect: prefer-bigint-over-int
    ADD COLUMN region_id int,
    ADD CONSTRAINT accounts_region_fk FOREIGN KEY (region_id) REFERENCES regions (id);
-- Not keys, arrays, bigint and smallint: not flagged.
CREATE TABLE counters (id bigint PRIMARY KEY, hits integer, tags int[]);
CREATE TABLE colours (id smallint PRIMARY KEY, name text);
-- Temporary tables are short-lived.
CREATE TEMP TABLE ids (id int PRIMARY KEY);
