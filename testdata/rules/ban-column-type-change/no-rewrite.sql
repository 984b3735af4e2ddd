-- file: V1__create.sql
CREATE TABLE users (id serial PRIMARY KEY, n int4, email varchar(10), login character varying(10), handle varchar,
    price numeric(10, 2), total numeric(10), bits varbit(8), flags bit(4), ts timestamp(3), tz timestamptz(3),
    t time(3), note text, "Title" text, tags varchar(10)[], flag char, b bit);
CREATE INDEX users_note_idx ON users (note);

-- file: V2__types.sql
-- Changes PostgreSQL makes without touching rows (measured on 15).
ALTER TABLE users ALTER COLUMN email TYPE varchar(20);
ALTER TABLE users ALTER COLUMN login TYPE character varying;
ALTER TABLE users ALTER COLUMN handle TYPE text;
ALTER TABLE users ALTER COLUMN "Title" TYPE varchar;
ALTER TABLE users ALTER COLUMN price TYPE numeric(12, 2);
ALTER TABLE users ALTER COLUMN total TYPE decimal(12);
ALTER TABLE users ALTER COLUMN total TYPE numeric;
ALTER TABLE users ALTER COLUMN bits TYPE bit varying(16);
ALTER TABLE users ALTER COLUMN flags TYPE varbit;
ALTER TABLE users ALTER COLUMN ts TYPE timestamp(6) without time zone;
ALTER TABLE users ALTER COLUMN tz TYPE timestamp with time zone;
ALTER TABLE users ALTER COLUMN t TYPE time(6);
ALTER TABLE users ALTER COLUMN tags TYPE varchar(10)[];
ALTER TABLE users ALTER COLUMN n TYPE integer;
ALTER TABLE users ALTER COLUMN flag TYPE character(1);
ALTER TABLE users ALTER COLUMN b TYPE bit(1);
ALTER TABLE users ALTER COLUMN id TYPE int;
ALTER TABLE users ALTER COLUMN n TYPE int USING n;
ALTER TABLE users ALTER COLUMN email TYPE varchar(30) USING email::varchar(30);
-- A collation change rewrites nothing; without an index on the column it rebuilds nothing either.
ALTER TABLE users ALTER COLUMN "Title" TYPE varchar COLLATE "C";

-- file: V3__collation.sql
-- With an index on the column, the index is rebuilt (measured on 15).
-- expect: ban-column-type-change
ALTER TABLE users ALTER COLUMN note TYPE text COLLATE "C";

-- file: V4__citext_and_utc.sql
-- citext <-> text rewrites no row; the indexes on the column are rebuilt (measured on 15).
CREATE TABLE tags (name citext, label text, at timestamp, seen timestamp);
CREATE INDEX tags_label_idx ON tags (label);
CREATE INDEX tags_at_idx ON tags (at DESC);

-- file: V5__changes.sql
ALTER TABLE tags ALTER COLUMN name TYPE text;
-- expect: ban-column-type-change
ALTER TABLE tags ALTER COLUMN label TYPE citext;
-- Under UTC timestamp -> timestamptz rewrites no row, but an index on the column is rebuilt.
SET timezone = 'UTC';
ALTER TABLE tags ALTER COLUMN seen TYPE timestamptz;
-- expect: ban-column-type-change
ALTER TABLE tags ALTER COLUMN at TYPE timestamptz;
