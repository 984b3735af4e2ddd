-- file: V1__create.sql
CREATE TABLE accounts (id bigint PRIMARY KEY, owner text);

-- file: V2__same_file.sql
-- A table created in this migration: nobody uses it yet.
CREATE TABLE drafts (id bigint PRIMARY KEY, body text, scratch text);
ALTER TABLE drafts DROP COLUMN scratch;
-- A column added in this migration to an existing table: no code uses it yet.
ALTER TABLE accounts ADD COLUMN tmp_flag boolean;
ALTER TABLE accounts DROP COLUMN tmp_flag;
-- A column from an earlier migration is used by running code.
-- expect: ban-drop-column
ALTER TABLE accounts DROP COLUMN owner;

-- file: V3__later.sql
-- The exemption holds only for the migration that added the column.
-- expect: ban-drop-column
ALTER TABLE drafts DROP COLUMN body;
-- Added by an earlier action of the same statement.
ALTER TABLE drafts ADD COLUMN tmp text, DROP COLUMN tmp;
