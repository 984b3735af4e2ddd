-- file: /.migration-lint.yml
targetVersion: "11"
-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text) WITH OIDS;
-- file: V2__oids.sql
-- Before 12 a table could have OIDs, and dropping them rewrote it.
-- expect: ban-table-rewrite
ALTER TABLE users SET WITHOUT OIDS;
