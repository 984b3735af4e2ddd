-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY, region text, UNIQUE (id, region));
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    -- expect: require-fk-index
    customer_id bigint REFERENCES customers (id),
    seller_id bigint REFERENCES customers (id),
    buyer_id bigint,
    buyer_region text,
    CONSTRAINT orders_buyer_fk FOREIGN KEY (buyer_id, buyer_region) REFERENCES customers (id, region)
);
-- An index created later in the same migration counts, also one whose columns come in another order.
CREATE INDEX orders_seller_idx ON orders (seller_id, id);
CREATE INDEX orders_buyer_idx ON orders (buyer_region, buyer_id);

-- file: V2__more_keys.sql
-- expect: require-fk-index
ALTER TABLE orders ADD CONSTRAINT orders_payer_fk FOREIGN KEY (payer_id) REFERENCES customers (id) NOT VALID;
-- An index that does not start with the key's columns does not help.
CREATE INDEX orders_id_payer_idx ON orders (id, payer_id);

ALTER TABLE orders
    ADD COLUMN courier_id bigint,
    -- expect: require-fk-index
    ADD COLUMN referrer_id bigint REFERENCES customers,
    ADD CONSTRAINT orders_courier_fk FOREIGN KEY (courier_id) REFERENCES customers (id);
CREATE INDEX CONCURRENTLY orders_courier_idx ON orders (courier_id);

-- A primary key or unique constraint covers too.
CREATE TABLE order_lines (order_id bigint REFERENCES orders (id), line int, PRIMARY KEY (order_id, line));
CREATE TABLE "Notes" ("Order" bigint UNIQUE REFERENCES orders);
-- expect: require-fk-index
CREATE TABLE audit_log (id bigint PRIMARY KEY, order_id bigint, FOREIGN KEY (order_id) REFERENCES orders);
