-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text, nickname text, "Legacy" text, age int, bio text);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY, payload text, source text);

-- file: V2__drop.sql
-- expect: ban-drop-column
ALTER TABLE users DROP COLUMN email;

-- Without the COLUMN keyword, with IF EXISTS, quoted and schema-qualified names.
-- expect: ban-drop-column
alter table if exists only public.users drop if exists nickname;
-- expect: ban-drop-column
ALTER TABLE "users" DROP COLUMN "Legacy" CASCADE;
-- expect: ban-drop-column
ALTER TABLE audit.events DROP /* comment between tokens */ COLUMN payload;

-- Several actions in one ALTER TABLE: one finding per dropped column, at the action.
ALTER TABLE users
    ADD COLUMN display_name text,
    -- expect: ban-drop-column
    DROP COLUMN age,
    -- expect: ban-drop-column
    DROP COLUMN bio;

-- Two statements on one line.
-- expect: ban-drop-column
ALTER TABLE audit.events DROP COLUMN source; ALTER TABLE audit.events ADD COLUMN origin text;

-- Tables the history does not know are assumed to exist already.
-- expect: ban-drop-column
ALTER TABLE orders DROP COLUMN coupon;

-- Dropping a constraint, a default or NOT NULL is not dropping a column.
ALTER TABLE users DROP CONSTRAINT users_pkey;
ALTER TABLE users ALTER COLUMN display_name DROP DEFAULT;
ALTER TABLE users ALTER COLUMN display_name DROP NOT NULL;
