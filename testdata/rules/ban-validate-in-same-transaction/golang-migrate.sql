-- file: 1_create.up.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- file: 1_create.down.sql
DROP TABLE orders, customers;
-- file: 2_fk.up.sql
-- Several statements in one file: one implicit transaction.
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
-- expect: ban-validate-in-same-transaction
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
-- file: 2_fk.down.sql
ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;
