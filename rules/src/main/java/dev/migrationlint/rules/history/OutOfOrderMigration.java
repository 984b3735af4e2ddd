package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.AppliedMigration;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Version;
import dev.migrationlint.rules.support.AppliedMatches;

import java.util.HashSet;
import java.util.Set;

/**
 * A migration no source of truth knows yet whose version is lower than the newest one applied or released: databases
 * that ran the newer one skip it (Flyway refuses it unless {@code outOfOrder} is on; golang-migrate never runs it),
 * while new databases run it before the newer one, so the histories differ.
 */
@RuleInfo(id = "out-of-order-migration",
        summary = "Give a new migration a version above every applied one",
        level = Level.WARNING, category = Category.HISTORY)
public final class OutOfOrderMigration implements HistoryRule {

    @Override
    public void check(HistoryContext context) {
        Version newest = null;
        AppliedMigration newestRecord = null;
        Set<Migration> known = new HashSet<>();
        for (AppliedMigration applied : context.applied()) {
            AppliedMatches.current(context, applied).ifPresent(known::add);
            if (applied.version() != null && (newest == null || applied.version().compareTo(newest) > 0)) {
                newest = applied.version();
                newestRecord = applied;
            }
        }
        if (newest == null) {
            return;
        }
        for (Migration m : context.migrations()) {
            if (!m.kind().isForward() || m.version() == null || known.contains(m)
                    || m.version().compareTo(newest) >= 0) {
                continue;
            }
            context.report(m, Span.FILE, m.fileName() + " is new, but its version " + m.version()
                            + " is lower than " + newestRecord.displayName() + " (version " + newest + "), which "
                            + AppliedMatches.where(newestRecord) + " records as applied: databases that ran "
                            + newest + " skip or refuse it",
                    "rename it to a version above " + newest);
        }
    }
}
