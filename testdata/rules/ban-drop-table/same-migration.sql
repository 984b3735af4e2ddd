-- file: V1__create.sql
CREATE TABLE accounts (id bigint PRIMARY KEY, owner text);
CREATE TABLE scratch (id bigint);
-- Created in this migration: dropping it harms nobody.
CREATE TABLE tmp_import (id bigint, owner text);
DROP TABLE tmp_import;
CREATE TEMPORARY TABLE tmp_ids (id bigint);
DROP TABLE tmp_ids;

-- file: V2__rebuild.sql
-- The table-rebuild pattern: rename aside, create anew, copy, drop the old copy.
ALTER TABLE accounts RENAME TO accounts_old;
CREATE TABLE accounts (id bigint PRIMARY KEY, owner text NOT NULL);
INSERT INTO accounts SELECT id, coalesce(owner, '') FROM accounts_old;
DROP TABLE accounts_old;
-- A table from an earlier migration.
-- expect: ban-drop-table
DROP TABLE scratch;

-- file: V3__init_guard.sql
-- DROP IF EXISTS of a table the history does not know, created again right after: the guard of an
-- initial schema script.
DROP TABLE IF EXISTS settings;
CREATE TABLE settings (name text PRIMARY KEY, value text);
-- Without IF EXISTS it is a real drop.
-- expect: ban-drop-table
DROP TABLE flags;
CREATE TABLE flags (name text PRIMARY KEY);
-- Known to the history: dropping and re-creating loses its rows.
-- expect: ban-drop-table
DROP TABLE IF EXISTS accounts;
CREATE TABLE accounts (id bigint PRIMARY KEY);
