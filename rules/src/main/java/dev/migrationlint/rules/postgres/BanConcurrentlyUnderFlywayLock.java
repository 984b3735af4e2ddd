package dev.migrationlint.rules.postgres;

import dev.migrationlint.core.spi.AlterAction;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Dialect;
import dev.migrationlint.core.spi.Fact;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.StatementContext;
import dev.migrationlint.core.spi.StatementRule;

/**
 * Since Flyway 9.1 the PostgreSQL "transactional lock" keeps Flyway's advisory lock in a transaction
 * that stays open for the whole run. The CONCURRENTLY forms wait for every older transaction to end,
 * Flyway's own included: the migration hangs until {@code lock_timeout} or forever.
 */
@RuleInfo(id = "ban-concurrently-under-flyway-lock",
        summary = "Turn off Flyway's PostgreSQL transactional lock for CONCURRENTLY migrations",
        level = Level.ERROR, category = Category.LOCKING, tags = {"flyway", "concurrently"},
        dialects = Dialect.POSTGRESQL, appliesToDown = true)
public final class BanConcurrentlyUnderFlywayLock implements StatementRule {

    @Override
    public void check(StatementContext context) {
        if (context.migration().runner() != Runner.FLYWAY || !context.settings().flyway().transactionalLock()) {
            return;
        }
        Fact fact = context.statement().fact();
        String what = null;
        boolean leavesInvalidIndex = false;
        if (fact instanceof Fact.CreateIndex ci && ci.concurrently()) {
            what = "CREATE INDEX CONCURRENTLY";
            leavesInvalidIndex = true;
        } else if (fact instanceof Fact.DropIndex di && di.concurrently()) {
            what = "DROP INDEX CONCURRENTLY";
        } else if (fact instanceof Fact.Reindex r && r.concurrently()) {
            what = "REINDEX CONCURRENTLY";
            leavesInvalidIndex = true;
        } else if (fact instanceof Fact.AlterTable at && at.actions().stream()
                .anyMatch(a -> a instanceof AlterAction.DetachPartition d && d.concurrently())) {
            what = "DETACH PARTITION ... CONCURRENTLY";
        }
        if (what == null) {
            return;
        }
        context.report(what + " waits for every older transaction to finish, including the one Flyway keeps open "
                        + "for its PostgreSQL transactional lock (postgresql.transactional.lock, on by default since "
                        + "Flyway 9.1): the migration hangs, or fails at lock_timeout"
                        + (leavesInvalidIndex ? " leaving an INVALID index behind" : ""),
                "set flyway.postgresql.transactional.lock=false in flyway.conf (postgresql.transactional.lock in "
                        + "flyway.toml, spring.flyway.postgresql.transactional-lock=false in Spring Boot)");
    }
}
