-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);
-- Nobody uses a table created earlier in the same file.
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- file: V2__actions.sql
-- Each action is judged on its own.
ALTER TABLE users
    ADD COLUMN age int DEFAULT 0,
    -- expect: ban-set-not-null
    ALTER COLUMN age SET NOT NULL,
    ALTER COLUMN email SET NOT NULL,
    -- expect: ban-set-not-null
    ALTER COLUMN name SET NOT NULL;

-- Several statements on one line.
-- expect: ban-set-not-null
ALTER TABLE accounts ALTER COLUMN owner SET NOT NULL; ALTER TABLE users ALTER COLUMN email SET NOT NULL;
