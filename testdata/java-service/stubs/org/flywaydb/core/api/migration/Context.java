package org.flywaydb.core.api.migration;

import java.sql.Connection;

/** A stand-in for Flyway's migration context. */
public interface Context {
    Connection getConnection();
}
