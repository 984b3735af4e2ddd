-- expect-file: migration-retention
CREATE TABLE users (id bigint PRIMARY KEY);
