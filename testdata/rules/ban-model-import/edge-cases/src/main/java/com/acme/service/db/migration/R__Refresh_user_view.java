package com.acme.service.db.migration;

// expect: ban-model-import
import com.acme.repository.UserRepository;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class R__Refresh_user_view extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new UserRepository(context.getConnection()).refresh();
    }
}
