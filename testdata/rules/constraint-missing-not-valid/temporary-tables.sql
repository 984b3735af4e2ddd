-- file: V1__create.sql
CREATE TABLE orders (id bigint PRIMARY KEY, total int);

-- file: V2__temp.sql
-- Only this session sees a temporary table: locking it harms nobody.
CREATE TEMPORARY TABLE staging (id bigint, total int);
ALTER TABLE staging ADD CONSTRAINT staging_total_check CHECK (total >= 0);
ALTER TABLE staging ADD FOREIGN KEY (id) REFERENCES orders (id);
-- expect: constraint-missing-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
