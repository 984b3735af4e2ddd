-- new since the lock file was written: not an edit
ALTER TABLE users ADD COLUMN name text;
