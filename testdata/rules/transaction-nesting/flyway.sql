-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);

-- file: V2__wrapped.sql
-- expect: transaction-nesting
BEGIN;
ALTER TABLE users ADD COLUMN nickname text;
-- expect: transaction-nesting
COMMIT;

-- file: V3__variants.sql
-- expect: transaction-nesting
start transaction isolation level serializable;
SAVEPOINT before_update;
UPDATE users SET nickname = email;
ROLLBACK TO SAVEPOINT before_update;
RELEASE SAVEPOINT before_update;
-- expect: transaction-nesting
END;
-- expect: transaction-nesting
BEGIN WORK; ALTER TABLE users ADD COLUMN bio text;
-- expect: transaction-nesting
ROLLBACK;

-- file: V4__blocks.sql
-- A DO block's BEGIN ... END is PL/pgSQL, not a transaction.
DO $$
BEGIN
    UPDATE users SET nickname = NULL;
END
$$;

-- file: V5__own_transactions.sql.conf
executeInTransaction=false
-- file: V5__own_transactions.sql
-- Flyway runs this script without a transaction: it may manage its own.
BEGIN;
ALTER TABLE users ADD COLUMN age int;
COMMIT;
