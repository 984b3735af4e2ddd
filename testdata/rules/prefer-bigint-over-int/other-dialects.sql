-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
-- Schema-design rules apply to PostgreSQL only.
CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT PRIMARY KEY);
