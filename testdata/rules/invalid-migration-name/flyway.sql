-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: v2__lower_case_prefix.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN a text;
-- file: V3_one_underscore.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN b text;
-- file: V4__wrong_extension.psql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN c text;
-- file: V5a__letters_in_version.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN d text;
-- file: add_column.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN e text;
-- file: README.md
Companion files are not migrations and not reported.
-- file: V6__fine.sql.conf
executeInTransaction=false
-- file: afterMigrate.sql
-- Flyway callbacks are not migrations either.
SELECT 1;
