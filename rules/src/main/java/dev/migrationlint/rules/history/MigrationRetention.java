package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Migrations first committed more than {@code limits.squashAfterDays} ago (from git history): every new database and
 * every test run replays them, and they could be squashed into one baseline. One finding per location, on the
 * newest migration old enough to squash.
 */
@RuleInfo(id = "migration-retention",
        summary = "Squash migrations older than limits.squashAfterDays into a baseline",
        level = Level.OFF, category = Category.HISTORY)
public final class MigrationRetention implements HistoryRule {

    @Override
    public void check(HistoryContext context) {
        int days = context.settings().limits().squashAfterDays();
        Instant cutoff = Instant.now().minus(Duration.ofDays(days));
        Migration newest = null;
        Migration oldest = null;
        int count = 0;
        for (Migration m : context.migrations()) {
            if (!m.kind().isForward()) {
                continue;
            }
            Optional<Instant> committed = context.firstCommitted(m.path());
            if (committed.isPresent() && committed.get().isBefore(cutoff)) {
                count++;
                oldest = oldest == null ? m : oldest;
                newest = m;
            }
        }
        if (newest != null) {
            String range = count == 1 ? newest.fileName() : oldest.fileName() + " to " + newest.fileName();
            context.report(newest, Span.FILE, count + (count == 1 ? " migration (" : " migrations (") + range
                            + ") were committed more than " + days + " days ago (limits.squashAfterDays): every new"
                            + " database replays them",
                    "squash them into one baseline migration (Flyway: a B<version>__ script or a baseline on new"
                            + " databases) and delete them");
        }
    }
}
