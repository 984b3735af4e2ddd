CREATE TABLE countries (
    -- expect: ban-char-field
    code char(2) PRIMARY KEY,
    -- expect: ban-char-field
    alpha3 CHARACTER(3),
    -- expect: ban-char-field
    flag char,
    -- expect: ban-char-field
    legacy bpchar(8),
    name varchar(100),
    description character varying,
    kind "char"
);
-- expect: ban-char-field
ALTER TABLE countries ADD COLUMN iso_numeric nchar(3); ALTER TABLE countries ADD COLUMN note text;
-- expect: ban-char-field
ALTER TABLE audit.countries ALTER COLUMN code SET DATA TYPE char(3);
ALTER TABLE countries ALTER COLUMN code TYPE text;
