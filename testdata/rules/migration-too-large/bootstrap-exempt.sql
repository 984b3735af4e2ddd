-- file: /.migration-lint.yml
limits: { maxStatements: 2 }
bootstrap: ["**/seed/**"]
-- file: V1__users.sql
CREATE TABLE users (id int);
-- file: seed/V2__seed.sql
INSERT INTO users VALUES (1);
INSERT INTO users VALUES (2);
INSERT INTO users VALUES (3);
