-- file: 1_create.up.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers);
CREATE INDEX orders_customer_idx ON orders (customer_id);

-- file: 1_create.down.sql
-- Down files are never replayed nor checked.
CREATE TABLE stray (id bigint REFERENCES customers);

-- file: 2_drop.up.sql
-- A foreign key dropped together with its table needs no index.
CREATE TABLE tmp (customer_id bigint REFERENCES customers);
DROP TABLE tmp;
ALTER TABLE orders ADD COLUMN seller_id bigint REFERENCES customers;
ALTER TABLE orders DROP COLUMN seller_id;
