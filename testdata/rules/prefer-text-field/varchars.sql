CREATE TABLE users (
    id bigint PRIMARY KEY,
    -- expect: prefer-text-field
    email varchar(255) NOT NULL,
    -- expect: prefer-text-field
    "Name" CHARACTER VARYING(100),
    -- expect: prefer-text-field
    tags varchar(20)[],
    bio varchar,
    notes text,
    code char(2)
);
-- expect: prefer-text-field
ALTER TABLE users ADD COLUMN nickname varchar(50), ADD COLUMN avatar text;
-- expect: prefer-text-field
ALTER TABLE audit.users ALTER COLUMN email TYPE varchar(320); ALTER TABLE audit.users ALTER COLUMN bio TYPE text;
-- Temporary tables are short-lived.
CREATE TEMPORARY TABLE import (email varchar(255));
