-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, total int);

-- file: V2__columns.sql
-- An inline CHECK makes PostgreSQL check every row (measured: one scan, even for an all-NULL column).
-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD COLUMN discount int CHECK (discount >= 0);

-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD COLUMN IF NOT EXISTS shipping int CONSTRAINT shipping_positive CHECK (shipping > 0);

-- A new column without a DEFAULT holds only NULLs: PostgreSQL skips checking an inline REFERENCES.
ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);
ALTER TABLE orders ADD COLUMN buyer_id bigint REFERENCES customers;

-- With a DEFAULT it checks every row, even DEFAULT NULL (measured on PostgreSQL 15).
-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD COLUMN seller_id bigint DEFAULT 1 REFERENCES customers (id);

-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD COLUMN payer_id bigint DEFAULT NULL REFERENCES customers (id);

-- Plain columns and defaults are not this rule's concern.
ALTER TABLE orders ADD COLUMN note text DEFAULT '';
