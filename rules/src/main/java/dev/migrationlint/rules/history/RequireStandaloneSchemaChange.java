package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.ChangeSet;
import dev.migrationlint.core.spi.HistoryContext;
import dev.migrationlint.core.spi.HistoryRule;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A change under review ({@code --base} range or staged files) that adds migrations together with application source
 * code. Deployed together, the new code runs against the old schema while the migration runs (or the old code
 * against the new schema after it): a schema change ships on its own, before the code that needs it.
 */
@RuleInfo(id = "require-standalone-schema-change",
        summary = "Ship new migrations in a change of their own, without application code",
        level = Level.OFF, category = Category.HISTORY)
public final class RequireStandaloneSchemaChange implements HistoryRule {

    private static final Set<String> SOURCE_EXTENSIONS = Set.of("java", "kt", "kts", "scala", "groovy", "clj", "go",
            "py", "rb", "js", "jsx", "mjs", "cjs", "ts", "tsx", "cs", "fs", "vb", "php", "rs", "ex", "exs", "erl",
            "swift", "c", "cc", "cpp", "h", "hpp", "dart", "lua", "pl", "pm");

    @Override
    public void check(HistoryContext context) {
        ChangeSet change = context.changeSet().orElse(null);
        if (change == null) {
            return;
        }
        List<String> code = change.files().stream()
                .filter(f -> !f.migration() && f.status() != ChangeSet.Status.DELETED && isSource(f.path()))
                .map(ChangeSet.ChangedFile::path).sorted().toList();
        if (code.isEmpty()) {
            return;
        }
        Set<String> added = change.files().stream().filter(f -> f.status() == ChangeSet.Status.ADDED)
                .map(ChangeSet.ChangedFile::path).collect(java.util.stream.Collectors.toSet());
        String others = code.get(0) + (code.size() > 1 ? " and " + (code.size() - 1) + " more source files" : "");
        for (Migration m : context.migrations()) {
            if (m.kind().isForward() && added.contains(m.path())) {
                context.report(m, Span.FILE, m.fileName() + " is added together with application code ("
                                + others + ") " + change.name() + ": deployed together, code and schema change at"
                                + " once and one of them runs against the other's old version",
                        "ship the migration in a change of its own, deployed before the code that needs it");
            }
        }
    }

    private static boolean isSource(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
