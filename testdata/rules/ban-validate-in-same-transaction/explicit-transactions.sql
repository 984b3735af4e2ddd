-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);

-- file: V2__explicit.sql.conf
executeInTransaction=false
-- file: V2__explicit.sql
-- Outside Flyway's transaction, each BEGIN ... COMMIT is a transaction of its own.
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
COMMIT;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;

BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_id_positive CHECK (id > 0) NOT VALID;
-- expect: ban-validate-in-same-transaction
ALTER TABLE orders VALIDATE CONSTRAINT orders_id_positive;
COMMIT;

-- Autocommit: every statement is its own transaction.
ALTER TABLE orders ADD CONSTRAINT orders_customer_positive CHECK (customer_id > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_positive;
