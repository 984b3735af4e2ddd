-- file: V1__create.sql
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
CREATE TABLE audit (id bigint PRIMARY KEY);
-- file: V2__trigger.sql
-- CREATE TRIGGER takes SHARE ROW EXCLUSIVE on the table: writes wait, and it waits behind long transactions.
-- expect: require-lock-timeout
CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit_order();
-- expect: require-lock-timeout
DROP TRIGGER IF EXISTS old_audit ON orders;
-- expect: require-lock-timeout
CREATE POLICY own_orders ON orders USING (true);
-- expect: require-lock-timeout
LOCK TABLE audit IN SHARE MODE;
-- Row-level lock modes do not block writes: nothing to time out on.
LOCK TABLE audit IN ROW EXCLUSIVE MODE;
-- file: V3__with_timeout.sql
SET lock_timeout = '2s';
CREATE TRIGGER orders_audit2 AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_order();
LOCK orders;
-- file: V4__new_table.sql
-- A table created in the same migration: nobody else uses it yet.
CREATE TABLE invoices (id bigint PRIMARY KEY);
CREATE TRIGGER invoices_audit AFTER INSERT ON invoices FOR EACH ROW EXECUTE FUNCTION audit_order();
CREATE RULE invoices_ro AS ON DELETE TO invoices DO INSTEAD NOTHING;
