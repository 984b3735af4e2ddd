-- file: /.migration-lint.yml
dialect: mariadb
targetVersion: "10.11"
-- file: V1__create.sql
CREATE TABLE parent (id INT NOT NULL PRIMARY KEY);
CREATE TABLE child (id INT NOT NULL PRIMARY KEY, parent_id INT, other_id INT, third_id INT);

-- file: V2__checks_on.sql
-- expect: mysql-ban-blocking-alter
ALTER TABLE child ADD CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES parent (id);
-- MariaDB creates an inline REFERENCES as a foreign key.
-- expect: mysql-ban-blocking-alter
ALTER TABLE child ADD COLUMN fourth_id INT REFERENCES parent (id);

-- file: V3__checks_off.sql
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
ALTER TABLE child ADD CONSTRAINT child_other FOREIGN KEY (other_id) REFERENCES parent (id);
SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS;
-- expect: mysql-ban-blocking-alter
ALTER TABLE child ADD FOREIGN KEY (third_id) REFERENCES parent (id);
SET SESSION foreign_key_checks = OFF;
ALTER TABLE child ADD FOREIGN KEY child_third (third_id) REFERENCES parent (id);
-- The global value does not change the running session.
SET foreign_key_checks = 1;
SET GLOBAL foreign_key_checks = 0;
-- expect: mysql-ban-blocking-alter
ALTER TABLE child ADD FOREIGN KEY child_third2 (third_id) REFERENCES parent (id);

-- file: V4__new_file.sql
-- The setting is replayed per file.
-- expect: mysql-ban-blocking-alter
ALTER TABLE child ADD FOREIGN KEY child_other2 (other_id) REFERENCES parent (id);
ALTER TABLE child DROP FOREIGN KEY child_other;
