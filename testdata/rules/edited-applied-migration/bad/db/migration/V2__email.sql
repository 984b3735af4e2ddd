-- expect-file: edited-applied-migration
ALTER TABLE users ADD COLUMN email varchar(320);
