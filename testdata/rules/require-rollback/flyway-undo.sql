-- file: /.migration-lint.yml
requireUndo: true
-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: U1__users.sql
DROP TABLE users;
-- file: V2__email.sql
-- expect-file: require-rollback
ALTER TABLE users ADD COLUMN email text;
-- file: V2_1__name.sql
-- U2.1 below undoes it: versions compare as numbers, 2_1 and 2.1 are one version
ALTER TABLE users ADD COLUMN name text;
-- file: U2.1__name.sql
ALTER TABLE users DROP COLUMN name;
-- file: R__view.sql
CREATE OR REPLACE VIEW v AS SELECT id FROM users;
