package com.acme.db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The good migration: plain SQL through Flyway's connection, and its way back. */
public class V2__Add_display_name extends BaseJavaMigration {

    private static final String ADD_COLUMN = "ALTER TABLE users ADD COLUMN display_name text";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(ADD_COLUMN);
        }
    }

    public void rollback(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE users DROP COLUMN display_name");
        }
    }
}
