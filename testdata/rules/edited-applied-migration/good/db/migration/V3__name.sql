-- new since the lock file was written
ALTER TABLE users ADD COLUMN name text;
