-- file: /.migration-lint.yml
dialect: mariadb
targetVersion: "10.11"
-- file: V1__create.sql
CREATE TABLE orders (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id INT NOT NULL,
  note VARCHAR(20),
  code VARCHAR(31),
  state ENUM('new', 'paid') NOT NULL DEFAULT 'new',
  total DECIMAL(10, 2),
  shipped_at DATETIME NULL,
  title VARCHAR(200),
  amount INT,
  KEY orders_note (note)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- file: V2__online.sql
-- Everything here runs ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE on MariaDB 10.11 (measured).
ALTER TABLE orders ADD COLUMN comment TEXT NULL;
ALTER TABLE orders ADD COLUMN flags INT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE orders ADD COLUMN region CHAR(2) AFTER customer_id;
ALTER TABLE orders ADD COLUMN first_col INT FIRST;
ALTER TABLE orders DROP COLUMN flags;
ALTER TABLE orders RENAME COLUMN comment TO remark;
ALTER TABLE orders CHANGE remark remarks TEXT NULL;
ALTER TABLE orders MODIFY amount INT NOT NULL;
ALTER TABLE orders MODIFY amount INT NOT NULL AFTER id;
ALTER TABLE orders MODIFY note VARCHAR(100);
ALTER TABLE orders MODIFY code VARCHAR(200);
ALTER TABLE orders MODIFY title VARCHAR(255);
ALTER TABLE orders MODIFY state ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new';
ALTER TABLE orders ADD INDEX orders_customer (customer_id);
CREATE INDEX orders_shipped ON orders (shipped_at);
ALTER TABLE orders ADD UNIQUE KEY orders_title (title);
ALTER TABLE orders DROP INDEX orders_customer;
DROP INDEX orders_shipped ON orders;
ALTER TABLE orders ADD COLUMN total_cents INT AS (total * 100) VIRTUAL;
ALTER TABLE orders ALTER COLUMN customer_id SET DEFAULT 0;
ALTER TABLE orders ALTER COLUMN customer_id DROP DEFAULT;
ALTER TABLE orders ENGINE=InnoDB;
ALTER TABLE orders FORCE;
ALTER TABLE orders AUTO_INCREMENT = 1000, COMMENT = 'orders';
ALTER TABLE orders RENAME INDEX orders_title TO orders_title_key;

-- file: V3__primary_key.sql
CREATE TABLE events (id BIGINT NOT NULL, payload TEXT);
-- file: V4__add_primary_key.sql
ALTER TABLE events ADD PRIMARY KEY (id);
