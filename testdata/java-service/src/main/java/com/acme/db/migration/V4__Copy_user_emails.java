package com.acme.db.migration;

import com.acme.model.User;
import jakarta.persistence.EntityManager;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The bad migration: it uses the application's model and JPA, and has no way back. */
public class V4__Copy_user_emails extends BaseJavaMigration {

    private final EntityManager entityManager;

    public V4__Copy_user_emails(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE users ADD COLUMN email_lower text");
        }
        User user = entityManager.find(User.class, 1L);
        user.setEmail(user.getEmail().toLowerCase());
        entityManager.persist(user);
    }
}
