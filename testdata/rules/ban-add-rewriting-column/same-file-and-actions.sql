-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, a int);
-- Nobody uses a table created earlier in the same file.
ALTER TABLE users ADD COLUMN seq bigserial;

-- file: V2__actions.sql
ALTER TABLE users
    ADD COLUMN b int,
    -- expect: ban-add-rewriting-column
    ADD COLUMN c serial,
    -- expect: ban-add-rewriting-column
    ADD COLUMN d int GENERATED ALWAYS AS (a + 1) STORED;

-- Several statements on one line: only the first is flagged.
-- expect: ban-add-rewriting-column
ALTER TABLE users ADD e serial8; ALTER TABLE users ADD f int8;
