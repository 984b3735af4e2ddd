package dev.migrationlint.core.testing;

import dev.migrationlint.core.LintRequest;
import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.Linter;
import dev.migrationlint.core.RuleRegistry;
import dev.migrationlint.core.spi.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks one rule against a marked case, in the style of Error Prone's test helpers: every
 * {@code -- expect: rule-id} marker must be matched by a finding of that rule starting on the next
 * line that is not blank and not a marker, and every finding of the rule must be marked.
 * {@code -- expect-file: rule-id} expects a finding at line 1 of its file.
 *
 * <p>A case is one migration ({@code V1__case.sql} in a Flyway location {@code db/migration}) or
 * several files, each introduced by a line {@code -- file: NAME}: a bare name is placed in
 * {@code db/migration/}, a name containing {@code /} relative to the case root (so
 * {@code -- file: /.migration-lint.yml} configures the run). Files are linted in version order as
 * one history; markers are checked in every file. A fixture tree may list expectations for files
 * that cannot carry a marker (an empty down file) in {@value #EXPECT_FILE}, one {@code path:line: rule-id} a line,
 * and a fixture tree with a {@value #GIT_HISTORY} is linted as a git repository built by its steps.
 */
public final class RuleTester {

    private static final Pattern FILE = Pattern.compile("^--\\s*file:\\s*(\\S+)\\s*$");
    private static final Pattern EXPECT = Pattern.compile("^\\s*(?:--|#)\\s*expect(-file)?:\\s*(.+?)\\s*$");
    private static final String LOCATION = "db/migration/";
    /** A fixture tree's list of expectations for files that cannot carry a marker. */
    public static final String EXPECT_FILE = "expected-findings.txt";
    private static final Pattern EXPECT_LINE = Pattern.compile("^(\\S+):(\\d+):\\s*(\\S+)$");
    /**
     * A fixture tree holding this file is linted as a git repository built from it: see {@link GitCase} for the
     * steps it lists (commits with dates, deletions, the {@code --base} ref).
     */
    public static final String GIT_HISTORY = "git-history.txt";

    private final String ruleId;
    private final RuleRegistry registry;

    private RuleTester(String ruleId, RuleRegistry registry) {
        this.ruleId = ruleId;
        this.registry = registry;
        if (!registry.contains(ruleId)) {
            throw new IllegalArgumentException("no rule with id '" + ruleId + "' on the class path");
        }
    }

    /** A tester for the rule with this id, using the rules on the class path. */
    public static RuleTester forRule(String ruleId) {
        return new RuleTester(ruleId, RuleRegistry.load());
    }

    /** Lints the case and asserts that markers and findings of this rule match one to one. */
    public void check(String caseText) {
        Path root = createTempRoot();
        try {
            writeCase(root, caseText);
            checkTree(root, "inline case");
        } finally {
            deleteTree(root);
        }
    }

    /** Checks a case file ({@code .sql}, possibly with {@code -- file:} sections). */
    public void checkFile(Path caseFile) {
        try {
            Path root = createTempRoot();
            try {
                writeCase(root, Files.readString(caseFile));
                checkTree(root, caseFile.toString());
            } finally {
                deleteTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lints a folder as it is (a fixture tree) and checks its markers. */
    public void checkTree(Path root, String caseName) {
        Linted linted = lint(root);
        LintResult result = linted.result();
        Path dir = linted.dir();
        Path reportRoot = Linter.reportRoot(dir);
        Map<String, List<Integer>> expected = expectedLines(root);
        Map<String, List<Integer>> actual = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (f.ruleId().equals(ruleId) && !f.suppressed()) {
                String rel = dir.relativize(reportRoot.resolve(f.path()).normalize()).toString().replace('\\', '/');
                actual.computeIfAbsent(rel, k -> new ArrayList<>()).add(f.span().startLine());
            }
        }
        actual.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        if (!expected.equals(actual)) {
            StringBuilder message = new StringBuilder("rule ").append(ruleId).append(" in ").append(caseName)
                    .append(":\n  expected findings at ").append(expected).append("\n  but found at ").append(actual)
                    .append("\n  findings of the rule:");
            for (Finding f : result.findings()) {
                if (f.ruleId().equals(ruleId)) {
                    message.append("\n    ").append(f.path()).append(':').append(f.span().startLine()).append(':')
                            .append(f.span().startColumn()).append(' ').append(f.message());
                }
            }
            throw new AssertionError(message.toString());
        }
    }

    /** The findings of this rule for a case, without marker checks (for doc examples: fires or not). */
    public List<Finding> findings(String caseText) {
        Path root = createTempRoot();
        try {
            writeCase(root, caseText);
            return lint(root).result().findings().stream()
                    .filter(f -> f.ruleId().equals(ruleId) && !f.suppressed()).toList();
        } finally {
            deleteTree(root);
        }
    }

    /** The findings of this rule when linting a fixture folder. */
    public List<Finding> findingsInTree(Path root) {
        return lint(root).result().findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && !f.suppressed()).toList();
    }

    /** A lint's result and the folder that was linted (a git copy of the case for cases with a git history). */
    private record Linted(LintResult result, Path dir) {
    }

    private Linted lint(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        if (Files.isRegularFile(dir.resolve(GIT_HISTORY))) {
            Path copy = createTempRoot();
            try {
                LintRequest.History history = GitCase.build(dir, copy, GIT_HISTORY);
                LintRequest request = new LintRequest(List.of(copy), copy, null, null, null, null,
                        Map.of(ruleId, "error"), List.of()).withHistory(history);
                return new Linted(new Linter(registry).run(request), copy);
            } finally {
                deleteTree(copy);
            }
        }
        LintRequest request = new LintRequest(List.of(dir), dir, null, null, null, null, Map.of(ruleId, "error"),
                List.of());
        return new Linted(new Linter(registry).run(request), dir);
    }

    private static void writeCase(Path root, String caseText) {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        StringBuilder current = null;
        String[] lines = caseText.split("\r\n|\r|\n", -1);
        // Blank lines before the first "-- file:" line (a doc example's opening line break) make no file.
        int leadingBlank = 0;
        for (String line : lines) {
            Matcher m = FILE.matcher(line);
            if (m.matches()) {
                current = files.computeIfAbsent(m.group(1), k -> new StringBuilder());
                continue;
            }
            if (current == null && line.isBlank()) {
                leadingBlank++;
                continue;
            }
            if (current == null) {
                current = files.computeIfAbsent("V1__case.sql", k -> new StringBuilder());
                current.append("\n".repeat(leadingBlank));
            }
            current.append(line).append('\n');
        }
        if (current == null && leadingBlank > 0) {
            files.put("V1__case.sql", new StringBuilder("\n".repeat(leadingBlank)));
        }
        try {
            for (Map.Entry<String, StringBuilder> e : files.entrySet()) {
                String name = e.getKey();
                Path target = name.contains("/") ? root.resolve(name.startsWith("/") ? name.substring(1) : name)
                        : root.resolve(LOCATION + name);
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<Integer>> expectedLines(Path root) {
        Map<String, List<Integer>> expected = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (rel.equals(EXPECT_FILE)) {
                    readExpectFile(file, expected);
                    continue;
                }
                // Markers are ASCII; Latin-1 reads any byte, so fixtures in other encodings can carry them too.
                List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EXPECT.matcher(lines.get(i));
                    if (!m.matches()) {
                        continue;
                    }
                    boolean fileLevel = m.group(1) != null;
                    for (String id : m.group(2).split("\\s*,\\s*")) {
                        if (!id.equals(ruleId)) {
                            continue;
                        }
                        int line = fileLevel ? 1 : targetLine(lines, i);
                        expected.computeIfAbsent(rel, k -> new ArrayList<>()).add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expected.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return expected;
    }

    /** Expectations for files that cannot hold a marker (empty ones): lines {@code path:line: rule-id}. */
    private void readExpectFile(Path file, Map<String, List<Integer>> expected) throws IOException {
        for (String line : Files.readAllLines(file)) {
            Matcher m = EXPECT_LINE.matcher(line.strip());
            if (m.matches() && m.group(3).equals(ruleId)) {
                expected.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
            }
        }
    }

    private static int targetLine(List<String> lines, int marker) {
        for (int j = marker + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (!l.isBlank() && !EXPECT.matcher(l).matches()) {
                return j + 1;
            }
        }
        return marker + 1;
    }

    private static Path createTempRoot() {
        try {
            return Files.createTempDirectory("migration-lint-case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
