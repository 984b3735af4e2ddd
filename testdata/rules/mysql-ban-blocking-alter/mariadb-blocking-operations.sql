-- file: /.migration-lint.yml
dialect: mariadb
targetVersion: "10.11"
-- file: V1__create.sql
CREATE TABLE orders (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id INT NOT NULL,
  note VARCHAR(50),
  state ENUM('new', 'paid') NOT NULL DEFAULT 'new',
  total DECIMAL(10, 2),
  shipped_at DATETIME NULL,
  body TEXT,
  location POINT NOT NULL,
  nickname VARCHAR(20) CHARACTER SET utf8mb4,
  parent_id BIGINT NULL,
  counter INT NOT NULL
) ENGINE=InnoDB;
CREATE TABLE plain (a INT NULL, b INT NOT NULL);

-- file: V2__blocking.sql
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY COLUMN customer_id BIGINT NOT NULL;
-- A VARCHAR(50) in utf8mb4 is 200 bytes: past 255 bytes it needs a second length byte.
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY note VARCHAR(100);
-- Shortening is a type change.
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY note VARCHAR(10);
-- Members reordered, not appended.
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY state ENUM('paid', 'new') NOT NULL DEFAULT 'new';
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY total DECIMAL(12, 2);
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY shipped_at DATETIME(3) NULL;
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY nickname VARCHAR(20) CHARACTER SET latin1;
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders ADD COLUMN total_x100 INT AS (total * 100) STORED;
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders ADD COLUMN token VARCHAR(36) DEFAULT (UUID());
-- expect: mysql-ban-blocking-alter
ALTER TABLE plain ADD COLUMN id INT NOT NULL AUTO_INCREMENT PRIMARY KEY;
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders MODIFY counter INT NOT NULL AUTO_INCREMENT UNIQUE;
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders ADD CONSTRAINT orders_parent FOREIGN KEY (parent_id) REFERENCES orders (id);
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders ADD FULLTEXT INDEX orders_body (body);
-- expect: mysql-ban-blocking-alter
CREATE FULLTEXT INDEX orders_body2 ON orders (body);
-- expect: mysql-ban-blocking-alter
ALTER TABLE orders ADD SPATIAL INDEX orders_location (location);
-- expect: mysql-ban-blocking-alter
CREATE SPATIAL INDEX orders_location2 ON orders (location);
-- A primary key on a nullable column is built in place (the ALTER fails should a NULL turn up).
ALTER TABLE plain ADD PRIMARY KEY (a);

-- file: V3__primary_key.sql
CREATE TABLE keyed (id INT NOT NULL, other INT NOT NULL, PRIMARY KEY (id));
-- file: V4__drop_primary_key.sql
-- expect: mysql-ban-blocking-alter
ALTER TABLE keyed DROP PRIMARY KEY;
-- Dropping and adding in one ALTER is in place.
ALTER TABLE keyed DROP PRIMARY KEY, ADD PRIMARY KEY (id, other);
