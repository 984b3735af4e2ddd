-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);

-- file: V2__same_script.sql
-- One Flyway script is one transaction.
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
-- expect: ban-validate-in-same-transaction
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;

-- file: V3__add_check.sql
ALTER TABLE orders ADD CONSTRAINT "Orders_Total_Positive" CHECK (total > 0) NOT VALID;

-- file: V4__validate_check.sql
-- A later migration: a later transaction.
ALTER TABLE orders VALIDATE CONSTRAINT "Orders_Total_Positive";

-- file: V5__one_statement.sql
-- expect: ban-validate-in-same-transaction
ALTER TABLE orders ADD CONSTRAINT orders_id_positive CHECK (id > 0) NOT VALID, VALIDATE CONSTRAINT orders_id_positive;

-- file: V6__other_cases.sql
-- Added without NOT VALID: already validated, and the ADD itself is another rule's business.
ALTER TABLE orders ADD CONSTRAINT orders_total_small CHECK (total < 1000000);
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_small;
-- Same name on another table.
ALTER TABLE customers ADD CONSTRAINT id_positive CHECK (id > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT id_positive;
-- Quoted names keep their case: a different constraint.
ALTER TABLE orders ADD CONSTRAINT "Total_Cap" CHECK (total < 10) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT total_cap;
-- expect: ban-validate-in-same-transaction
alter table orders /* comment */ validate constraint "Total_Cap"; ALTER TABLE orders VALIDATE CONSTRAINT id_positive;

-- file: V7__commit_between.sql
-- A COMMIT ends Flyway's transaction (transaction-nesting reports it); the driver opens a new one after it.
ALTER TABLE orders ADD CONSTRAINT orders_customer_positive CHECK (customer_id > 0) NOT VALID;
COMMIT;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_positive;
