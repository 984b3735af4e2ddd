-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total int);

-- file: V2__alter.sql
-- Each action is judged on its own and reported where it starts.
ALTER TABLE orders
    -- expect: constraint-missing-not-valid
    ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID,
    -- expect: constraint-missing-not-valid
    ADD CONSTRAINT orders_total_small CHECK (total < 1000000);

-- Two findings on one line.
-- expect: constraint-missing-not-valid
-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD CHECK (total <> 1), ADD CHECK (total <> 2);

-- Several statements on a line: only the first is flagged.
-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD CHECK (total <> 3); ALTER TABLE orders ADD CHECK (total <> 4) NOT VALID;
