CREATE TABLE notes (id bigint PRIMARY KEY, body text);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1 $fn$;
COMMENT ON TABLE notes IS 'it''s fine';
/* a /* nested */ comment */
SELECT E'\'escaped\'';
