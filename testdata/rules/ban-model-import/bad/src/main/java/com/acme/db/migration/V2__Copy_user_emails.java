package com.acme.db.migration;

// expect: ban-model-import
import com.acme.model.User;
// expect: ban-model-import
import com.acme.repository.UserRepository;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V2__Copy_user_emails extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (User user : new UserRepository(context.getConnection()).findAll()) {
                statement.executeUpdate("UPDATE users SET email_lower = lower(email) WHERE id = " + user.getId());
            }
        }
    }
}
