package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Runner;
import dev.migrationlint.core.spi.Span;
import dev.migrationlint.core.spi.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every versioned migration needs its way back: a down file for up/down layouts, a Down block for
 * goose and dbmate, a Flyway undo script when {@code requireUndo} is set (for a Java migration, an undo migration or
 * a method named in {@code java.rollbackMethods}). An empty down file is no way back; a comment-only one is a
 * deliberate no-op and counts.
 */
@RuleInfo(id = "require-rollback",
        summary = "Give every versioned migration its way back (down file, Down block, or undo script)",
        level = Level.WARNING, category = Category.HISTORY, appliesToDown = true)
public final class RequireRollback implements HistoryRule, MigrationRule {

    @Override
    public void check(HistoryContext context) {
        Set<String> down = new HashSet<>();
        Set<String> undo = new HashSet<>();
        for (Migration m : context.migrations()) {
            if (m.version() != null && m.kind() == MigrationKind.DOWN) {
                down.add(key(m));
            } else if (m.version() != null && m.kind() == MigrationKind.UNDO) {
                undo.add(key(m));
            }
        }
        for (Migration m : context.migrations()) {
            if (m.version() == null) {
                continue;
            }
            if (m.kind() == MigrationKind.UP && !down.contains(key(m))) {
                context.report(m, Span.FILE, m.fileName() + " has no down migration",
                        "add the matching down file that reverses it (a comment-only file if it cannot be reversed)");
            } else if (context.settings().requireUndo() && m.runner() == Runner.FLYWAY
                    && m.kind() == MigrationKind.VERSIONED && m.language() == Language.SQL && !undo.contains(key(m))) {
                context.report(m, Span.FILE, m.fileName() + " has no undo script U" + m.version() + "__*.sql",
                        "add U" + m.version() + "__<description>.sql that reverses it (requireUndo is set)");
            } else if (context.settings().requireUndo() && m.runner() == Runner.FLYWAY
                    && m.kind() == MigrationKind.VERSIONED && m.language() == Language.JAVA && !undo.contains(key(m))) {
                checkJava(context, m);
            }
        }
    }

    /** A Java migration class without an undo migration needs a rollback method. */
    private static void checkJava(HistoryContext context, Migration m) {
        context.javaSource(m).ifPresent(java -> {
            List<String> methods = context.settings().java().rollbackMethods();
            if (methods.stream().noneMatch(java::declaresMethod)) {
                String named = methods.isEmpty() ? "" : " (" + String.join(", ", methods) + ")";
                context.report(m, java.classSpan(), java.className() + " has no undo migration U" + m.version()
                                + "__*.java or .sql and no rollback method" + named,
                        "add U" + m.version() + "__<description>.java (or .sql) that reverses it"
                                + (methods.isEmpty() ? "" : ", or a method " + methods.get(0)
                                + "(...) holding the way back") + " (requireUndo is set)");
            }
        });
    }

    @Override
    public void check(MigrationContext context) {
        Migration m = context.migration();
        if (m.kind() == MigrationKind.DOWN && context.blank() && context.problems().isEmpty()) {
            context.report(Span.FILE, m.fileName() + " is empty: the migration has no way back",
                    "write the statements that reverse the up migration, or a comment saying why there are none");
        }
        if ((m.runner() == Runner.GOOSE || m.runner() == Runner.DBMATE) && m.kind() == MigrationKind.VERSIONED
                && !hasDownMarker(context, m.runner())) {
            String marker = m.runner() == Runner.GOOSE ? "-- +goose Down" : "-- migrate:down";
            context.report(Span.FILE, m.fileName() + " has no " + marker + " block",
                    "add a '" + marker + "' block that reverses the migration");
        }
    }

    private static boolean hasDownMarker(MigrationContext context, Runner runner) {
        String marker = runner == Runner.GOOSE ? "+goose down" : "migrate:down";
        for (Token c : context.comments()) {
            String body = c.text().replaceFirst("^--\\s*", "").toLowerCase(Locale.ROOT);
            if (body.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String key(Migration m) {
        return m.version().parts().toString();
    }
}
