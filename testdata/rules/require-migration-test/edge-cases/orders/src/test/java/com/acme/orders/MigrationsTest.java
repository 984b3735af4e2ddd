package com.acme.orders;

class MigrationsTest {
    // V3__Recompute_totals_old was a different class
    Object split = new com.acme.orders.db.migration.V2__Split_addresses();
}
