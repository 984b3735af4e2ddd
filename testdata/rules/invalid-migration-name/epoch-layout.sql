-- file: /.migration-lint.yml
layout: epoch
-- file: V1500360784__users.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: 1500360800__bare_epoch.sql
ALTER TABLE users ADD COLUMN ok text;
-- file: V15003607__too_small.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN a text;
-- file: V1500360784000__milliseconds.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN b text;
