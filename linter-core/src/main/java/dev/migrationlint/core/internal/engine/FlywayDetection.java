package dev.migrationlint.core.internal.engine;

import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Settings;

/**
 * The statements Flyway itself recognises as non-transactional on PostgreSQL and runs outside a
 * transaction (architecture.md, "Discovery"). {@code REINDEX ... CONCURRENTLY} and
 * {@code DETACH PARTITION ... CONCURRENTLY} are deliberately absent: Flyway does not detect them.
 */
final class FlywayDetection {

    private FlywayDetection() {
    }

    /** What makes the statement non-transactional for Flyway, or null when Flyway treats it as transactional. */
    static String nonTransactional(Fact fact, Settings settings) {
        if (!settings.postgres()) {
            return null;
        }
        if (fact instanceof Fact.CreateIndex ci && ci.concurrently()) {
            return "CREATE INDEX CONCURRENTLY";
        }
        if (fact instanceof Fact.DropIndex di && di.concurrently()) {
            return "DROP INDEX CONCURRENTLY";
        }
        if (fact instanceof Fact.Vacuum) {
            return "VACUUM";
        }
        if (fact instanceof Fact.Reindex r && (r.target() == Fact.ReindexTarget.SCHEMA
                || r.target() == Fact.ReindexTarget.DATABASE || r.target() == Fact.ReindexTarget.SYSTEM)) {
            return "REINDEX " + r.target();
        }
        if (fact instanceof Fact.DatabaseObjectChange d && d.object() != Fact.DatabaseObject.SCHEMA) {
            return d.command();
        }
        if (fact instanceof Fact.NonTransactional n) {
            return n.what();
        }
        if (fact instanceof Fact.AlterType t && t.action() == Fact.TypeAction.ADD_VALUE
                && !settings.targetVersion().atLeast(12)) {
            return "ALTER TYPE ... ADD VALUE";
        }
        return null;
    }
}
