CREATE TABLE t (id bigint PRIMARY KEY, a text);
-- expect: unused-suppression
-- migration-lint: ignore require-concurrent-index-creation -- already concurrent
CREATE INDEX CONCURRENTLY t_a_idx ON t (a);

-- migration-lint: ignore ban-data-change-outside-bootstrap -- seed row required by the app
INSERT INTO t VALUES (1, 'x');

-- expect: unused-suppression
-- migration-lint: ignore no-such-rule -- typo
SELECT 1;
