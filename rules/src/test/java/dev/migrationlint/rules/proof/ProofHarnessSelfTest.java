package dev.migrationlint.rules.proof;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof harness on throwaway pages ({@code src/test/resources/proof-selftest/*.md}) whose claims are true or
 * deliberately false, so a harness that waves everything through (or fails everything) is caught. Each page states
 * what the harness must report:
 * <ul>
 *   <li>{@code <!-- selftest: holds -->} — every example holds;</li>
 *   <li>{@code <!-- selftest: bad=contradicted good=holds -->} — the verdict per example label (spaces in labels
 *       as {@code _}: {@code bad_example_2=holds}; {@code bad}/{@code good} stand for the single bad/good example);
 *       examples not named must hold;</li>
 *   <li>{@code <!-- selftest: none -->} — {@code proof: none}: nothing to prove;</li>
 *   <li>{@code <!-- selftest: invalid -->} — the proof comment is rejected;</li>
 *   <li>{@code <!-- selftest-says: TEXT -->} — TEXT appears in the harness's report (repeatable).</li>
 * </ul>
 */
class ProofHarnessSelfTest {

    private static final Path PAGES = Path.of("src", "test", "resources", "proof-selftest");
    private static final Pattern EXPECT = Pattern.compile("<!--\\s*selftest:\\s*(.*?)\\s*-->");
    private static final Pattern SAYS = Pattern.compile("<!--\\s*selftest-says:\\s*(.*?)\\s*-->");
    private static ProofHarness harness;


    @AfterAll
    static void disconnect() {
        if (harness != null) {
            harness.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> harnessReportsWhatTheServerDoes() throws IOException {
        try {
            // A short bound, so the page that neither finishes nor waits costs seconds, not the production 10 s.
            harness = ProofHarness.open(Duration.ofSeconds(3));
        } catch (TestAbortedException e) {
            return ProofHarness.skipped(e);
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
            }
        }
        assertTrue(tests.size() >= 10, "the self-test pages are missing from " + PAGES.toAbsolutePath());
        return tests.stream();
    }

    private static void check(Path file) throws IOException {
        ProofPage page = ProofPage.read(file);
        Matcher expect = EXPECT.matcher(page.text());
        assertTrue(expect.find(), page.name() + ": no <!-- selftest: ... --> expectation");
        String expectation = expect.group(1);
        if (expectation.equals("invalid")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> harness.prove(page));
            assertTrue(e.getMessage().startsWith(page.name() + ": "), "the rejection names the page: " + e.getMessage());
            assertSays(page, e.getMessage());
            return;
        }
        List<ProofHarness.Outcome> outcomes = harness.prove(page);
        if (expectation.equals("none")) {
            assertEquals(List.of(), outcomes, page.name() + ": 'proof: none' has nothing to prove");
            return;
        }
        Map<String, ProofHarness.Verdict> expected = expected(page, expectation);
        Map<String, ProofHarness.Verdict> actual = new LinkedHashMap<>();
        for (ProofHarness.Outcome o : outcomes) {
            actual.put(o.example(), o.verdict());
        }
        String report = outcomes.stream().map(o -> o.verdict() + ": " + o.describe()).collect(Collectors.joining("\n"));
        assertEquals(expected, actual, page.name() + ": the harness reported\n" + report);
        for (ProofHarness.Outcome o : outcomes) {
            assertTrue(o.describe().startsWith(page.name() + ", " + o.example() + ": "), o.describe());
            if (o.verdict() == ProofHarness.Verdict.CONTRADICTED) {
                assertTrue(o.detail().contains("but on PostgreSQL "), "a contradiction says what the server did: "
                        + o.describe());
            }
        }
        assertSays(page, report);
    }

    private static Map<String, ProofHarness.Verdict> expected(ProofPage page, String expectation) {
        Map<String, ProofHarness.Verdict> expected = new LinkedHashMap<>();
        for (ProofPage.Example e : page.examples()) {
            expected.put(e.label(), ProofHarness.Verdict.HOLDS);
        }
        if (expectation.equals("holds")) {
            return expected;
        }
        for (String pair : expectation.split("\\s+")) {
            String[] kv = pair.split("=", 2);
            assertEquals(2, kv.length, page.name() + ": bad expectation '" + pair + "'");
            String label = kv[0].replace('_', ' ');
            if (!label.contains(" ")) {
                label = label + " example";
            }
            assertTrue(expected.containsKey(label), page.name() + ": no example '" + label + "' on the page");
            expected.put(label, ProofHarness.Verdict.valueOf(kv[1].toUpperCase(Locale.ROOT)));
        }
        return expected;
    }

    private static void assertSays(ProofPage page, String report) {
        Matcher says = SAYS.matcher(page.text());
        while (says.find()) {
            assertTrue(report.contains(says.group(1)), page.name() + ": the report lacks '" + says.group(1) + "':\n"
                    + report);
        }
    }
}
