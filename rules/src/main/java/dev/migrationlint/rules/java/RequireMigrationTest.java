package dev.migrationlint.rules.java;

import dev.migrationlint.core.spi.Category;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.MigrationContext;
import dev.migrationlint.core.spi.MigrationKind;
import dev.migrationlint.core.spi.MigrationRule;
import dev.migrationlint.core.spi.RuleInfo;

/**
 * A Java migration is code with branches and loops that runs once against production data; a test under the
 * module's test sources ({@code src/test/java} next to its {@code src/main}) that references the class is the only
 * rehearsal it gets. Off by default.
 */
@RuleInfo(id = "require-migration-test",
        summary = "Give every Java migration a test class that references it",
        level = Level.OFF, category = Category.JAVA, tags = {"java", "testing"})
public final class RequireMigrationTest implements MigrationRule {

    @Override
    public void check(MigrationContext context) {
        if (context.migration().kind() != MigrationKind.VERSIONED && context.migration().kind() != MigrationKind.REPEATABLE) {
            return;
        }
        context.javaSource().filter(java -> java.testReferences().isEmpty()).ifPresent(java -> context.report(
                java.classSpan(), "no test class references the Java migration " + java.className()
                        + ": its code runs for the first time against production data",
                "add a test under the module's src/test/java that runs " + java.className()
                        + " against a database with representative rows and checks the result"));
    }
}
