-- file: /.migration-lint.yml
targetVersion: "9.6"
-- file: V1__create.sql
-- Identity columns arrived in PostgreSQL 10.
CREATE TABLE users (id serial PRIMARY KEY);
