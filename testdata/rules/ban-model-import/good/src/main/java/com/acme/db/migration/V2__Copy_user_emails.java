package com.acme.db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Works on the table as it was when the migration was written: plain SQL, no application classes. */
public class V2__Copy_user_emails extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.executeUpdate("UPDATE users SET email_lower = lower(email) WHERE email_lower IS NULL");
        }
    }
}
