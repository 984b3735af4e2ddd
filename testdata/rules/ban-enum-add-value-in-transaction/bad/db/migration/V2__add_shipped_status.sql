-- PostgreSQL 11: Flyway refuses this script, which mixes ADD VALUE with a transactional statement.
ALTER TABLE IF EXISTS orders ADD COLUMN IF NOT EXISTS shipped_at timestamptz;
-- expect: ban-enum-add-value-in-transaction
ALTER TYPE order_status ADD VALUE 'shipped';
