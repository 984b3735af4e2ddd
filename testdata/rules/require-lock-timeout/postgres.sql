-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
CREATE TABLE sessions (id bigint PRIMARY KEY);
-- Created in this file: nobody else waits.
ALTER TABLE users ADD COLUMN nickname text;

-- file: V2__no_timeout.sql
-- expect: require-lock-timeout
ALTER TABLE users ADD COLUMN bio text;
-- expect: require-lock-timeout
CREATE INDEX users_email_idx ON public.users (email);
-- expect: require-lock-timeout
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
-- Locks that do not block writes.
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
ALTER TABLE users ALTER COLUMN email SET STATISTICS 500;
INSERT INTO users (id, email) VALUES (1, 'a@example.com');
-- expect: require-lock-timeout
CREATE TABLE addresses (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
-- expect: require-lock-timeout
TRUNCATE sessions;
-- expect: require-lock-timeout
DROP INDEX users_email_idx; SET lock_timeout = '2s'; DROP TABLE sessions;

-- file: V3__with_timeout.sql
SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN age int;
DROP TABLE IF EXISTS orders CASCADE;

-- file: V4__set_config.sql
SELECT set_config('lock_timeout', '3s', false);
ALTER TABLE users ADD COLUMN city text;

-- file: V5__set_local.sql
-- Flyway's transaction covers the whole script.
SET LOCAL lock_timeout TO '1s';
ALTER TABLE users ADD COLUMN zip text;

-- file: V6__matview.sql
-- A materialized view created in this file has no readers yet.
CREATE MATERIALIZED VIEW user_cities AS SELECT city, count(*) AS n FROM users GROUP BY city;
CREATE UNIQUE INDEX user_cities_city ON user_cities (city);
REFRESH MATERIALIZED VIEW user_cities;

-- file: V7__matview_later.sql
-- expect: require-lock-timeout
CREATE INDEX user_cities_n ON user_cities (n);
