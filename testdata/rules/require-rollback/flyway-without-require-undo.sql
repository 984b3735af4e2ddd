-- Without requireUndo, Flyway migrations need no undo script.
-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: V2__email.sql
ALTER TABLE users ADD COLUMN email text;
