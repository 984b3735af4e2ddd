-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, a int, b varchar(10), c int);
-- Nobody uses a table created earlier in the same file.
ALTER TABLE users ALTER COLUMN a TYPE bigint;

-- file: V2__actions.sql
-- The catalog knows a's type changed in V1; each action is judged on its own.
ALTER TABLE users
    ALTER COLUMN a TYPE bigint,
    ALTER COLUMN b TYPE varchar(20),
    -- expect: ban-column-type-change
    ALTER COLUMN c TYPE bigint;

-- Several statements on one line: only the first is flagged.
-- expect: ban-column-type-change
ALTER TABLE users ALTER c TYPE text; ALTER TABLE users ALTER b TYPE text;

-- A later change is judged against the type the migrations left.
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN b TYPE varchar(30);
