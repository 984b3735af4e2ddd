package dev.migrationlint.rules.history;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Language;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Migration;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;
import dev.migrationlint.core.spi.Span;

/**
 * A forward migration with nothing in it but white space: usually a file created and never written, or content lost
 * in a merge. A deliberate no-op says so in a comment. Empty down files are {@code require-rollback}'s.
 */
@RuleInfo(id = "empty-migration-file",
        summary = "Do not leave a migration file empty",
        level = Level.ERROR, category = Category.HISTORY)
public final class EmptyMigrationFile implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        Migration m = context.migration();
        if (m.language() == Language.SQL && (m.kind().isForward() || m.kind() == MigrationKind.REPEATABLE)
                && context.blank() && context.problems().isEmpty()) {
            context.report(Span.FILE, m.fileName() + " is empty: the tool records it as applied without doing"
                            + " anything",
                    "write the migration, or a comment saying why it deliberately does nothing");
        }
    }
}
