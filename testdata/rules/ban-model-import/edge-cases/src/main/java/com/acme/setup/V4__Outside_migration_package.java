package com.acme.setup;

import com.acme.model.User;

/** Extends no migration type and lives outside a db/migration package: not read as a migration. */
public class V4__Outside_migration_package extends com.acme.setup.Helper {
    public void migrate(Object context) {
        User u = null;
    }
}
