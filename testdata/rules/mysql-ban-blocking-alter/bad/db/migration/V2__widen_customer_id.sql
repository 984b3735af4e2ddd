-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY COLUMN customer_id BIGINT NOT NULL;
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders ADD FULLTEXT INDEX orders_body (body);
