-- repeatable: re-applied whenever it changes, never locked
CREATE OR REPLACE VIEW user_names AS SELECT id, email FROM users;
