-- migration-lint: bootstrap
CREATE TABLE currencies (code text PRIMARY KEY);
INSERT INTO currencies VALUES ('EUR'), ('USD');
