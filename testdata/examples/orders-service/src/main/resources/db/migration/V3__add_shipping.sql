ALTER TABLE orders ADD COLUMN shipped_at timestamptz;

-- A backfill inside a schema migration: one transaction over every row.
UPDATE orders SET shipped_at = now() WHERE status = 'SHIPPED';
