-- expect-file: require-standalone-schema-change
ALTER TABLE users ADD COLUMN email text;
