-- file: /.migration-lint.yml
layout: timestamp
-- file: 20170123120000000__users.sql
CREATE TABLE users (id bigint PRIMARY KEY);
-- file: 20170231120000000__february_31st.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN a text;
-- file: 2017012312000000__sixteen_digits.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN b text;
-- file: 20170123250000000__hour_25.sql
-- expect-file: invalid-migration-name
ALTER TABLE users ADD COLUMN c text;
