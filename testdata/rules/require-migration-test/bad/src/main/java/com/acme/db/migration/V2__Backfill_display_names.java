package com.acme.db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

// expect: require-migration-test
public class V2__Backfill_display_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.executeUpdate("UPDATE users SET display_name = split_part(email, '@', 1)"
                    + " WHERE display_name IS NULL");
        }
    }
}
