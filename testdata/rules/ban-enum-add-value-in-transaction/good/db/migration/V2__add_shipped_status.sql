-- Alone in its script: Flyway runs it outside a transaction.
ALTER TYPE order_status ADD VALUE 'shipped';
