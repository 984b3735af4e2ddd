package dev.migrationlint.archunit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The linter as a JUnit assertion, on a copy of the sample service. */
class MigrationLintTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @TempDir
    Path service;

    @BeforeEach
    void copySample() throws IOException {
        try (Stream<Path> walk = Files.walk(JavaService.ROOT)) {
            for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = service.resolve(JavaService.ROOT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private MigrationLintAssert assertThatService() {
        return new MigrationLintAssert(MIGRATIONS, service);
    }

    @Test
    void failsWithTheFindingsInTheTextFormat() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertThatService().hasNoErrors());
        String message = error.getMessage();
        assertTrue(message.startsWith("migration-lint found 2 findings at or above error in "
                + "src/main/resources/db/migration:\n\n"), message);
        assertTrue(message.contains("src/main/resources/db/migration/V5__index_users_name.sql:1:1: "
                + "error[require-concurrent-index-creation] CREATE INDEX \"users_name_idx\" on \"users\""), message);
        assertTrue(message.contains("src/main/java/com/acme/db/migration/V4__Copy_user_emails.java:3:1: "
                + "error[ban-model-import] V4__Copy_user_emails imports com.acme.model.User"), message);
        assertTrue(message.contains("  help: use CREATE INDEX CONCURRENTLY"), message);
        assertTrue(message.contains("1 | CREATE INDEX users_name_idx ON users (name);"), message);
    }

    @Test
    void passesOnceTheMigrationsAreFixed() throws IOException {
        Files.delete(service.resolve(MIGRATIONS).resolve("V5__index_users_name.sql"));
        assertThrows(AssertionError.class, () -> assertThatService().hasNoErrors());
        Files.delete(service.resolve("src/main/java/com/acme/db/migration/V4__Copy_user_emails.java"));
        assertThatService().hasNoErrors();
    }

    @Test
    void usesTheProjectConfigurationFoundFromTheWorkingDirectoryUpward() throws IOException {
        Files.delete(service.resolve("src/main/java/com/acme/db/migration/V4__Copy_user_emails.java"));
        Files.writeString(service.resolve(".migration-lint.yml"),
                "flyway: {transactionalLock: false}\nrules: {require-concurrent-index-creation: warning}\n");
        Path module = Files.createDirectories(service.resolve("nested"));
        new MigrationLintAssert(Path.of("..").resolve(MIGRATIONS), module).hasNoErrors();
        AssertionError error = assertThrows(AssertionError.class,
                () -> new MigrationLintAssert(Path.of("..").resolve(MIGRATIONS), module)
                        .hasNoFindingsAtOrAbove("warning"));
        assertTrue(error.getMessage().contains("V5__index_users_name.sql:1:1: "
                + "warning[require-concurrent-index-creation]"), error.getMessage());
        assertTrue(error.getMessage().matches("(?s)migration-lint found \\d+ findings? at or above warning in .*"),
                error.getMessage());
    }

    @Test
    void suppressedFindingsDoNotCount() throws IOException {
        Files.delete(service.resolve("src/main/java/com/acme/db/migration/V4__Copy_user_emails.java"));
        Path v5 = service.resolve(MIGRATIONS).resolve("V5__index_users_name.sql");
        Files.writeString(v5, "-- migration-lint: ignore require-concurrent-index-creation -- 12 rows\n"
                + Files.readString(v5));
        MigrationLintAssert assertion = assertThatService().hasNoErrors();
        assertEquals(List.of("require-concurrent-index-creation"), assertion.result().findings().stream()
                .filter(f -> f.suppressed()).map(f -> f.ruleId()).toList());
    }

    @Test
    void rejectsUnknownLevelsAndMissingFolders() {
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
                () -> assertThatService().hasNoFindingsAtOrAbove("fatal"));
        assertTrue(level.getMessage().contains("error, warning, note"), level.getMessage());
        AssertionError missing = assertThrows(AssertionError.class,
                () -> new MigrationLintAssert(Path.of("no/such/folder"), service).hasNoErrors());
        assertTrue(missing.getMessage().contains("no/such/folder"), missing.getMessage());
    }

    @Test
    void theEntryPointLintsRelativeToTheWorkingDirectory() {
        // Surefire runs in the module folder; the sample lies one level up from there, and so does its
        // .migration-lint.yml: below the working directory, so it is not this run's configuration, and Flyway's
        // transactional lock stays on for V3's CREATE INDEX CONCURRENTLY.
        Path sample = Path.of("..", "testdata", "java-service").resolve(MIGRATIONS);
        AssertionError error = assertThrows(AssertionError.class, () -> MigrationLint.assertThat(sample).hasNoErrors());
        assertTrue(error.getMessage().contains("testdata/java-service/src/main/resources/db/migration/"
                + "V5__index_users_name.sql:1:1: error[require-concurrent-index-creation]"), error.getMessage());
        assertTrue(error.getMessage().contains("testdata/java-service/src/main/java/com/acme/db/migration/"
                + "V4__Copy_user_emails.java:3:1: error[ban-model-import]"), error.getMessage());
        assertTrue(error.getMessage().contains("V3__index_users_email.sql:2:1: error[ban-concurrently-under-flyway-lock]"),
                error.getMessage());
    }
}
