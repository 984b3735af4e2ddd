CREATE TABLE countries (code text PRIMARY KEY, name text);
-- expect: ban-data-change-outside-bootstrap
INSERT INTO countries (code, name) VALUES ('DE', 'Germany');
-- expect: ban-data-change-outside-bootstrap
update countries set name = 'Deutschland' where code = 'DE';
-- expect: ban-data-change-outside-bootstrap
DELETE FROM countries WHERE code = 'XX';
-- expect: ban-data-change-outside-bootstrap
TRUNCATE countries;
-- expect: ban-data-change-outside-bootstrap
WITH gone AS (SELECT code FROM countries WHERE name IS NULL) DELETE FROM countries USING gone WHERE countries.code = gone.code;
-- Reading is fine.
SELECT setval('countries_seq', 10);
COPY countries TO STDOUT;
