package com.acme.billing.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

// expect: require-migration-test
public class V2__Move_invoices extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        context.getConnection().createStatement().execute("UPDATE invoices SET moved = true");
    }
}
