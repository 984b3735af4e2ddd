-- file: V1__create.sql
-- expect: require-column-comment
CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    -- expect: require-column-comment
    total_cents bigint NOT NULL,
    "Currency" text
);
COMMENT ON COLUMN invoices.id IS 'Invoice number';
COMMENT ON COLUMN public.invoices."Currency" IS 'ISO 4217 code';

CREATE TABLE audit.events (id bigint PRIMARY KEY);
COMMENT ON TABLE audit.events IS 'Everything that happened';
COMMENT ON COLUMN audit.events.id IS 'Event id';

-- Not flagged: temporary tables and partitions.
CREATE TEMP TABLE ids (id bigint);
CREATE TABLE events_2024 PARTITION OF audit.events FOR VALUES FROM (1) TO (100);

-- file: V2__add.sql
ALTER TABLE invoices
    -- expect: require-column-comment
    ADD COLUMN due_on date,
    ADD COLUMN paid_on date;
COMMENT ON COLUMN invoices.paid_on IS 'When the payment arrived';
-- The comment must be in the same migration as the column.
-- expect: require-column-comment
ALTER TABLE audit.events ADD COLUMN source text;

-- file: V3__comment_later.sql
COMMENT ON COLUMN audit.events.source IS 'Too late for V2';
