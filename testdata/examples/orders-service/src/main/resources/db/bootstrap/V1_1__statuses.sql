-- migration-lint: bootstrap
-- Reference data lives here, outside the schema migrations.
CREATE TABLE order_statuses (code text PRIMARY KEY);
INSERT INTO order_statuses (code) VALUES ('NEW'), ('PAID'), ('SHIPPED');
