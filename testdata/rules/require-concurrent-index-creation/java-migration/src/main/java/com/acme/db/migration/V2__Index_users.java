package com.acme.db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V2__Index_users extends BaseJavaMigration {

    // expect: require-concurrent-index-creation
    private static final String NAME_INDEX = "CREATE INDEX users_name ON users (name)";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            // expect: require-concurrent-index-creation
            statement.execute("CREATE INDEX users_email ON users (email)");
            statement.execute(NAME_INDEX);
            statement.execute("""
                    CREATE TABLE audit (id bigint, at timestamptz);
                    CREATE INDEX audit_at ON audit (at);
                    -- expect: require-concurrent-index-creation
                    CREATE UNIQUE INDEX users_email_unique
                        ON users (lower(email));
                    """);
            statement.execute("CREATE INDEX CONCURRENTLY users_created ON users (created_at)");
            // expect: require-concurrent-index-creation
            statement.execute("CREATE INDEX users_id_name ON public.users (id, name); "
                    // expect: require-concurrent-index-creation
                    + "CREATE INDEX \"users_upper\" ON \"users\" (upper(name))");
            // migration-lint: ignore require-concurrent-index-creation -- partial index, checked by hand
            statement.execute(NAME_INDEX + " WHERE name IS NOT NULL");
        }
    }
}
