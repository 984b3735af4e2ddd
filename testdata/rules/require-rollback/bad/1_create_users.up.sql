-- expect-file: require-rollback
CREATE TABLE users (id bigint PRIMARY KEY);
