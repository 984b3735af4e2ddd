package org.flywaydb.core.api.migration;

/** A stand-in for Flyway's class, so the sample compiles without Flyway (the rules match types by name). */
public abstract class BaseJavaMigration {

    public abstract void migrate(Context context) throws Exception;

    public boolean canExecuteInTransaction() {
        return true;
    }
}
