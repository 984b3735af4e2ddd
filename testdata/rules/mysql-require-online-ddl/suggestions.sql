-- file: /.migration-lint.yml
dialect: mariadb
targetVersion: "10.11"
-- file: V1__create.sql
CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, note VARCHAR(20), state ENUM('a', 'b'), body TEXT);
-- Tables created in the same file are exempt.
ALTER TABLE orders ADD COLUMN x INT;

-- file: V2__alter.sql
-- The best the server allows is suggested: INSTANT where it can, else INPLACE with LOCK=NONE.
-- expect: mysql-require-online-ddl
ALTER TABLE orders ADD COLUMN customer_id INT NULL;
-- expect: mysql-require-online-ddl
ALTER TABLE orders ADD INDEX orders_note (note);
-- expect: mysql-require-online-ddl
CREATE INDEX orders_state ON orders (state);
-- expect: mysql-require-online-ddl
alter table `orders` modify `note` varchar(50), algorithm=INPLACE;
-- expect: mysql-require-online-ddl
ALTER TABLE orders ADD COLUMN y INT, LOCK=DEFAULT;
-- expect: mysql-require-online-ddl
ALTER TABLE orders ADD COLUMN z INT, ALGORITHM=DEFAULT;
-- ALGORITHM=INSTANT where the operation cannot run instantly is refused by the server.
-- expect: mysql-require-online-ddl
ALTER TABLE orders ADD INDEX orders_y (y), ALGORITHM=INSTANT;
ALTER TABLE orders ADD COLUMN a INT, ALGORITHM=INSTANT;
ALTER TABLE orders ADD COLUMN b INT, ALGORITHM=INSTANT, LOCK=NONE;
ALTER TABLE orders ADD INDEX orders_a (a), ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE orders ADD INDEX orders_b (b), LOCK=NONE;
ALTER TABLE orders ADD INDEX orders_z (z), ALGORITHM=NOCOPY, LOCK=NONE;
CREATE INDEX orders_ab ON orders (a, b) ALGORITHM=INPLACE LOCK=NONE;
ALTER ONLINE TABLE orders ADD COLUMN c INT;
-- Blocking ALTERs are mysql-ban-blocking-alter's.
ALTER TABLE orders MODIFY note INT;
ALTER TABLE orders ADD FULLTEXT INDEX orders_body (body);
ALTER TABLE orders ADD COLUMN d INT, ALGORITHM=COPY;
-- No suggestion for an action the facts table does not know.
ALTER TABLE orders ADD COLUMN e INT, PARTITION BY HASH(id) PARTITIONS 4;
ALTER TABLE orders RENAME TO purchases;
