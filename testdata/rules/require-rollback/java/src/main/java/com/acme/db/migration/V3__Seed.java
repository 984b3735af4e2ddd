package com.acme.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V3__Seed extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        context.getConnection().createStatement().execute("ALTER TABLE users ADD COLUMN seeded boolean");
    }

    public void rollback(Context context) throws Exception {
        context.getConnection().createStatement().execute("ALTER TABLE users DROP COLUMN seeded");
    }
}
