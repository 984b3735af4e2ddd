-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, phone text, "Nick" text, zip text);

-- file: V2__checks.sql
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;
ALTER TABLE users ADD CONSTRAINT users_phone_check CHECK (phone IS NOT NULL AND phone <> '') NOT VALID;
ALTER TABLE users ADD CONSTRAINT users_nick_check CHECK ((NOT ("Nick" IS NULL))) NOT VALID;
ALTER TABLE users ADD CONSTRAINT users_zip_check CHECK (zip IS NOT NULL OR phone IS NOT NULL) NOT VALID;

-- file: V3__validate.sql
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users VALIDATE CONSTRAINT users_phone_check;
ALTER TABLE users VALIDATE CONSTRAINT users_nick_check;
ALTER TABLE users VALIDATE CONSTRAINT users_zip_check;

-- file: V4__set_not_null.sql
-- PostgreSQL 12+ proves NOT NULL from a validated CHECK and skips the scan (measured on 15).
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users ALTER COLUMN phone SET NOT NULL, ALTER COLUMN "Nick" SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;

-- A CHECK that is still NOT VALID proves nothing.
-- expect: ban-set-not-null
ALTER TABLE users ALTER COLUMN name SET NOT NULL;

-- An OR does not prove either column NOT NULL.
-- expect: ban-set-not-null
ALTER TABLE users ALTER COLUMN zip SET NOT NULL;

-- A check on another column proves nothing about this one.
ALTER TABLE users ADD COLUMN city text;
-- expect: ban-set-not-null
ALTER TABLE users ALTER COLUMN city SET NOT NULL;
