-- expect-file: migration-retention
ALTER TABLE users ADD COLUMN name text;
