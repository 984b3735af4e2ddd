-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__open.sql
-- expect: ban-uncommitted-transaction
BEGIN;
ALTER TABLE users ADD COLUMN nickname text;

-- file: V3__closed.sql
BEGIN;
ALTER TABLE users ADD COLUMN bio text;
COMMIT;
start transaction;
SAVEPOINT s1;
ROLLBACK TO SAVEPOINT s1;
ROLLBACK;
BEGIN WORK; UPDATE users SET bio = ''; END;

-- file: V4__reopened.sql
BEGIN;
ALTER TABLE users ADD COLUMN age int;
COMMIT;
-- expect: ban-uncommitted-transaction
BEGIN ISOLATION LEVEL SERIALIZABLE; UPDATE users SET age = 0;
-- A second BEGIN inside the open transaction does not open another.
BEGIN;
ALTER TABLE users ADD COLUMN city text;

-- file: V5__do_block.sql
DO $$
BEGIN
    UPDATE users SET city = 'x';
END
$$;
