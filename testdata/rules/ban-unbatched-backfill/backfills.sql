-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text, verified boolean);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id bigint PRIMARY KEY, payload text);

-- file: V2__backfill.sql
-- expect: ban-unbatched-backfill
UPDATE users SET verified = false;
-- expect: ban-unbatched-backfill
delete from only audit.events;
-- expect: ban-unbatched-backfill
UPDATE "users" u SET email = lower(u.email) FROM (SELECT id FROM users WHERE email IS NOT NULL) s;
-- A WHERE inside a subquery or CTE does not limit the outer statement.
-- expect: ban-unbatched-backfill
WITH stale AS (SELECT id FROM users WHERE verified IS NULL) UPDATE users SET verified = (SELECT count(*) > 0 FROM stale);
-- expect: ban-unbatched-backfill
DELETE FROM audit.events; DELETE FROM audit.events WHERE id < 100;
-- Unknown to the history: assumed to exist.
-- expect: ban-unbatched-backfill
UPDATE orders SET status = 'open';

-- A WHERE clause is a deliberate choice of rows.
UPDATE users SET verified = false WHERE id BETWEEN 1 AND 10000;
UPDATE users /* comment */ SET verified = true WHERE verified IS NULL;
DELETE FROM audit.events USING users WHERE audit.events.id = users.id;
-- Inserts and reads are not backfills of existing rows.
INSERT INTO users (id, email) VALUES (1, 'a@example.com');
SELECT count(*) FROM users;
