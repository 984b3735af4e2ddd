-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- Nobody uses a table created earlier in the same file.
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;

-- file: V2__actions.sql
ALTER TABLE users
    ADD COLUMN a int,
    -- expect: ban-add-required-column
    ADD COLUMN b int NOT NULL,
    ADD COLUMN c int NOT NULL DEFAULT 0,
    -- expect: ban-add-required-column
    ADD COLUMN d int NOT NULL;

-- expect: ban-add-required-column
-- expect: ban-add-required-column
ALTER TABLE users ADD e int NOT NULL, ADD f int NOT NULL;

-- Several statements on one line: only the first is flagged.
-- expect: ban-add-required-column
ALTER TABLE users ADD g int NOT NULL; ALTER TABLE users ADD h int;
