CREATE TABLE events (
    id bigint PRIMARY KEY,
    -- expect: prefer-jsonb
    payload json NOT NULL,
    -- expect: prefer-jsonb
    "Extra" JSON[],
    doc jsonb,
    json_text text
);
-- expect: prefer-jsonb
ALTER TABLE events ADD COLUMN IF NOT EXISTS meta json DEFAULT '{}'; ALTER TABLE events ADD COLUMN meta2 jsonb;
ALTER TABLE "events"
    ADD COLUMN tags jsonb,
    -- expect: prefer-jsonb
    ALTER COLUMN doc TYPE json USING doc::json;
ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;
