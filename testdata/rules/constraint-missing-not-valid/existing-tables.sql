-- file: V1__create.sql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total int);
CREATE SCHEMA audit;
CREATE TABLE audit."Events" (id bigint PRIMARY KEY, "Order" bigint);

-- file: V2__constraints.sql
-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- expect: constraint-missing-not-valid
alter table ORDERS add foreign key (customer_id) references customers;

-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);

-- expect: constraint-missing-not-valid
ALTER TABLE IF EXISTS ONLY audit."Events" ADD CONSTRAINT "Events_Order_fk" FOREIGN KEY ("Order") REFERENCES orders (id);

-- Comments between the tokens do not hide it.
-- expect: constraint-missing-not-valid
ALTER /* c */ TABLE orders ADD -- line comment
    CONSTRAINT orders_total_positive CHECK (total > 0);

-- Tables the history does not know are assumed to exist already.
-- expect: constraint-missing-not-valid
ALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

-- NOT VALID is the safe form; VALIDATE CONSTRAINT is not flagged here.
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk2 FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_total_check2 CHECK (total >= 0) NOT VALID;

-- file: V3__validate.sql
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk2;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check2;

-- Other kinds of constraints are other rules' business.
ALTER TABLE orders ADD CONSTRAINT orders_total_key UNIQUE (total);
ALTER TABLE orders DROP CONSTRAINT orders_total_check;
