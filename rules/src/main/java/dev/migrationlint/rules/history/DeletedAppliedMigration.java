package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.AppliedMigration;
import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.rules.support.AppliedMatches;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A migration a source of truth recorded that is gone from the location. Old migrations are deleted in bulk on
 * purpose (squashed into a baseline): one older than {@code limits.deletedAfterDays} — by when it was applied, else
 * when git first saw it — is not reported. A migration moved to another path with the same version and content is
 * not deleted.
 */
@RuleInfo(id = "deleted-applied-migration",
        summary = "Do not delete a migration that was applied or released",
        level = Level.WARNING, category = Category.HISTORY)
public final class DeletedAppliedMigration implements HistoryRule {

    @Override
    public void check(HistoryContext context) {
        Set<String> reported = new HashSet<>();
        int days = context.settings().limits().deletedAfterDays();
        for (AppliedMigration applied : context.applied()) {
            if (applied.path() == null || AppliedMatches.current(context, applied).isPresent()
                    || moved(context, applied) || !reported.add(applied.path())) {
                continue;
            }
            Optional<Instant> born = applied.appliedOn() != null ? Optional.of(applied.appliedOn())
                    : context.firstCommitted(applied.path());
            if (born.isPresent() && born.get().isBefore(Instant.now().minus(Duration.ofDays(days)))) {
                continue;
            }
            String version = applied.version() == null ? "" : " (version " + applied.version() + ")";
            context.report(applied.path(), Span.FILE, applied.displayName() + version
                            + " was deleted, but " + AppliedMatches.where(applied) + " records it as applied;"
                            + " a new database built from this history differs from the ones that ran it",
                    "restore the file; to undo what it did, add a new migration (old migrations may be deleted"
                            + " after limits.deletedAfterDays = " + days + " days)");
        }
    }

    private static boolean moved(HistoryContext context, AppliedMigration applied) {
        for (Migration m : context.migrations()) {
            if (m.kind().isForward() && m.version() != null && applied.version() != null
                    && m.version().sameAs(applied.version())
                    && applied.checksum() != null
                    && applied.checksum().equals(context.checksum(m, applied.checksumKind()))) {
                return true;
            }
        }
        return false;
    }
}
