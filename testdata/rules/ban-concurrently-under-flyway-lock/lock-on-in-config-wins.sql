-- file: /.migration-lint.yml
flyway:
  transactionalLock: true
-- file: /flyway.conf
flyway.postgresql.transactional.lock=false
-- file: V1__create.sql
-- .migration-lint.yml wins over flyway.conf.
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: V2__index.sql
-- expect: ban-concurrently-under-flyway-lock
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
