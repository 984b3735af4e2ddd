-- file: V1__create.sql
CREATE TABLE bookings (id bigint PRIMARY KEY, room int, during tstzrange);
CREATE SCHEMA audit;
CREATE TABLE audit."Slots" (id bigint, during tsrange);
-- Nobody uses a table created earlier in the same file.
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&);

-- file: V2__exclude.sql
-- expect: ban-exclusion-constraint
ALTER TABLE bookings ADD CONSTRAINT bookings_room_overlap EXCLUDE USING gist (room WITH =, during WITH &&);

-- expect: ban-exclusion-constraint
alter table BOOKINGS add exclude using gist (DURING with &&) where (room > 0);

-- expect: ban-exclusion-constraint
ALTER TABLE IF EXISTS ONLY audit."Slots" ADD CONSTRAINT "Slots_excl" EXCLUDE USING gist (during WITH &&);

-- Tables the history does not know are assumed to exist already.
-- expect: ban-exclusion-constraint
ALTER TABLE rooms ADD EXCLUDE USING gist (during WITH &&);

ALTER TABLE bookings
    ADD COLUMN note text,
    -- expect: ban-exclusion-constraint
    ADD /* c */ CONSTRAINT bookings_x EXCLUDE (id WITH =);

-- Several statements on one line: only the first is flagged.
-- expect: ban-exclusion-constraint
ALTER TABLE bookings ADD EXCLUDE (id WITH =); ALTER TABLE bookings ADD CONSTRAINT u UNIQUE (id);

-- A new table with the constraint is the safe way.
CREATE TABLE bookings_v2 (id bigint PRIMARY KEY, during tstzrange, EXCLUDE USING gist (during WITH &&));
