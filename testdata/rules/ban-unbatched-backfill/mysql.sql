-- file: /.migration-lint.yml
dialect: mysql
-- file: V1__create.sql
CREATE TABLE `jobs` (`id` bigint NOT NULL PRIMARY KEY, `state` varchar(20));

-- file: V2__backfill.sql
-- expect: ban-unbatched-backfill
UPDATE `jobs` SET `state` = 'done';
-- expect: ban-unbatched-backfill
DELETE LOW_PRIORITY FROM jobs;
-- LIMIT makes it one batch.
UPDATE jobs SET state = 'done' LIMIT 1000;
DELETE FROM jobs ORDER BY id LIMIT 500;
UPDATE jobs SET state = (SELECT 'x' FROM dual LIMIT 1) WHERE id = 1;
