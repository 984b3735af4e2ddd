package com.acme.service.db.migration.support;

import com.acme.model.User;

/** Not a migration (no Flyway name): not checked. */
public final class Batches {
    public static void run(Object... values) {
        User u = null;
    }
}
