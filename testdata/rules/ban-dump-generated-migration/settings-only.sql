-- file: V1__client_encoding.sql
-- expect: ban-dump-generated-migration
SET client_encoding = 'UTF8';
CREATE TABLE a (id int);
-- file: V2__search_path.sql
CREATE TABLE b (id int);
-- expect: ban-dump-generated-migration
SELECT pg_catalog.set_config('search_path', '', false);
-- file: V3__two_restore_settings.sql
-- expect: ban-dump-generated-migration
SET standard_conforming_strings = on;
SET check_function_bodies = false;
CREATE TABLE c (id int);
-- file: V4__one_restore_setting_is_not_enough.sql
SET client_min_messages = warning;
CREATE TABLE d (id int);
-- file: V5__timeouts_are_good_hygiene.sql
SET lock_timeout = '5s';
SET statement_timeout = '30s';
SET LOCAL lock_timeout = '2s';
ALTER TABLE a ADD COLUMN note text;
-- file: V6__mentions_are_not_headers.sql
-- We used to restore a pg_dump here; now the migration creates the table itself.
SELECT set_config('search_path', 'public', false);
CREATE TABLE e (id int);
