package com.acme.orders.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Referenced by its qualified name from this module's tests. */
public class V2__Split_addresses extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        context.getConnection().createStatement().execute("UPDATE orders SET city = 'x' WHERE city IS NULL");
    }
}
