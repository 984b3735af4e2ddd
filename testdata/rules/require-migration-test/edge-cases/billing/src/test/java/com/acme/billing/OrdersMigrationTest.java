package com.acme.billing;

/** A test of another module's migration does not count for this module's migrations. */
class OrdersMigrationTest {
    Object other = new com.acme.orders.db.migration.V3__Recompute_totals();
}
