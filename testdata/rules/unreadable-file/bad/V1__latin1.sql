-- expect-file: unreadable-file
COMMENT ON TABLE t IS 'café';
