-- file: 1_users.up.sql
-- expect: ban-existence-checks
CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);
-- file: 1_users.down.sql
DROP TABLE IF EXISTS users;
