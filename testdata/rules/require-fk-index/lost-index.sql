-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, seller_id bigint,
    CONSTRAINT orders_seller_key UNIQUE (seller_id), CONSTRAINT orders_seller_fk FOREIGN KEY (seller_id) REFERENCES customers);
CREATE INDEX orders_customer_idx ON orders (customer_id);

-- file: V2__drop_index.sql
-- Dropping the index a foreign key of an earlier migration relied on is reported where it happens.
-- expect: require-fk-index
DROP INDEX CONCURRENTLY orders_customer_idx;

-- file: V3__drop_key.sql
-- expect: require-fk-index
ALTER TABLE orders DROP CONSTRAINT orders_seller_key;

-- file: V4__replace.sql
-- Replaced in the same migration: still covered at its end.
CREATE INDEX orders_customer_idx2 ON orders (customer_id);
CREATE INDEX orders_seller_idx ON orders (seller_id);

-- file: V5__swap.sql
DROP INDEX orders_customer_idx2;
CREATE INDEX orders_customer_idx3 ON orders (customer_id, id);
