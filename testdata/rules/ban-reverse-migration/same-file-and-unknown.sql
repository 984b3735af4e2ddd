-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY, legacy text);
-- file: V2__temp.sql
-- Creating and dropping in the same migration is its own business.
CREATE TABLE scratch (id int);
DROP TABLE scratch;
-- file: V3__unknown.sql
-- A table the history never created (made by hand, or by Java code) is not an undo.
DROP TABLE something_else;
-- file: V4__constraint.sql
ALTER TABLE users ADD CONSTRAINT users_legacy_check CHECK (legacy <> '');
-- file: V5__undo_constraint.sql
-- expect: ban-reverse-migration
ALTER TABLE "users" DROP CONSTRAINT users_legacy_check;
