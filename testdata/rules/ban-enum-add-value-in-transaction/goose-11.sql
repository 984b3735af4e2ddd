-- file: /.migration-lint.yml
targetVersion: "11"
-- file: 001_status.sql
-- +goose Up
-- In the transaction that created the type, PostgreSQL 11 accepts new values.
CREATE TYPE order_status AS ENUM ('new', 'paid');
ALTER TYPE order_status ADD VALUE 'shipped';
-- +goose Down
DROP TYPE order_status;

-- file: 002_more.sql
-- +goose Up
-- expect: ban-enum-add-value-in-transaction
ALTER TYPE order_status ADD VALUE 'returned';
-- +goose Down
SELECT 1;

-- file: 003_more.sql
-- +goose NO TRANSACTION
-- +goose Up
ALTER TYPE order_status ADD VALUE 'lost';
-- +goose Down
SELECT 1;
