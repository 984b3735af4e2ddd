-- Expand: a new column is instant; backfill it in batches, switch the application over, then drop the old one.
ALTER TABLE orders ADD COLUMN customer_id_big BIGINT NULL, ALGORITHM=INSTANT;
ALTER TABLE orders ADD INDEX orders_customer_big (customer_id_big), ALGORITHM=INPLACE, LOCK=NONE;
