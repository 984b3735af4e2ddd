-- expect-file: out-of-order-migration
ALTER TABLE users ADD COLUMN email text;
