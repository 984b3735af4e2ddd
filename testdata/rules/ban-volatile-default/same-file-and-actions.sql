-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- Nobody uses a table created earlier in the same file.
ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();

-- file: V2__actions.sql
ALTER TABLE users
    ADD COLUMN a int DEFAULT 0,
    -- expect: ban-volatile-default
    ADD COLUMN b float8 DEFAULT random(),
    -- expect: ban-volatile-default
    ADD COLUMN c uuid DEFAULT gen_random_uuid();

-- Several statements on one line: only the first is flagged.
-- expect: ban-volatile-default
ALTER TABLE users ADD d float8 DEFAULT random(); ALTER TABLE users ADD e int DEFAULT 1;
