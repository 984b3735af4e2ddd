-- expect: ban-drop-schema-or-database
DROP SCHEMA reporting CASCADE;
-- expect: ban-drop-schema-or-database
drop schema if exists "Archive", staging;
-- expect: ban-drop-schema-or-database
DROP /* old tenant */ DATABASE tenant_42;
-- A scratch schema created in this migration.
CREATE SCHEMA IF NOT EXISTS scratch;
DROP SCHEMA scratch CASCADE;
-- Other objects.
DROP TABLESPACE IF EXISTS fast_disks;
DROP VIEW reporting_view;
CREATE SCHEMA analytics;
-- expect: ban-drop-schema-or-database
DROP SCHEMA reporting; DROP SCHEMA analytics;
