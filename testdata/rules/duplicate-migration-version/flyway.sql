-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: V2__email.sql
ALTER TABLE users ADD COLUMN email text;
-- file: V2__name.sql
-- expect-file: duplicate-migration-version
ALTER TABLE users ADD COLUMN name text;
-- file: V3__age.sql
ALTER TABLE users ADD COLUMN age int;
-- file: V3.0__age_again.sql
-- expect-file: duplicate-migration-version
ALTER TABLE users ADD COLUMN age2 int;
-- file: U2__email.sql
-- an undo script shares its versioned migration's version by design
ALTER TABLE users DROP COLUMN email;
-- file: R__view.sql
CREATE OR REPLACE VIEW v AS SELECT id FROM users;
-- file: R__other_view.sql
CREATE OR REPLACE VIEW w AS SELECT id FROM users;
-- file: B3__baseline.sql
-- a baseline script shares the version it replaces by design
CREATE TABLE users (id bigint PRIMARY KEY, email text, age int);
