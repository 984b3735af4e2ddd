-- file: V1__misc.sql
-- expect: unrecognized-statement
ALTR TABLE users ADD COLUMN nickname text;
-- expect: unrecognized-statement
FROBNICATE everything; SELECT 1;
-- Understood by the recognizer.
CREATE TABLE users (id bigint PRIMARY KEY);
GRANT SELECT ON users TO reporting;
DO $$ BEGIN PERFORM 1; END $$;
-- Not read by the recognizer, but JSqlParser parses it: understood.
UPSERT INTO users (id) VALUES (1);

-- file: V2__more.sql
CREATE TABLE tags (name text PRIMARY KEY);

-- file: U2__undo_more.sql
-- Undo scripts are checked too.
-- expect: unrecognized-statement
DORP TABLE tags;
