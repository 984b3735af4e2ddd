-- expect: require-suppression-reason
-- migration-lint: ignore ban-data-change-outside-bootstrap
INSERT INTO t VALUES (1);
-- migration-lint: ignore ban-data-change-outside-bootstrap -- seed row required by the app
INSERT INTO t VALUES (2);
-- expect: require-suppression-reason
-- migration-lint: ignore-file ban-data-change-outside-bootstrap --
