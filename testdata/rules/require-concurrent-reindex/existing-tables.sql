-- file: V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
CREATE TABLE "Audit Log" (id bigint PRIMARY KEY);

-- file: V2__reindex.sql
-- expect: require-concurrent-reindex
REINDEX TABLE users;

-- expect: require-concurrent-reindex
reindex index public.users_email_idx;

-- expect: require-concurrent-reindex
REINDEX (VERBOSE) TABLE "Audit Log";

-- expect: require-concurrent-reindex
REINDEX /* comment */ SCHEMA public;

-- expect: require-concurrent-reindex
REINDEX DATABASE app;

-- An index the history does not know: its table is assumed to exist.
-- expect: require-concurrent-reindex
REINDEX INDEX orders_customer_idx; REINDEX INDEX CONCURRENTLY orders_customer_idx;

-- System catalogs have no concurrent rebuild.
REINDEX SYSTEM app;
REINDEX TABLE CONCURRENTLY users;
REINDEX (CONCURRENTLY, VERBOSE) INDEX users_email_idx;
