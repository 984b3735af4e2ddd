package dev.migrationlint.archunit;

import java.nio.file.Path;

/**
 * Runs the migration linter inside a service's own JUnit 5 tests:
 *
 * <pre>{@code
 * class SqlMigrationsTest {
 *     @Test
 *     void migrationsAreSafe() {
 *         MigrationLint.assertThat(Path.of("src/main/resources/db/migration")).hasNoErrors();
 *     }
 * }
 * }</pre>
 *
 * <p>The folder is linted as {@code migration-lint check} lints it — with every rule on the class path, and with
 * the project's {@code .migration-lint.yml} when one is found from the working directory upward (under Maven and
 * Gradle, the module's folder). Java migrations of the same module ({@code src/main/java/**}{@code /db/migration})
 * belong to the same history and are linted with it.
 */
public final class MigrationLint {

    private MigrationLint() {
    }

    /** Assertions on the migrations in {@code migrationsDir} (relative paths start at the working directory). */
    public static MigrationLintAssert assertThat(Path migrationsDir) {
        return new MigrationLintAssert(migrationsDir, Path.of("").toAbsolutePath());
    }
}
