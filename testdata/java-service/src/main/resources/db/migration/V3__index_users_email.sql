-- Built without blocking writes: alone in its script, outside a transaction (see the .conf).
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
