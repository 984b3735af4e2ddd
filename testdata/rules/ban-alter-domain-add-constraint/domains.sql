-- file: V1__create.sql
CREATE DOMAIN email_address AS text;
CREATE SCHEMA billing;
CREATE DOMAIN billing."Amount" AS numeric;
-- Nothing can use a domain created earlier in the same file: no table to scan.
ALTER DOMAIN email_address ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
ALTER DOMAIN billing."Amount" ADD CHECK (VALUE >= 0);

-- file: V2__constraints.sql
-- expect: ban-alter-domain-add-constraint
ALTER DOMAIN email_address ADD CONSTRAINT email_no_space CHECK (VALUE NOT LIKE '% %');

-- expect: ban-alter-domain-add-constraint
alter domain EMAIL_ADDRESS add check (length(VALUE) < 300);

-- expect: ban-alter-domain-add-constraint
ALTER DOMAIN billing."Amount" ADD CONSTRAINT "Amount_small" CHECK (VALUE < 1000000);

-- expect: ban-alter-domain-add-constraint
ALTER /* c */ DOMAIN public.email_address ADD
    -- line comment
    CONSTRAINT email_lower CHECK (VALUE = lower(VALUE));

-- "Email_Address" is another domain, unknown: its columns may be anywhere.
-- expect: ban-alter-domain-add-constraint
ALTER DOMAIN "Email_Address" ADD CHECK (VALUE <> '');

-- Several statements on one line: only the first is flagged.
-- expect: ban-alter-domain-add-constraint
ALTER DOMAIN email_address ADD CHECK (VALUE <> 'a'); ALTER DOMAIN email_address ADD CHECK (VALUE <> 'b') NOT VALID;

-- The safe form, and other ALTER DOMAIN forms.
ALTER DOMAIN email_address ADD CONSTRAINT email_not_empty CHECK (VALUE <> '') NOT VALID;
ALTER DOMAIN email_address VALIDATE CONSTRAINT email_not_empty;
ALTER DOMAIN email_address DROP CONSTRAINT email_no_space;
ALTER DOMAIN email_address SET DEFAULT 'nobody@example.com';
ALTER DOMAIN email_address RENAME CONSTRAINT email_lower TO email_lowercase;

-- file: V3__created_later.sql
CREATE DOMAIN ${schema}.zip_code AS text;
ALTER DOMAIN zip_code ADD CHECK (VALUE ~ '^[0-9]{5}$');
