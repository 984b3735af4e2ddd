ALTER TABLE orders ADD COLUMN note text;
COMMENT ON COLUMN orders.note IS 'free text from the customer;
