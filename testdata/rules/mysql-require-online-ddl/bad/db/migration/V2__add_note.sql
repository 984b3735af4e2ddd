-- expect: mysql-require-online-ddl
ALTER TABLE orders ADD COLUMN note TEXT NULL;
-- expect: mysql-require-online-ddl
ALTER TABLE orders ADD INDEX orders_customer (customer_id);
