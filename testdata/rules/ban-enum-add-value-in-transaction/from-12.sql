-- file: /.migration-lint.yml
targetVersion: "12"
-- file: V1__create.sql
CREATE TYPE order_status AS ENUM ('new', 'paid');
-- file: V2__mixed.sql
-- PostgreSQL 12 runs ADD VALUE inside a transaction block.
COMMENT ON TYPE order_status IS 'where an order is';
ALTER TYPE order_status ADD VALUE 'shipped';
