-- file: V1__create.sql
CREATE TABLE drafts (id bigint PRIMARY KEY, body text);
ALTER TABLE drafts RENAME COLUMN body TO content;

-- file: V2__later.sql
-- expect: ban-rename-column
ALTER TABLE drafts RENAME COLUMN content TO text_body;
