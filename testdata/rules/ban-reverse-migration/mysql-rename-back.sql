-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY, mail varchar(200));
-- file: V2__rename.sql
RENAME TABLE users TO accounts;
ALTER TABLE accounts CHANGE mail email varchar(200);
-- file: V3__rename_back.sql
-- expect: ban-reverse-migration
RENAME TABLE accounts TO users;
ALTER TABLE users CHANGE email mail varchar(200);
