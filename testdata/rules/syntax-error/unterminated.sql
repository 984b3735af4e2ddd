CREATE TABLE notes (id bigint PRIMARY KEY, body text);
-- expect: syntax-error
INSERT INTO notes (body) VALUES ($body$never closed);
