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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A migration whose content changed after a source of truth recorded it: the lock file, a git base ref, or Flyway's
 * history table (compared with Flyway's own checksum). Repeatable migrations are meant to change and are skipped.
 */
@RuleInfo(id = "edited-applied-migration",
        summary = "Do not edit a migration after it was applied or released",
        level = Level.ERROR, category = Category.HISTORY)
public final class EditedAppliedMigration implements HistoryRule {

    @Override
    public void check(HistoryContext context) {
        Map<Migration, List<String>> edited = new LinkedHashMap<>();
        for (AppliedMigration applied : context.applied()) {
            if (applied.checksum() == null) {
                continue;
            }
            AppliedMatches.current(context, applied).ifPresent(m -> {
                String now = context.checksum(m, applied.checksumKind());
                if (now != null && !now.equals(applied.checksum())) {
                    edited.computeIfAbsent(m, k -> new ArrayList<>()).add(AppliedMatches.where(applied)
                            + " records " + shortened(applied.checksum()) + ", the file now gives " + shortened(now));
                }
            });
        }
        edited.forEach((m, sources) -> context.report(m, Span.FILE,
                AppliedMatches.name(m) + " was edited after it was applied: " + String.join("; ", sources)
                        + ". Databases that already ran it keep the old version and never run the edit",
                "restore the released content and make the change in a new migration"
                        + " (if the edit is only cosmetic, re-lock or repair the recorded checksum on purpose)"));
    }

    /** A SHA-256 checksum's first 12 hex digits are plenty to tell two versions apart in a message. */
    private static String shortened(String checksum) {
        return checksum.startsWith("sha256:") && checksum.length() > 19 ? checksum.substring(0, 19) + "..." : checksum;
    }
}
