-- file: V1__create.sql
CREATE TABLE sessions (id bigint PRIMARY KEY);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY);

-- file: V2__truncate.sql
-- expect: ban-truncate
TRUNCATE sessions;
-- expect: ban-truncate
truncate table only audit.events restart identity cascade;
-- expect: ban-truncate
TRUNCATE /* all of them */ "sessions", audit.events; SELECT 1;
-- Unknown to the history: assumed to exist.
-- expect: ban-truncate
TRUNCATE TABLE orders;
-- A table this migration created is only scratch space.
CREATE TABLE import_buffer (id bigint PRIMARY KEY);
TRUNCATE import_buffer;
CREATE TEMP TABLE ids (id bigint);
TRUNCATE ids;
-- DELETE with WHERE is not TRUNCATE.
DELETE FROM sessions WHERE id < 10;
