CREATE TABLE users (id bigint PRIMARY KEY, email text, email_lower text);
