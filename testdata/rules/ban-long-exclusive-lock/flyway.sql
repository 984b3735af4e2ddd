-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
-- Tables created in this file: nobody waits for them.
ALTER TABLE users ADD COLUMN nickname text;
UPDATE users SET nickname = email;

-- file: V2__backfill.sql
ALTER TABLE users ADD COLUMN email_normalized text;
-- expect: ban-long-exclusive-lock
UPDATE users SET email_normalized = lower(email);
-- Reported once per lock: further work under the same lock repeats the same hazard.
delete from public.users where email is null;
SELECT count(*) FROM users;

-- file: V3__index.sql
ALTER TABLE "users" ALTER COLUMN email SET NOT NULL;
-- expect: ban-long-exclusive-lock
CREATE INDEX orders_user_idx ON orders (user_id);

-- file: V4__two_tables.sql
ALTER TABLE users ADD COLUMN age int, ADD COLUMN city text;
ALTER TABLE users ALTER COLUMN age SET DEFAULT 0;
-- expect: ban-long-exclusive-lock
ALTER TABLE /* comment */ orders ADD COLUMN note text;
-- A third table: the second one was reported already.
ALTER TABLE users_archive ADD COLUMN note text;
-- expect: ban-long-exclusive-lock
UPDATE orders SET note = '';

-- file: V5__new_table.sql
ALTER TABLE users DROP COLUMN city;
CREATE TABLE user_archive (id bigint, email text);
CREATE INDEX user_archive_id ON user_archive (id);
-- expect: ban-long-exclusive-lock
INSERT INTO user_archive SELECT id, email FROM users;

-- file: V6__weaker_locks.sql
-- CREATE INDEX takes SHARE, not ACCESS EXCLUSIVE.
CREATE INDEX users_email_idx ON users (email);
UPDATE orders SET note = '';

-- file: V7__truncate.sql
-- expect: ban-long-exclusive-lock
TRUNCATE orders; INSERT INTO orders (id, user_id) VALUES (1, 1);

-- file: V8__matview.sql
-- The index of a materialized view created in this transaction builds on a relation nobody reads yet.
ALTER TABLE users ADD COLUMN country text;
CREATE MATERIALIZED VIEW user_countries AS SELECT country, count(*) AS n FROM users GROUP BY country;
CREATE UNIQUE INDEX user_countries_country ON user_countries (country);
