-- file: V1__create.sql
CREATE TABLE users (id serial PRIMARY KEY, n int, email varchar(10), code char(5), price numeric(10, 2),
    amount numeric, bits varbit(8), flags bit(4), ts timestamp(3), tz timestamptz, note text, tags varchar(10)[]);
CREATE SCHEMA audit;
CREATE TABLE audit."Events" ("Kind" varchar(20), at timestamp);

-- file: V2__types.sql
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN n TYPE bigint;

-- expect: ban-column-type-change
alter table USERS alter N set data type INT2;

-- Narrowing, and changing char(n), rewrite (measured on 15).
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN email TYPE varchar(5);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN code TYPE char(10);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN code TYPE text;
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN note TYPE varchar(100);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN price TYPE numeric(12, 3);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN price TYPE numeric(8, 2);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN amount TYPE numeric(10, 2);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN flags TYPE varbit(8);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN ts TYPE timestamp(1);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN tags TYPE varchar(20)[];
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN id TYPE bigint;

-- A USING expression other than the bare column recomputes every row.
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN n TYPE int USING n + 0;

-- expect: ban-column-type-change
ALTER TABLE IF EXISTS ONLY audit."Events" ALTER COLUMN "Kind" TYPE varchar(10);

-- expect: ban-column-type-change
ALTER TABLE users ALTER /* c */ COLUMN note
    TYPE jsonb USING note::jsonb;

-- Unknown tables and columns: the current type is unknown.
-- expect: ban-column-type-change
ALTER TABLE orders ALTER COLUMN total TYPE varchar(20);
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN missing TYPE text;

-- timestamp <-> timestamptz: no rewrite on 12+ only when the session TimeZone is UTC.
-- expect: ban-column-type-change
ALTER TABLE audit."Events" ALTER COLUMN at TYPE timestamptz;
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN tz TYPE timestamp;

-- file: V3__utc.sql
-- With the session TimeZone at UTC, PostgreSQL 12+ changes timestamp <-> timestamptz without a rewrite.
SET timezone = 'UTC';
ALTER TABLE audit."Events" ALTER COLUMN at TYPE timestamp;
SET TIME ZONE 'Europe/Berlin';
-- expect: ban-column-type-change
ALTER TABLE audit."Events" ALTER COLUMN at TYPE timestamptz;
SET TIME ZONE 'Etc/UTC';
ALTER TABLE audit."Events" ALTER COLUMN at TYPE timestamp;
