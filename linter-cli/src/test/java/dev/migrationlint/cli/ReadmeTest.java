package dev.migrationlint.cli;

import dev.migrationlint.core.RuleRegistry;
import dev.migrationlint.core.spi.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's rule index is generated from rule metadata; this test keeps it in step. */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String START = "<!-- rules:start -->\n";
    private static final String END = "<!-- rules:end -->";

    static String ruleIndex() {
        StringBuilder b = new StringBuilder("| rule | level | category | what it flags |\n|---|---|---|---|\n");
        for (RuleDescriptor r : RuleRegistry.load().descriptors()) {
            b.append("| [`").append(r.id()).append("`](rules/docs/").append(r.id()).append(".md) | ")
                    .append(r.defaultLevel().id()).append(" | ").append(r.category().id()).append(" | ")
                    .append(r.summary().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    @Test
    void ruleIndexMatchesTheRules() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md needs the rules:start/rules:end markers");
        String expected = readme.substring(0, start + START.length()) + ruleIndex() + readme.substring(end);
        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(README, expected);
        }
        assertEquals(expected, readme, "the README rule index is stale: run mvn -pl linter-cli test "
                + "-Dtest=ReadmeTest -Dreadme.update=true");
    }

    @Test
    void readmeStartsWithTheTwoSetUpCommands() throws IOException {
        String readme = Files.readString(README);
        int check = readme.indexOf("./migration-lint check testdata/examples/");
        int verify = readme.indexOf("mvn verify");
        assertTrue(check > 0 && verify > check && check < 1200, "the two set-up commands come first");
        String sample = readme.substring(check + "./migration-lint check ".length()).split("\\s")[0];
        assertTrue(Files.isDirectory(Path.of("..").resolve(sample)), "the README's sample exists: " + sample);
    }
}
