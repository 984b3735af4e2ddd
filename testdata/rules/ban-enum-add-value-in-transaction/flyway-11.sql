-- file: /.migration-lint.yml
targetVersion: "11"
-- file: V1__create.sql
CREATE TYPE order_status AS ENUM ('new', 'paid');

-- file: V2__alone.sql
-- Before 12 Flyway detects ADD VALUE and runs a script holding only it outside a transaction.
ALTER TYPE order_status ADD VALUE 'shipped';
alter type public.order_status add value if not exists 'returned' after 'shipped';

-- file: V3__mixed.sql
-- Mixed with other statements: Flyway refuses the script, even though PostgreSQL would accept the
-- value in the transaction that created the type.
CREATE TYPE "Priority" AS ENUM ('low');
-- expect: ban-enum-add-value-in-transaction
ALTER TYPE "Priority" /* comment */ ADD VALUE 'high';

-- file: V4__conf.sql.conf
executeInTransaction=true
-- file: V4__conf.sql
-- expect: ban-enum-add-value-in-transaction
ALTER TYPE order_status ADD VALUE 'cancelled';
-- Other ALTER TYPE forms run anywhere.
ALTER TYPE order_status RENAME VALUE 'new' TO 'created';

-- file: V5__explicit.sql.conf
executeInTransaction=false
-- file: V5__explicit.sql
BEGIN;
-- expect: ban-enum-add-value-in-transaction
ALTER TYPE order_status ADD VALUE 'lost';
COMMIT;
ALTER TYPE order_status ADD VALUE 'found';
