INSERT INTO currencies VALUES ('EUR'), ('USD');
