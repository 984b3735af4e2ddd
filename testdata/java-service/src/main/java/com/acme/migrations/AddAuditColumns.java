package com.acme.migrations;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Bad too: Flyway cannot read a version from this name, and it lives outside db/migration. */
public class AddAuditColumns extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        context.getConnection().createStatement().execute("ALTER TABLE users ADD COLUMN created_at timestamptz");
    }
}
