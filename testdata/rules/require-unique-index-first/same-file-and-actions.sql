-- file: V1__create.sql
CREATE TABLE users (id bigint, email text, a int, b int);
-- Nobody uses a table created earlier in the same file.
ALTER TABLE users ADD PRIMARY KEY (id);
ALTER TABLE users ADD COLUMN handle text UNIQUE;

-- file: V2__actions.sql
ALTER TABLE users
    ADD COLUMN c int,
    -- expect: require-unique-index-first
    ADD CONSTRAINT users_a_key UNIQUE (a),
    -- expect: require-unique-index-first
    ADD COLUMN d int PRIMARY KEY;

-- Several statements on one line: only the first is flagged.
-- expect: require-unique-index-first
ALTER TABLE users ADD UNIQUE (b); ALTER TABLE users ADD CONSTRAINT k UNIQUE USING INDEX users_b_idx;
