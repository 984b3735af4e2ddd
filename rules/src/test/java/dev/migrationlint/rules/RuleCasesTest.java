package dev.migrationlint.rules;

import dev.migrationlint.core.testing.RuleTester;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Runs every marked case under {@code testdata/rules/<rule-id>/}: each {@code *.sql} file is a case
 * (possibly several migrations split by {@code -- file:} lines), each sub-folder a fixture tree.
 */
class RuleCasesTest {

    static final Path CASES = Path.of("..", "testdata", "rules");

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> rules = Files.list(CASES)) {
            for (Path ruleDir : rules.sorted().toList()) {
                String id = ruleDir.getFileName().toString();
                try (Stream<Path> cases = Files.list(ruleDir)) {
                    for (Path c : cases.sorted().toList()) {
                        String name = id + "/" + c.getFileName();
                        if (Files.isDirectory(c)) {
                            tests.add(DynamicTest.dynamicTest(name, () -> RuleTester.forRule(id).checkTree(c, name)));
                        } else if (c.toString().endsWith(".sql")) {
                            tests.add(DynamicTest.dynamicTest(name, () -> RuleTester.forRule(id).checkFile(c)));
                        }
                    }
                }
            }
        }
        assertFalse(tests.isEmpty(), "no rule cases under " + CASES.toAbsolutePath());
        return tests.stream();
    }
}
