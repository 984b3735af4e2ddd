-- Blocks every write to orders while the index builds.
CREATE INDEX orders_status_idx ON orders (status);
