-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
-- Schema-design rules apply to PostgreSQL only.
CREATE TABLE `t` (`id` bigint PRIMARY KEY, `a` varchar(255), `b` timestamp, `c` char(2), `d` json);
