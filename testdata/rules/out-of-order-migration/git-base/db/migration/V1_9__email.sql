-- expect-file: out-of-order-migration
-- 1.9 sorts before 1.10: versions compare as numbers
ALTER TABLE users ADD COLUMN email text;
