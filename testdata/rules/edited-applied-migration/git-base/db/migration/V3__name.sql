-- added after the base: new, not edited
ALTER TABLE users ADD COLUMN name text;
