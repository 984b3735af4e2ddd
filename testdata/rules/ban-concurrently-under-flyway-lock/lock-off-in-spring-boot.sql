-- file: /src/main/resources/application.properties
spring.flyway.postgresql.transactional-lock=false
-- file: /src/main/resources/db/migration/V1__create.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text);
-- file: /src/main/resources/db/migration/V2__index.sql
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
