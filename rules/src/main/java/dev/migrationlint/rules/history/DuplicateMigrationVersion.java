package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two migrations of one location with the same version and kind: the tool refuses to run (Flyway: "Found more than
 * one migration with version"), or runs one and silently skips the other. Versions compare numerically, so
 * {@code V1.0} and {@code V1} are the same. An up file and its down file share a version by design, and so do a
 * Flyway {@code V} and its {@code U}; repeatable migrations have none.
 */
@RuleInfo(id = "duplicate-migration-version",
        summary = "Give every migration of a location its own version",
        level = Level.ERROR, category = Category.HISTORY)
public final class DuplicateMigrationVersion implements HistoryRule {

    @Override
    public void check(HistoryContext context) {
        Map<String, Migration> first = new HashMap<>();
        for (Migration m : context.migrations()) {
            if (m.version() == null || m.kind() == MigrationKind.REPEATABLE) {
                continue;
            }
            Migration earlier = first.putIfAbsent(key(m), m);
            if (earlier != null) {
                context.report(m, Span.FILE, m.fileName() + " has version " + m.version() + ", like "
                                + earlier.fileName() + ": the tool refuses the history or runs only one of them",
                        "give " + m.fileName() + " a version of its own (the next free one after the newest"
                                + " migration)");
            }
        }
    }

    private static String key(Migration m) {
        List<BigInteger> parts = new ArrayList<>(m.version().parts());
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return m.kind() + ":" + parts;
    }
}
