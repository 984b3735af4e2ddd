package com.acme.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

// expect: require-rollback
public class V2__Backfill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        context.getConnection().createStatement().execute("ALTER TABLE users ADD COLUMN name text");
    }

    /** Not a rollback method: the name is not in java.rollbackMethods. */
    private void revert(Context context) {
    }
}
