package com.acme.orders.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

// expect: require-migration-test
public class V3__Recompute_totals extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        context.getConnection().createStatement().execute("UPDATE orders SET total = 0 WHERE total IS NULL");
    }
}
