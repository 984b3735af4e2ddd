CREATE TABLE currencies (code text PRIMARY KEY);
-- expect: ban-data-change-outside-bootstrap
INSERT INTO currencies VALUES ('CHF');
