CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      text NOT NULL,
    total_cents bigint NOT NULL
);

-- Same migration as the CREATE TABLE: nobody uses the table yet, so a plain index is fine.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
