-- file: 001_create.sql
-- +goose Up
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- +goose Down
DROP TABLE orders;
DROP TABLE customers;

-- file: 002_fk.sql
-- +goose Up
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
-- expect: ban-validate-in-same-transaction
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
-- +goose Down
ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;

-- file: 003_check.sql
-- +goose NO TRANSACTION
-- +goose Up
ALTER TABLE orders ADD CONSTRAINT orders_id_positive CHECK (id > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_id_positive;
-- +goose Down
ALTER TABLE orders DROP CONSTRAINT orders_id_positive;
