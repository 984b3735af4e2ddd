CREATE TABLE events (
    id bigint PRIMARY KEY,
    -- expect: prefer-timestamptz
    created_at timestamp NOT NULL DEFAULT now(),
    -- expect: prefer-timestamptz
    updated_at TIMESTAMP(3) WITHOUT TIME ZONE,
    -- expect: prefer-timestamptz
    history timestamp[],
    seen_at timestamptz,
    sent_at timestamp with time zone,
    "timestamp" text,
    day date,
    at_time time
);
-- expect: prefer-timestamptz
ALTER TABLE events ADD COLUMN /* when */ deleted_at timestamp;
ALTER TABLE events
    ADD COLUMN archived_at timestamptz,
    -- expect: prefer-timestamptz
    ALTER COLUMN seen_at TYPE timestamp without time zone;
-- Converting to timestamptz is the fix.
ALTER TABLE events ALTER COLUMN created_at TYPE timestamptz;
