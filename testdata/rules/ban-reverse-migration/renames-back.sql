-- file: V1__users.sql
CREATE TABLE users (id bigint PRIMARY KEY, mail text);
CREATE TABLE orders (id bigint PRIMARY KEY);
CREATE TABLE invoices (id bigint PRIMARY KEY);
-- file: V2__rename.sql
ALTER TABLE users RENAME TO accounts;
ALTER TABLE accounts RENAME COLUMN mail TO email;
-- file: V3__rename_back.sql
-- Both renames of V2 go back: V3 only undoes V2.
-- expect: ban-reverse-migration
ALTER TABLE accounts RENAME COLUMN email TO mail;
ALTER TABLE public.accounts RENAME TO users;
-- file: V4__orders.sql
ALTER TABLE orders RENAME TO purchases;
-- file: V5__onward.sql
-- Renamed onward, not back: a change of its own.
ALTER TABLE purchases RENAME TO sales;
-- file: V6__back_one_step.sql
-- Back to V5's starting name: it undoes V5, not V4.
-- expect: ban-reverse-migration
ALTER TABLE sales RENAME TO purchases;
-- file: V7__invoices.sql
ALTER TABLE invoices RENAME COLUMN id TO invoice_id;
-- file: V8__back_and_more.sql
-- Renames back and adds a column: it does more than undo.
ALTER TABLE invoices RENAME COLUMN invoice_id TO id;
ALTER TABLE invoices ADD COLUMN total numeric;
-- file: V9__created_not_renamed.sql
CREATE TABLE drafts (id bigint PRIMARY KEY);
-- file: V10__rename_created.sql
-- drafts was created under this name, never renamed: a rename is a change.
ALTER TABLE drafts RENAME TO notes;
-- file: V11__recreated.sql
DROP TABLE notes;
CREATE TABLE notes (id bigint PRIMARY KEY);
-- file: V12__rename_recreated.sql
-- notes was dropped and created again after V10 renamed drafts to it: renaming it to drafts undoes nothing.
ALTER TABLE notes RENAME TO drafts;
