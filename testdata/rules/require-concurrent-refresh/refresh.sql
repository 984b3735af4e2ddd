-- file: V1__views.sql
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
CREATE MATERIALIZED VIEW customer_totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY 1;
CREATE UNIQUE INDEX customer_totals_key ON customer_totals (customer_id);
-- Created in this file: nobody reads it yet (and it cannot be refreshed concurrently before it is populated).
REFRESH MATERIALIZED VIEW customer_totals;

-- file: V2__refresh.sql
-- expect: require-concurrent-refresh
REFRESH MATERIALIZED VIEW customer_totals;

-- expect: require-concurrent-refresh
refresh materialized view public.customer_totals with data;

-- expect: require-concurrent-refresh
REFRESH /* comment */ MATERIALIZED VIEW
    "reporting"."Daily Totals";

-- expect: require-concurrent-refresh
REFRESH MATERIALIZED VIEW customer_totals; REFRESH MATERIALIZED VIEW CONCURRENTLY customer_totals;

REFRESH MATERIALIZED VIEW CONCURRENTLY customer_totals;
-- WITH NO DATA has no concurrent form.
REFRESH MATERIALIZED VIEW customer_totals WITH NO DATA;

-- file: V3__recreate.sql
-- A view created in this same file again (after a drop): exempt.
DROP MATERIALIZED VIEW customer_totals;
CREATE MATERIALIZED VIEW customer_totals AS SELECT customer_id, count(*) AS n FROM orders GROUP BY 1 WITH NO DATA;
REFRESH MATERIALIZED VIEW customer_totals;
