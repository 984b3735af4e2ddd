package com.acme.service.db.migration;

import com.acme.model.User;
import org.flywaydb.core.api.migration.BaseJavaMigration;

/** Abstract: Flyway never runs it, so it is no migration. */
public abstract class V9__Abstract_base extends BaseJavaMigration {
    protected User user;
}
