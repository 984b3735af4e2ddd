package dev.migrationlint.cli;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Linter;
import dev.migrationlint.core.Notification;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every migration of the shared corpus goes through the whole pipeline — discovery, reading, splitting,
 * recognition, replay and every built-in rule — without a rule failing. Prints what it saw.
 */
class CorpusLintTest {

    static final Path CORPUS = Path.of("..", "..", "shared", "corpus").toAbsolutePath().normalize();

    @Test
    void theWholeCorpusLintsWithoutARuleFailing() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        LintResult result = Linter.lint(LintRequest.of(CORPUS, List.of(CORPUS)));
        List<Notification> failures = result.notifications().stream()
                .filter(n -> n.message().contains(" failed here")).toList();
        System.out.printf("corpus: %d locations, %d files, %d statements, %.1f%% understood, %d findings, %d ms%n",
                result.summary().locations(), result.summary().files(), result.summary().statements(),
                result.summary().understoodPercent(), result.findings().size(), result.summary().millis());
        assertEquals(List.of(), failures);
        assertTrue(result.summary().files() > 1000, "the corpus should yield thousands of migrations");
    }
}
